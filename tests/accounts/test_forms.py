"""Wagtail's sign-in page and its refusal in Vietnamese, which Wagtail's own catalogue lacks."""

from django.test import Client

from tests.accounts.conftest import LOGIN, password_step


def test_the_sign_in_page_is_in_vietnamese(db):
    page = Client().get(LOGIN).content.decode()
    for words in ("Đăng nhập trang quản trị", "Nhập tên đăng nhập", "Mật khẩu", "Quên mật khẩu?",
                  "Ghi nhớ đăng nhập"):
        assert words in page, words


def test_a_wrong_password_is_refused_in_vietnamese_without_saying_which(reporter):
    for username in ("pv", "khong-co-ai"):
        _, response = password_step(username, "sai-mat-khau")
        assert response.status_code == 200
        assert "Sai tên đăng nhập hoặc mật khẩu. Vui lòng thử lại." in response.content.decode()
