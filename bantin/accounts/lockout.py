"""Lockout after repeated failed sign-ins, per account and per address, on django-axes: a limit
for each, the sign-in page a locked person sees, and what an administrator unlocks (with an
account, django-otp's own wait after wrong codes at the second step)."""

from axes.handlers.database import AxesDatabaseHandler
from axes.handlers.proxy import AxesProxyHandler
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Max, Sum
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django_otp import devices_for_user
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.account import get_user_login_form, password_reset_enabled

from bantin.newsroom import audit


class AccountAndAddressHandler(AxesDatabaseHandler):
    """Axes' database handler with a limit for each kind of lockout: AXES_FAILURE_LIMIT
    failures within the cool-off lock an account, LOCKOUT_ADDRESS_FAILURES lock an address
    (a whole office may sign in from one)."""

    def get_failures(self, request, credentials=None):
        # One queryset per entry of AXES_LOCKOUT_PARAMETERS: ["username", "ip_address"].
        by_account, by_address = (
            attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        if by_address >= settings.LOCKOUT_ADDRESS_FAILURES:
            # Axes compares what this returns with the account's limit.
            return max(by_account, settings.AXES_FAILURE_LIMIT)
        return by_account


def lockout_message():
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return _("Too many failed sign-ins: signing in to this account or from this address is "
             "locked for %(minutes)d minutes. Try again later, or ask an administrator to "
             "unlock it.") % {"minutes": minutes}


def sign_in_page(request, *, status):
    """Return the admin's sign-in page, an empty form and the messages added to `request`, with
    `status`: for a refused sign-in, or someone signed in who must use another account."""
    user_model = get_user_model()
    context = {
        "form": get_user_login_form()(request),
        "next": get_valid_next_url_from_request(request),
        "show_password_reset": password_reset_enabled(),
        "username_field": user_model._meta.get_field(user_model.USERNAME_FIELD).verbose_name,
    }
    return render(request, "wagtailadmin/login.html", context, status=status)


def lockout_response(request, original_response=None, credentials=None):
    """Answer a locked sign-in with the admin's sign-in page and the reason (axes'
    AXES_LOCKOUT_CALLABLE)."""
    messages.error(request, lockout_message())
    return sign_in_page(request, status=settings.AXES_HTTP_RESPONSE_CODE)


def _recent_failures():
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    return AccessAttempt.objects.filter(attempt_time__gte=since)


def locked_accounts():
    """Return the accounts locked now: username, failures and the last failure's time."""
    return (_recent_failures().exclude(username=None).values("username")
            .annotate(failures=Sum("failures_since_start"), last_failure=Max("attempt_time"))
            .filter(failures__gte=settings.AXES_FAILURE_LIMIT).order_by("-last_failure"))


def locked_addresses():
    """Return the addresses locked now: address, failures and the last failure's time."""
    return (_recent_failures().values("ip_address")
            .annotate(failures=Sum("failures_since_start"), last_failure=Max("attempt_time"))
            .filter(failures__gte=settings.LOCKOUT_ADDRESS_FAILURES)
            .order_by("-last_failure"))


def _devices_waiting(username):
    """Return the account's second-step devices (authenticator, recovery codes) that hold it
    up after wrong codes: django-otp doubles that wait with each one and ends it only when a
    code is accepted, so unlocking the account must end it too."""
    account = get_user_model().objects.filter(**{get_user_model().USERNAME_FIELD: username}).first()
    if account is None:
        return []
    return [device for device in devices_for_user(account, confirmed=None)
            if device.throttling_failure_count]


@transaction.atomic
def unlock(*, by, username=None, address=None):
    """Forget the failures of one account or one address, and end an account's wait after wrong
    codes at the second step, each logged as done by `by`; return how many records went."""
    lookup = {"username": username} if username is not None else {"ip_address": address}
    attempt = AccessAttempt.objects.filter(**lookup).order_by("-attempt_time").first()
    devices = _devices_waiting(username) if username is not None else []
    for device in devices:
        device.throttle_reset()
    if devices:
        audit.second_factor_wait_ended(devices[0].user, by=by)
    if attempt is None:
        return len(devices)
    audit.sign_in_lock_logged("bantin.unlocked", username=username, address=address,
                              attempt=attempt, by=by)
    return len(devices) + AxesProxyHandler.reset_attempts(**lookup)
