"""Password rules: at least 12 characters, no common, all-digit or name-like passwords; refused
in Vietnamese wherever a password is set, while the demo's and the tests' passwords pass."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import (
    CommonPasswordValidator,
    validate_password,
)
from django.core.exceptions import ValidationError

from tests.conftest import signed_in

COMMON = next(password for password in sorted(CommonPasswordValidator().passwords)
              if len(password) >= 12 and not password.isdigit())


@pytest.mark.parametrize(("password", "message"), [
    ("ngan-qua-11", "Mật khẩu quá ngắn: cần ít nhất 12 ký tự."),
    (COMMON, "Mật khẩu này quá phổ biến."),
    ("202611270930", "Mật khẩu này hoàn toàn là số."),
    ("nguyenvanthanh1", "Mật khẩu quá giống với"),
])
def test_weak_passwords_are_refused_in_vietnamese(db, password, message):
    user = get_user_model()(username="nguyenvanthanh", email="thanh@example.vn")
    with pytest.raises(ValidationError) as refused:
        validate_password(password, user=user)
    assert any(text.startswith(message) for text in refused.value.messages), \
        refused.value.messages


@pytest.mark.parametrize("password", ["bantin-chay-thu-2026", "mat-khau-thu-nghiem-dai"])
def test_the_demo_and_test_passwords_pass(db, password):
    validate_password(password, user=get_user_model()(username="btv.haiyen"))


def test_the_admin_refuses_a_short_password_for_a_new_person(administrator):
    form = {"username": "ctv.moi", "email": "ctv.moi@example.vn", "first_name": "Cộng tác",
            "last_name": "viên mới", "password1": "ngan-qua", "password2": "ngan-qua"}
    page = signed_in(administrator).post("/quan-tri/users/new/", form)
    assert page.status_code == 200
    assert "Mật khẩu quá ngắn: cần ít nhất 12 ký tự." in page.content.decode()
    assert not get_user_model().objects.filter(username="ctv.moi").exists()
