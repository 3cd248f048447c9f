"""Two-factor sign-in to the admin: the password, then a code from an authenticator app (TOTP)
or a single-use recovery code; enrolment before any admin page for the roles that need it."""

import re
from importlib import import_module
from types import SimpleNamespace

from django.apps import apps
from django.db import DEFAULT_DB_ALIAS
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from bantin.accounts import twofactor
from tests.accounts.conftest import ADMIN, ENROL, SECURITY, VERIFY, password_step
from tests.conftest import signed_in, totp_code, totp_device


def run_recovery_codes_migration(alias=DEFAULT_DB_ALIAS):
    """Run the data migration of recovery codes on the database `alias` names, as migrate
    does (its schema editor's connection)."""
    migration = import_module("bantin.accounts.migrations.0001_recovery_codes_as_digests")
    migration.codes_to_digests(apps, SimpleNamespace(connection=SimpleNamespace(alias=alias)))


def actions_of(user):
    return list(ModelLogEntry.objects.for_instance(user).values_list("action", flat=True))


def wrong(code):
    """A six-digit code that is not `code`."""
    return f"{(int(code) + 500_000) % 1_000_000:06d}"


def test_password_then_the_app_code_reaches_the_admin(editor):
    device = totp_device(editor)
    client, response = password_step("btv")
    assert response.status_code == 302
    held = client.get(ADMIN)
    assert held.status_code == 302 and held["Location"].startswith(VERIFY)
    assert client.get("/quan-tri/pages/")["Location"].startswith(VERIFY)

    passed = client.post(VERIFY, {"code": totp_code(device), "next": ADMIN})
    assert passed.status_code == 302 and passed["Location"] == ADMIN
    assert client.get(ADMIN).status_code == 200
    assert actions_of(editor)[:2] == ["bantin.second_factor_verified", "bantin.login"]


def test_a_wrong_app_code_is_refused_in_vietnamese_and_logged_as_a_failed_sign_in(editor):
    device = totp_device(editor)
    client, _ = password_step("btv")
    refused = client.post(VERIFY, {"code": wrong(totp_code(device)), "next": ADMIN})
    assert refused.status_code == 200
    assert "Mã không đúng" in refused.content.decode()
    assert client.get(ADMIN)["Location"].startswith(VERIFY)
    entry = ModelLogEntry.objects.for_instance(editor).filter(action="bantin.login_failed").get()
    assert entry.data == {"address": "127.0.0.1", "step": "second_factor"}


def test_a_code_from_another_persons_app_is_refused(editor, reporter):
    totp_device(editor)
    someone_else = totp_device(reporter)
    client, _ = password_step("btv")
    assert client.post(VERIFY, {"code": totp_code(someone_else)}).status_code == 200
    assert client.get(ADMIN)["Location"].startswith(VERIFY)


def test_a_recovery_code_works_once(editor):
    totp_device(editor)
    code = twofactor.recovery_codes_create(editor, by=editor)[0]
    first, _ = password_step("btv")
    passed = first.post(VERIFY, {"code": code.upper().replace("-", " ")}, follow=True)
    assert passed.status_code == 200 and passed.request["PATH_INFO"] == ADMIN
    assert f"còn {twofactor.RECOVERY_CODE_COUNT - 1} mã" in passed.content.decode()
    assert "bantin.recovery_code_used" in actions_of(editor)

    second, _ = password_step("btv")
    assert second.post(VERIFY, {"code": code}).status_code == 200
    assert second.get(ADMIN)["Location"].startswith(VERIFY)
    assert StaticToken.objects.filter(device__user=editor).count() == 9


