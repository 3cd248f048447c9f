"""A person's own two-factor page asks for a current code before turning two-factor sign-in
off or making new recovery codes: a verified session alone (a desk left open, a stolen
cookie) changes nothing, and a wrong code counts as a failed sign-in."""

import pytest
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from bantin.accounts import twofactor
from tests.accounts.conftest import ADMIN, SECURITY, password_step
from tests.accounts.test_lockout import LOCKED
from tests.accounts.test_twofactor import actions_of, wrong
from tests.conftest import signed_in, totp_code, totp_device

ACTIONS = ("recovery_codes", "remove")


@pytest.fixture
def enrolled(editor):
    """The editor past the second step, with her app and recovery codes; returns her client,
    app and codes."""
    client = signed_in(editor)
    return client, totp_device(editor), twofactor.recovery_codes_create(editor, by=editor)


def unchanged(user, codes):
    """Check that the person's app and recovery codes are as they were."""
    assert TOTPDevice.objects.filter(user=user, confirmed=True).exists()
    assert StaticToken.objects.filter(device__user=user).count() == len(codes)
    actions = actions_of(user)
    assert "bantin.second_factor_removed" not in actions
    assert actions.count("bantin.recovery_codes_created") == 1  # by the fixture


def failed_sign_ins(user):
    return ModelLogEntry.objects.for_instance(user).filter(action="bantin.login_failed")


@pytest.mark.parametrize("action", ACTIONS)
def test_without_a_code_nothing_changes(editor, enrolled, action):
    client, _, codes = enrolled
    response = client.post(SECURITY, {"action": action})
    page = response.content.decode()
    assert response.status_code == 200
    assert 'name="code"' in page and 'class="error-message"' in page
    assert "<code>" not in page  # no new codes shown
    unchanged(editor, codes)
    assert not failed_sign_ins(editor).exists()


@pytest.mark.parametrize("action", ACTIONS)
def test_a_wrong_code_changes_nothing_and_is_a_failed_sign_in(editor, enrolled, action):
    client, device, codes = enrolled
    response = client.post(SECURITY, {"action": action, "code": wrong(totp_code(device))})
    page = response.content.decode()
    assert response.status_code == 200 and 'class="error-message"' in page
    assert "<code>" not in page
    unchanged(editor, codes)
    assert failed_sign_ins(editor).get().data == {"address": "127.0.0.1",
                                                  "step": "second_factor"}


def test_the_app_code_confirms_new_recovery_codes(editor, enrolled):
    client, device, codes = enrolled
    page = client.post(SECURITY, {"action": "recovery_codes",
                                  "code": totp_code(device)}).content.decode()
    assert page.count("<code>") == twofactor.RECOVERY_CODE_COUNT
    assert not any(code in page for code in codes)
    assert twofactor.code_check(editor, codes[1])[0] is None  # the old ones are gone


def test_a_recovery_code_confirms_turning_off(editor, enrolled):
    client, _, codes = enrolled
    response = client.post(SECURITY, {"action": "remove", "code": codes[3]})
    assert response.status_code == 302 and response["Location"] == SECURITY
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert not StaticToken.objects.filter(device__user=editor).exists()
    assert actions_of(editor)[0] == "bantin.second_factor_removed"


def test_wrong_codes_on_the_page_lock_the_account_like_the_second_step(editor, enrolled,
                                                                        settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # django-otp's own waits are tested apart
    client, device, codes = enrolled
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post(SECURITY, {"action": "remove", "code": wrong(totp_code(device))})
        assert response.status_code == 200
    locked = client.post(SECURITY, {"action": "remove", "code": wrong(totp_code(device))},
                         follow=True)
    assert locked.status_code == 429 and LOCKED in locked.content.decode()
    assert "_auth_user_id" not in client.session  # signed out
    assert password_step("btv")[1].status_code == 429
    unchanged(editor, codes)


def test_too_soon_after_a_wrong_code_the_right_one_waits(editor, enrolled):
    client, device, codes = enrolled
    client.post(SECURITY, {"action": "remove", "code": wrong(totp_code(device))})
    response = client.post(SECURITY, {"action": "remove", "code": totp_code(device)})
    assert response.status_code == 200 and 'class="error-message"' in response.content.decode()
    unchanged(editor, codes)
    assert failed_sign_ins(editor).count() == 1  # a wait is not another failure


def test_a_person_without_an_app_has_nothing_to_confirm(reporter):
    client = signed_in(reporter)
    TOTPDevice.objects.filter(user=reporter).delete()
    response = client.post(SECURITY, {"action": "remove"})
    assert response.status_code == 200 and 'name="code"' not in response.content.decode()
    assert client.get(ADMIN).status_code == 200
