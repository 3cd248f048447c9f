"""Two-factor sign-in on django-otp: who must use it, a person's authenticator app (TOTP) and
single-use recovery codes, and the enrolment QR code, drawn here rather than by any outside
service.

Recovery codes are kept as keyed digests in django-otp's static tokens, never as typed: a copy
of the database (a backup, a leak) gives no code that signs anyone in. New codes are keyed with
SECRET_KEY; a typed code is also checked under every key of SECRET_KEY_FALLBACKS, so a key
moved there keeps its codes working until it is dropped from the list."""

import base64
import math
import re

import segno
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.safestring import mark_safe
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.log_actions import log

from bantin.newsroom import roles

# The roles that cannot reach the admin without the second step (superusers neither).
REQUIRED_ROLES = (roles.EDITOR, roles.BOARD, roles.ADMINISTRATOR)
RECOVERY_CODE_COUNT = 10
APP_DEVICE_NAME = "authenticator"
RECOVERY_DEVICE_NAME = "recovery"
APP_CODE = re.compile(r"\d{6}")
RECOVERY_CODE_SALT = "bantin.accounts.recovery_code"
# The length of a digest, and of django-otp's token column: any shorter token was stored as
# typed (by a process of an earlier version during a rolling release, or by django-otp's
# addstatictoken command).
DIGEST_LENGTH = 16


def second_factor_required(user):
    """Return True if `user` must pass the second step to use the admin."""
    return user.is_superuser or user.groups.filter(name__in=REQUIRED_ROLES).exists()


def app_device(user):
    """Return the person's confirmed authenticator device, or None."""
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def recovery_codes_left(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def enrolment_start(user):
    """Return the person's authenticator device waiting for its first code, made if missing:
    the secret stays the same until it is confirmed, so a reload shows the same QR code."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)


def secret_text(device):
    """Return the device's secret as an authenticator app takes it typed: base32, in fours."""
    secret = base64.b32encode(device.bin_key).decode()
    return " ".join(secret[start:start + 4] for start in range(0, len(secret), 4))


def qr_svg(device):
    """Return the device's otpauth:// address as an inline SVG QR code."""
    return mark_safe(segno.make(device.config_url, error="m").svg_inline(scale=5))


def displayed_code(token):
    """Return a recovery code as shown to people: two groups of four."""
    return f"{token[:4]}-{token[4:]}"


def _normalised(code):
    return re.sub(r"[\s-]", "", code).lower()


def recovery_code_digest(code, secret=None):
    """Return what is stored for a recovery code: a keyed digest of it as typed (spaces and
    dashes aside, any case), DIGEST_LENGTH hex digits, under `secret` (SECRET_KEY if None)."""
    return salted_hmac(RECOVERY_CODE_SALT, _normalised(code), secret=secret,
                       algorithm="sha256").hexdigest()[:DIGEST_LENGTH]


def _stored_forms(code):
    """Return the tokens that mean the typed recovery `code`: its digest under SECRET_KEY and
    under each key of SECRET_KEY_FALLBACKS, and, if shorter than a digest, the code as typed
    (never a 16-character one: a digest copied out of the database is no code)."""
    keys = [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]
    forms = {recovery_code_digest(code, secret=key) for key in keys}
    forms.update(typed for typed in (code.strip(), _normalised(code))
                 if len(typed) < DIGEST_LENGTH)
    return forms


def _recovery_code_use(device, code):
    """Use up `code` if it is one of `device`'s recovery codes and return True; django-otp's
    StaticDevice.verify_token, throttling included, but matching any of the code's stored
    forms."""
    allowed, _ = device.verify_is_allowed()
    if not allowed:
        return False
    match = device.token_set.filter(token__in=_stored_forms(code)).first()
    if match is None:
        device.throttle_increment()
        return False
    match.delete()
    device.throttle_reset(commit=False)
    device.set_last_used_timestamp(commit=False)
    device.save()
    return True


@transaction.atomic
def enrolment_confirm(device, code):
    """Confirm `device` if `code` is its current code and return the person's new recovery
    codes; return None, the device still unconfirmed, if it is not."""
    if not device.verify_token(_normalised(code)):
        return None
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user, confirmed=False).delete()
    log(instance=device.user, action="bantin.second_factor_enrolled", user=device.user)
    return recovery_codes_create(device.user, by=None)


@transaction.atomic
def recovery_codes_create(user, *, by):
    """Replace the person's recovery codes with new ones and return them, to be shown once.

    `by` is who asked for new codes (None at enrolment, which is logged as such)."""
    device, _ = StaticDevice.objects.get_or_create(user=user, name=RECOVERY_DEVICE_NAME,
                                                   defaults={"confirmed": True})
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=recovery_code_digest(code))
                                    for code in codes)
    if by is not None:
        log(instance=user, action="bantin.recovery_codes_created", user=by)
    return [displayed_code(code) for code in codes]


def seconds_to_wait(device):
    """Return how long `device` refuses codes after repeated wrong ones (django-otp's
    throttling), or 0."""
    allowed, details = device.verify_is_allowed()
    if allowed:
        return 0
    return max(1, math.ceil((details["locked_until"] - timezone.now()).total_seconds()))


def code_check(user, code):
    """Return (device, seconds): the device that accepted `code` for `user` (a recovery code
    is then used up) and 0, or None and how long the person must wait after repeated wrong
    codes (0 when the code was just wrong).

    Six digits go to the authenticator, anything else to the recovery codes, so that wrong
    app codes do not hold up the recovery codes (django-otp throttles each device)."""
    app_code = _normalised(code)
    model = TOTPDevice if APP_CODE.fullmatch(app_code) else StaticDevice
    with transaction.atomic():
        devices = list(model.objects.devices_for_user(user, confirmed=True).select_for_update())
        waits = [seconds_to_wait(device) for device in devices]
        if devices and all(waits):
            return None, min(waits)
        for device in devices:
            accepted = (device.verify_token(app_code) if model is TOTPDevice
                        else _recovery_code_use(device, code))
            if accepted:
                action = ("bantin.second_factor_verified" if model is TOTPDevice
                          else "bantin.recovery_code_used")
                log(instance=user, action=action, user=user)
                return device, 0
    return None, 0


@transaction.atomic
def second_factor_remove(user, *, by):
    """Delete the person's authenticator and recovery codes; `by` is who did it (None for an
    operator's command)."""
    for device in list(devices_for_user(user, confirmed=None)):
        device.delete()
    log(instance=user, action="bantin.second_factor_removed", user=by)
