"""The second step: a person signed in with their password reaches no admin page until they pass
it, or, when their role requires it and they have no authenticator yet, enrol one; outside the
admin they are a reader like any other until then, so the password alone opens no page or
document restricted to signed-in people or to groups. Also ends sessions past their limits
(bantin/accounts/sessions.py), and gives request.user django-otp's is_verified().
"""

import functools
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import LazyObject
from django.utils.translation import gettext as _
from django_otp import user_has_device
from django_otp.middleware import OTPMiddleware as DjangoOTPMiddleware
from django_otp.middleware import is_verified
from wagtail.admin.utils import get_valid_next_url_from_request

from bantin.accounts import lockout, sessions, twofactor

# Admin pages a person may open between the password and the second step.
OPEN_BEFORE_SECOND_STEP = {"wagtailadmin_login", "wagtailadmin_logout",
                           "wagtailadmin_javascript_catalog", "wagtailadmin_sprite"}


class OTPMiddleware(DjangoOTPMiddleware):
    """django-otp's middleware, handed the user itself rather than Django's lazy one: wrapped
    twice, request.user hides its model from Wagtail's log, which then silently logs nothing
    for it (the two-factor events here, Wagtail's own account changes)."""

    def _verify_user_sync(self, request, user):
        if isinstance(user, LazyObject):
            user.is_authenticated  # noqa: B018 - evaluates Django's lazy user
            user = user._wrapped
        return super()._verify_user_sync(request, user)


def _in_admin(request):
    return request.path_info.startswith(f"/{settings.ADMIN_PATH}")


def second_step_owed(user):
    """Return the URL name of the step `user` must still pass ("accounts_verify" with an
    authenticator, "accounts_enrol" when their role requires one and they have none), or None
    when they owe none: not signed in, past the step, or free to skip it."""
    if not user.is_authenticated or user.is_verified():
        return None
    if user_has_device(user):
        return "accounts_verify"
    if twofactor.second_factor_required(user):
        return "accounts_enrol"
    return None


async def _anonymous_auser(anonymous):
    return anonymous


def _as_reader(request):
    """Serve `request` as to a reader who has not signed in: Wagtail's view restrictions (pages,
    document collections) and every template then see an anonymous visitor. The session stays,
    so the page cache keeps treating the answers as personal (core/pagecache.py)."""
    anonymous = AnonymousUser()
    anonymous.otp_device = None
    anonymous.is_verified = functools.partial(is_verified, anonymous)
    request.user = anonymous
    request.auser = functools.partial(_anonymous_auser, anonymous)


class SecondStepMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated and sessions.session_expired(request.session):
            logout(request)
            if _in_admin(request):
                messages.info(request, _("Your session has ended: please sign in again."))
                return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
        if not _in_admin(request) and second_step_owed(request.user):
            _as_reader(request)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not _in_admin(request):
            return None
        name = request.resolver_match.url_name
        step = second_step_owed(request.user)
        if name == "wagtailadmin_login" and request.method == "GET":
            return self._sign_in_page(request, step)
        if step is None or name in OPEN_BEFORE_SECOND_STEP or name == step:
            return None
        return redirect_to_login(request.get_full_path(), reverse(step))

    @staticmethod
    def _sign_in_page(request, step):
        """The admin's sign-in page is also where restricted pages and documents send people
        (WAGTAIL_FRONTEND_LOGIN_URL). Someone past the password goes on to the second step,
        towards the same page; someone fully signed in who is sent back here from outside the
        admin may not see what they asked for (a restriction to other groups): Wagtail's page
        would send them straight back, so they get the sign-in form and the reason instead."""
        onward = get_valid_next_url_from_request(request)
        if step is not None:
            return redirect_to_login(onward, reverse(step)) if onward else redirect(step)
        user = request.user
        if (onward and not urlsplit(onward).path.startswith(f"/{settings.ADMIN_PATH}")
                and user.is_authenticated and user.has_perm("wagtailadmin.access_admin")):
            messages.error(request, _("Your account may not see this page or document: sign "
                                      "in with another account."))
            return lockout.sign_in_page(request, status=403)
        return None
