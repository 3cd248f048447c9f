"""The admin's second step: a person signed in with their password reaches no admin page until
they pass it, or, when their role requires it and they have no authenticator yet, enrol one.
Also ends sessions past their limits (bantin/accounts/sessions.py), and gives request.user
django-otp's is_verified().
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.urls import reverse
from django.utils.functional import LazyObject
from django.utils.translation import gettext as _
from django_otp import user_has_device
from django_otp.middleware import OTPMiddleware as DjangoOTPMiddleware

from bantin.accounts import sessions, twofactor

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


class SecondStepMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated and sessions.session_expired(request.session):
            logout(request)
            if _in_admin(request):
                messages.info(request, _("Your session has ended: please sign in again."))
                return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not _in_admin(request) or not user.is_authenticated or user.is_verified():
            return None
        name = request.resolver_match.url_name
        if user_has_device(user):
            step = "accounts_verify"
        elif twofactor.second_factor_required(user):
            step = "accounts_enrol"
        else:
            return None
        if name in OPEN_BEFORE_SECOND_STEP or name == step:
            return None
        return redirect_to_login(request.get_full_path(), reverse(step))
