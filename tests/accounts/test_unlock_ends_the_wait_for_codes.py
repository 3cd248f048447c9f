"""Unlocking an account in the admin also ends django-otp's own wait after wrong codes at the
second step (it doubles with each wrong code and ends only on a right one), and the audit trail
says who ended it."""

from datetime import timedelta

import time_machine
from axes.models import AccessAttempt
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice
from wagtail.models import ModelLogEntry

from bantin.accounts import twofactor
from tests.accounts.conftest import ADMIN, LOCKOUTS, VERIFY, password_step
from tests.accounts.test_twofactor import wrong
from tests.conftest import signed_in, totp_code, totp_device


def devices_of(user):
    """The person's authenticator and recovery codes, as stored now."""
    return [totp_device(user), StaticDevice.objects.get(user=user)]


def wrong_codes_counted(user):
    return [device.throttling_failure_count for device in devices_of(user)]


def test_an_unlocked_account_may_type_its_code_at_once(editor, administrator, settings):
    device = totp_device(editor)
    twofactor.recovery_codes_create(editor, by=editor)
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        client, _ = password_step("btv")
        client.post(VERIFY, {"code": "aaaa-bbbb"})  # a wrong recovery code: a wait of its own
        for _ in range(settings.AXES_FAILURE_LIMIT - 1):
            traveller.shift(timedelta(seconds=twofactor.seconds_to_wait(totp_device(editor))))
            client.post(VERIFY, {"code": wrong(totp_code(device))})
        assert password_step("btv")[1].status_code == 429  # locked by django-axes
        assert wrong_codes_counted(editor) == [settings.AXES_FAILURE_LIMIT - 1, 1]
        assert twofactor.seconds_to_wait(totp_device(editor)) == 8  # django-otp's 1, 2, 4, 8

        admin = signed_in(administrator)
        assert "Đã mở khóa: btv." in admin.post(LOCKOUTS, {"username": "btv"},
                                                 follow=True).content.decode()
        assert wrong_codes_counted(editor) == [0, 0]
        client, signed = password_step("btv")
        assert signed.status_code == 302
        passed = client.post(VERIFY, {"code": totp_code(device), "next": ADMIN})
        assert passed.status_code == 302 and passed["Location"] == ADMIN

    actions = ModelLogEntry.objects.for_instance(editor).filter(user=administrator)
    assert set(actions.values_list("action", flat=True)) == {
        "bantin.unlocked", "bantin.second_factor_wait_ended"}


def test_a_wait_for_codes_alone_is_unlocked_too(editor, administrator):
    device = totp_device(editor)
    with time_machine.travel(timezone.now(), tick=False):
        for _ in range(12):
            device.throttle_increment()
        assert not AccessAttempt.objects.exists()
        admin = signed_in(administrator)
        assert "Đã mở khóa: btv." in admin.post(LOCKOUTS, {"username": "btv"},
                                                 follow=True).content.decode()
        device.refresh_from_db()
        assert twofactor.seconds_to_wait(device) == 0
    entry = ModelLogEntry.objects.for_instance(editor).get(
        action="bantin.second_factor_wait_ended")
    assert entry.user == administrator


def test_unlocking_an_address_leaves_the_accounts_waits(editor, administrator, settings):
    settings.LOCKOUT_ADDRESS_FAILURES = 3
    device = totp_device(editor)
    device.throttle_increment()
    for number in range(3):
        password_step(f"khong-co-{number}", "sai-mat-khau", address="192.0.2.7")
    signed_in(administrator).post(LOCKOUTS, {"address": "192.0.2.7"})
    device.refresh_from_db()
    assert device.throttling_failure_count == 1