def test_an_editor_without_a_device_must_enrol_before_any_admin_page(editor, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # no wait after the wrong code (tested apart)
    client, _ = password_step("btv")
    for url in (ADMIN, "/quan-tri/pages/", "/quan-tri/hang-cho-duyet/", VERIFY):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(ENROL), url

    page = client.get(ENROL).content.decode()
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    assert "<svg" in page and twofactor.secret_text(device) in page
    assert not re.search(r'src="https?://', page)  # the QR code is loaded from nowhere

    refused = client.post(ENROL, {"code": wrong(totp_code(device))})
    assert "Mã không đúng" in refused.content.decode()
    assert not TOTPDevice.objects.filter(user=editor, confirmed=True).exists()

    shown = client.post(ENROL, {"code": totp_code(device), "next": ADMIN}).content.decode()
    codes = re.findall(r"<code>([a-z2-7]{4}-[a-z2-7]{4})</code>", shown)
    assert len(codes) == twofactor.RECOVERY_CODE_COUNT
    assert client.get(ADMIN).status_code == 200
    assert not any(code in client.get(SECURITY).content.decode() for code in codes)
    assert "bantin.second_factor_enrolled" in actions_of(editor)


def test_a_superuser_must_enrol_too(django_user_model):
    django_user_model.objects.create_superuser("kythuat", "kt@example.vn",
                                               "mat-khau-thu-nghiem-dai")
    client, _ = password_step("kythuat")
    assert client.get(ADMIN)["Location"].startswith(ENROL)


def test_a_reporter_signs_in_with_the_password_alone_unless_they_enrolled(reporter):
    client, _ = password_step("pv")
    assert client.get(ADMIN).status_code == 200
    totp_device(reporter)
    client, _ = password_step("pv")
    assert client.get(ADMIN)["Location"].startswith(VERIFY)


def test_knowing_the_password_is_not_enough_to_enrol_another_app(editor):
    totp_device(editor)
    client, _ = password_step("btv")
    response = client.get(ENROL)
    assert response.status_code == 302 and response["Location"].startswith(VERIFY)
    assert client.post(ENROL, {"code": "123456"})["Location"].startswith(VERIFY)
    assert TOTPDevice.objects.filter(user=editor).count() == 1


def test_new_recovery_codes_replace_the_old_and_turning_off_is_logged(editor):
    old = twofactor.recovery_codes_create(editor, by=editor)
    client = signed_in(editor)
    page = client.post(SECURITY, {"action": "recovery_codes", "code": old[0]}).content.decode()
    new = re.findall(r"<code>([a-z2-7]{4}-[a-z2-7]{4})</code>", page)
    assert len(new) == twofactor.RECOVERY_CODE_COUNT and not set(old) & set(new)
    assert actions_of(editor)[0] == "bantin.recovery_codes_created"

    client.post(SECURITY, {"action": "remove", "code": totp_code(totp_device(editor))})
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert not StaticToken.objects.filter(device__user=editor).exists()
    entry = ModelLogEntry.objects.for_instance(editor).first()
    assert entry.action == "bantin.second_factor_removed" and entry.user == editor
    # Her role requires the second step: she is sent to enrol a new app at once.
    assert client.get(ADMIN)["Location"].startswith(ENROL)


def test_the_database_keeps_no_recovery_code_that_signs_in(editor, settings):
    settings.OTP_STATIC_THROTTLE_FACTOR = 0  # no wait after the wrong code (tested apart)
    totp_device(editor)
    codes = twofactor.recovery_codes_create(editor, by=editor)
    stored = set(StaticToken.objects.filter(device__user=editor).values_list("token", flat=True))
    assert len(stored) == twofactor.RECOVERY_CODE_COUNT
    assert not stored & {code.replace("-", "") for code in codes}
    # What a copy of the database holds is refused as a code.
    client, _ = password_step("btv")
    assert client.post(VERIFY, {"code": sorted(stored)[0]}).status_code == 200
    assert client.get(ADMIN)["Location"].startswith(VERIFY)
    assert client.post(VERIFY, {"code": codes[0]})["Location"] == ADMIN


def test_codes_kept_as_typed_by_an_earlier_version_become_digests_and_still_work(editor):
    totp_device(editor)
    twofactor.recovery_codes_create(editor, by=editor)
    StaticToken.objects.filter(device__user=editor).update(token="abcd2345")
    run_recovery_codes_migration()
    assert StaticToken.objects.filter(device__user=editor, token="abcd2345").count() == 0
    client, _ = password_step("btv")
    assert client.post(VERIFY, {"code": "ABCD-2345"})["Location"] == ADMIN
