"""Recovery codes across a change of SECRET_KEY (the old key moved to SECRET_KEY_FALLBACKS),
codes written as typed after the digest migration (an earlier version still running during a
rolling release, django-otp's addstatictoken), and the migration standing on its own."""

import ast
import inspect
from datetime import timedelta
from importlib import import_module
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from django.utils.connection import ConnectionDoesNotExist
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken

from bantin.accounts import twofactor
from tests.accounts.conftest import ADMIN, VERIFY, password_step
from tests.accounts.test_twofactor import run_recovery_codes_migration
from tests.conftest import totp_device

OLD_KEY = "the-key-before-the-rotation"
NEW_KEY = "the-key-after-the-rotation"
MIGRATION = "bantin.accounts.migrations.0001_recovery_codes_as_digests"


def stored_tokens(user):
    return set(StaticToken.objects.filter(device__user=user).values_list("token", flat=True))


def test_codes_made_before_a_key_rotation_work_while_the_old_key_is_a_fallback(editor, settings):
    settings.SECRET_KEY = OLD_KEY
    totp_device(editor)
    codes = twofactor.recovery_codes_create(editor, by=editor)

    settings.SECRET_KEY, settings.SECRET_KEY_FALLBACKS = NEW_KEY, [OLD_KEY]
    client, _ = password_step("btv")
    assert client.post(VERIFY, {"code": codes[0]})["Location"] == ADMIN
    assert len(stored_tokens(editor)) == twofactor.RECOVERY_CODE_COUNT - 1  # used up
    assert twofactor.code_check(editor, codes[0])[0] is None

    settings.SECRET_KEY_FALLBACKS = []  # the old key dropped: its codes end with it
    assert twofactor.code_check(editor, codes[1])[0] is None


def test_new_codes_are_keyed_with_the_current_key_not_a_fallback(editor, settings):
    settings.SECRET_KEY, settings.SECRET_KEY_FALLBACKS = NEW_KEY, [OLD_KEY]
    totp_device(editor)
    codes = twofactor.recovery_codes_create(editor, by=editor)
    assert stored_tokens(editor) == {twofactor.recovery_code_digest(code) for code in codes}
    assert not stored_tokens(editor) & {twofactor.recovery_code_digest(code, secret=OLD_KEY)
                                        for code in codes}
    settings.SECRET_KEY_FALLBACKS = []
    assert twofactor.code_check(editor, codes[0])[0] is not None


def test_a_wrong_recovery_code_is_throttled_as_django_otp_does_it(editor, settings):
    settings.SECRET_KEY, settings.SECRET_KEY_FALLBACKS = NEW_KEY, [OLD_KEY]
    settings.OTP_STATIC_THROTTLE_FACTOR = 1
    codes = twofactor.recovery_codes_create(editor, by=editor)
    device = StaticDevice.objects.get(user=editor)

    assert twofactor.code_check(editor, "zzzz-zzzz") == (None, 0)
    device.refresh_from_db()
    assert device.throttling_failure_count == 1
    # The right code, too soon after the wrong one, is refused and kept.
    accepted_by, wait = twofactor.code_check(editor, codes[0])
    assert accepted_by is None and wait >= 1
    assert len(stored_tokens(editor)) == twofactor.RECOVERY_CODE_COUNT

    StaticDevice.objects.filter(pk=device.pk).update(
        throttling_failure_timestamp=timezone.now() - timedelta(seconds=2))
    assert twofactor.code_check(editor, codes[0]) == (device, 0)
    device.refresh_from_db()
    assert device.throttling_failure_count == 0 and device.last_used_at is not None
    assert len(stored_tokens(editor)) == twofactor.RECOVERY_CODE_COUNT - 1


@pytest.mark.parametrize(("stored", "typed"), [
    ("abcd2345", "ABCD-2345"),  # an earlier version's code, shown in two groups of four
    ("Khan-Cap-7", "Khan-Cap-7"),  # addstatictoken --token, matched exactly as typed
])
def test_a_code_written_as_typed_after_the_migration_works_once(editor, stored, typed):
    totp_device(editor)
    twofactor.recovery_codes_create(editor, by=editor)
    run_recovery_codes_migration()
    call_command("addstatictoken", "--token", stored, "btv", stdout=StringIO())

    client, _ = password_step("btv")
    assert client.post(VERIFY, {"code": typed})["Location"] == ADMIN
    assert stored not in stored_tokens(editor)
    assert twofactor.code_check(editor, typed)[0] is None


def test_a_digest_length_token_is_never_matched_as_typed(editor):
    """A token of 16 characters is a digest: typing what the database holds signs nobody in,
    whoever wrote it."""
    twofactor.recovery_codes_create(editor, by=editor)
    call_command("addstatictoken", "--token", "0123456789abcdef", "btv",
                 stdout=StringIO())
    assert twofactor.code_check(editor, "0123456789abcdef")[0] is None
    assert "0123456789abcdef" in stored_tokens(editor)


def test_the_migration_computes_the_digest_itself_with_the_same_result():
    migration = import_module(MIGRATION)
    imported = {node.module for node in ast.walk(ast.parse(inspect.getsource(migration)))
                if isinstance(node, ast.ImportFrom)}
    assert not any(module.startswith("bantin") for module in imported)
    for code in ("abcd2345", "ABCD-2345", "q7rs tu23"):
        assert migration.digest(code) == twofactor.recovery_code_digest(code)


def test_the_migration_works_on_the_database_it_is_run_against(editor):
    twofactor.recovery_codes_create(editor, by=editor)
    StaticToken.objects.filter(device__user=editor).update(token="abcd2345")
    with pytest.raises(ConnectionDoesNotExist):
        run_recovery_codes_migration(alias="another-database")
    assert "abcd2345" in stored_tokens(editor)  # the default database left alone
