"""Demo staff's second step: each demo account whose role requires it gets an authenticator
and recovery codes, which seed_accounts_demo prints so that a newcomer can sign in.

Run after `seed_newsroom_demo` and `ensure_admin`; a second run keeps each person's key and
makes new recovery codes (only their digests are stored, so the old ones cannot be shown again).
"""

from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.log_actions import log

from bantin.accounts import twofactor
from bantin.newsroom import demo as newsroom_demo


def demo_second_factor(*, admin_username):
    """Yield (username, key as typed into an app, recovery codes) for each demo account that
    must pass the second step, enrolling it first if needed."""
    usernames = [admin_username] + [username for username, *_rest in newsroom_demo.STAFF]
    for user in get_user_model().objects.filter(username__in=usernames).order_by("username"):
        if not twofactor.second_factor_required(user):
            continue
        device = twofactor.app_device(user)
        if device is None:
            device = TOTPDevice.objects.create(user=user, name=twofactor.APP_DEVICE_NAME,
                                               confirmed=True)
            log(instance=user, action="bantin.second_factor_enrolled", data={"demo": True})
        codes = twofactor.recovery_codes_create(user, by=None)
        yield user.get_username(), twofactor.secret_text(device), codes
