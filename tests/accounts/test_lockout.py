"""Lockout after repeated failed sign-ins, per account and per address, with a Vietnamese message
on the sign-in page; administrators see what is locked and unlock it; all of it audited."""

from datetime import timedelta

import time_machine
from axes.models import AccessAttempt
from django.utils import timezone
from wagtail.models import ModelLogEntry

from tests.accounts.conftest import LOCKOUTS, VERIFY, password_step
from tests.accounts.test_twofactor import wrong
from tests.conftest import signed_in, totp_code, totp_device

LOCKED = "Đăng nhập sai quá nhiều lần"


def fail(username, times, address="127.0.0.1"):
    for _ in range(times):
        password_step(username, "sai-mat-khau", address=address)


def test_an_account_locks_after_its_limit_with_a_vietnamese_message(reporter, settings):
    limit = settings.AXES_FAILURE_LIMIT
    for _ in range(limit - 1):
        _, response = password_step("pv", "sai-mat-khau")
        assert response.status_code == 200 and LOCKED not in response.content.decode()
    _, response = password_step("pv", "sai-mat-khau")
    page = response.content.decode()
    assert response.status_code == 429
    assert f"{LOCKED}: tài khoản này hoặc địa chỉ này bị tạm khóa đăng nhập trong 15 phút" in page
    assert 'name="password"' in page  # on the sign-in page itself

    assert password_step("pv")[1].status_code == 429  # the right password, too late
    assert password_step("pv", address="192.0.2.10")[1].status_code == 429  # from anywhere
    entries = ModelLogEntry.objects.for_instance(reporter).filter(action="bantin.locked_out")
    assert entries.count() == 1  # when it began, not at each refused attempt
    assert entries.get().data == {"username": "pv", "address": "127.0.0.1"}


def test_an_address_locks_after_its_own_limit_whatever_the_accounts_tried(reporter, settings):
    settings.LOCKOUT_ADDRESS_FAILURES = 6
    for number in range(6):
        password_step(f"khong-co-{number}", "sai-mat-khau", address="192.0.2.7")
    _, refused = password_step("pv", address="192.0.2.7")
    assert refused.status_code == 429 and LOCKED in refused.content.decode()
    assert password_step("pv", address="192.0.2.8")[1].status_code == 302

    entry = ModelLogEntry.objects.get(action="bantin.locked_out")
    assert entry.content_type.model == "accessattempt"  # no account of that name
    assert entry.data == {"username": "khong-co-5", "address": "192.0.2.7"}


def test_a_lock_ends_after_the_cool_off(reporter, settings):
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        fail("pv", settings.AXES_FAILURE_LIMIT)
        assert password_step("pv")[1].status_code == 429
        traveller.shift(settings.AXES_COOLOFF_TIME + timedelta(seconds=1))
        assert password_step("pv")[1].status_code == 302


def test_wrong_codes_at_the_second_step_lock_the_account(editor, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # django-otp's own waits are tested below
    device = totp_device(editor)
    client, _ = password_step("btv")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert client.post(VERIFY, {"code": wrong(totp_code(device))}).status_code == 200
    locked = client.post(VERIFY, {"code": wrong(totp_code(device))})
    assert locked.status_code == 429 and LOCKED in locked.content.decode()
    assert "_auth_user_id" not in client.session  # signed out
    assert password_step("btv")[1].status_code == 429


def test_after_a_wrong_code_django_otp_makes_the_person_wait(editor):
    device = totp_device(editor)
    with time_machine.travel(timezone.now(), tick=False):
        client, _ = password_step("btv")
        client.post(VERIFY, {"code": wrong(totp_code(device))})
        response = client.post(VERIFY, {"code": totp_code(device)})
    assert "hãy đợi 1 giây rồi thử lại" in response.content.decode()


def test_an_administrator_sees_and_unlocks_a_locked_account(reporter, administrator, settings):
    fail("pv", settings.AXES_FAILURE_LIMIT)
    admin = signed_in(administrator)
    assert 'name="username" value="pv"' in admin.get(LOCKOUTS).content.decode()
    unlocked = admin.post(LOCKOUTS, {"username": "pv"}, follow=True)
    assert "Đã mở khóa: pv." in unlocked.content.decode()
    assert password_step("pv")[1].status_code == 302
    entry = ModelLogEntry.objects.for_instance(reporter).get(action="bantin.unlocked")
    assert entry.user == administrator


def test_an_administrator_unlocks_an_address(reporter, administrator, settings):
    settings.LOCKOUT_ADDRESS_FAILURES = 3
    for number in range(3):
        password_step(f"khong-co-{number}", "sai-mat-khau", address="192.0.2.7")
    admin = signed_in(administrator)
    assert 'name="address" value="192.0.2.7"' in admin.get(LOCKOUTS).content.decode()
    admin.post(LOCKOUTS, {"address": "192.0.2.7"})
    assert password_step("pv", address="192.0.2.7")[1].status_code == 302
    assert ModelLogEntry.objects.filter(action="bantin.unlocked", user=administrator).exists()


def test_unlocking_refuses_bad_input_in_vietnamese_and_changes_nothing(reporter, administrator,
                                                                       settings):
    fail("pv", settings.AXES_FAILURE_LIMIT)
    admin = signed_in(administrator)
    for data, message in (
        ({"address": "khong-phai-dia-chi"}, "Đây không phải là một địa chỉ IP."),
        ({}, "Hãy chọn một tài khoản hoặc một địa chỉ để mở khóa."),
        ({"username": "pv", "address": "192.0.2.7"},
         "Hãy chọn một tài khoản hoặc một địa chỉ để mở khóa."),
    ):
        page = admin.post(LOCKOUTS, data, follow=True).content.decode()
        assert message in page, data
    assert AccessAttempt.objects.filter(username="pv").exists()
    assert password_step("pv")[1].status_code == 429


def test_only_administrators_see_or_lift_lockouts(editor, reporter, settings):
    fail("pv", settings.AXES_FAILURE_LIMIT)
    client = signed_in(editor)
    assert client.get(LOCKOUTS).status_code in (302, 403)
    client.post(LOCKOUTS, {"username": "pv"})
    assert password_step("pv")[1].status_code == 429
