"""Admin pages of staff accounts: the second step, enrolment, a person's own two-factor page,
and the administrators' list of lockouts."""

import django_otp
from axes.handlers.proxy import AxesProxyHandler
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import user_has_device
from django_otp.plugins.otp_static.models import StaticDevice
from wagtail.admin.utils import get_valid_next_url_from_request

from bantin.accounts import lockout, twofactor
from bantin.accounts.forms import CodeForm, ConfirmCodeForm, UnlockForm

# The actions of a person's own two-factor page that need a current code (ConfirmCodeForm).
CONFIRMED_ACTIONS = ("recovery_codes", "remove")


def _onward(request):
    return get_valid_next_url_from_request(request) or reverse("wagtailadmin_home")


def _passed_second_step(request, device):
    django_otp.login(request, device)
    # A new session key for the stronger sign-in, as Django gives one at the password step.
    request.session.cycle_key()


def _locked_out(request):
    """End the session; AxesMiddleware answers a request flagged like this with the lockout
    page (bantin.accounts.lockout.lockout_response)."""
    logout(request)
    request.axes_locked_out = True
    return redirect("wagtailadmin_login")


def _recovery_codes_page(request, codes):
    return TemplateResponse(request, "accounts/recovery_codes.html",
                            {"codes": codes, "onward": _onward(request)})


def _code_check(request, form, wrong_message):
    """Check the code of the valid `form` for the signed-in person as a sign-in does.

    Return (device, None) when a device accepted it (a recovery code is then used up);
    (None, response) when the person is locked out, their session ended; (None, None) with the
    form's error set otherwise. A wrong code is a failed sign-in: django-axes counts it towards
    the lockout and the audit trail logs it."""
    credentials = {"username": request.user.get_username()}
    if not AxesProxyHandler.is_allowed(request, credentials):
        return None, _locked_out(request)
    device, wait = twofactor.code_check(request.user, form.cleaned_data["code"])
    if device is not None:
        return device, None
    if wait:
        form.add_error("code", _("Too many wrong codes: wait %(seconds)d seconds, then try "
                                 "again.") % {"seconds": wait})
        return None, None
    user_login_failed.send(sender=__name__, credentials=credentials, request=request,
                           second_factor=True)
    if getattr(request, "axes_locked_out", False):
        return None, _locked_out(request)
    form.add_error("code", wrong_message)
    return None, None


@never_cache
@sensitive_post_parameters("code")
def verify(request):
    """The second step: a code from the person's authenticator app, or a recovery code."""
    user = request.user
    if user.is_verified() or not user_has_device(user):
        return redirect(_onward(request))
    form = CodeForm(request.POST or None)
    if form.is_valid():
        device, locked_out = _code_check(
            request, form, _("This code is not right. Check that your phone's clock is right, "
                             "or use a recovery code."))
        if locked_out:
            return locked_out
        if device is not None:
            _passed_second_step(request, device)
            if isinstance(device, StaticDevice):
                messages.warning(request, _("You signed in with a recovery code, which is now "
                                            "used up: %(count)d left.")
                                 % {"count": twofactor.recovery_codes_left(user)})
            return redirect(_onward(request))
    return TemplateResponse(request, "accounts/verify.html",
                            {"form": form, "next": get_valid_next_url_from_request(request)})


@never_cache
@sensitive_post_parameters("code")
def enrol(request):
    """Turn on two-factor sign-in: scan the QR code or type the secret into an authenticator
    app, confirm with its code, then see the recovery codes once."""
    user = request.user
    if twofactor.app_device(user) is not None:
        # One authenticator at a time: its owner replaces it from their own page, once past
        # the second step.
        return redirect("accounts_security" if user.is_verified() else "accounts_verify")
    device = twofactor.enrolment_start(user)
    form = CodeForm(request.POST or None)
    wait = twofactor.seconds_to_wait(device)
    if form.is_valid() and wait:
        form.add_error("code", _("Too many wrong codes: wait %(seconds)d seconds, then try "
                                 "again.") % {"seconds": wait})
    elif form.is_valid():
        codes = twofactor.enrolment_confirm(device, form.cleaned_data["code"])
        if codes is not None:
            _passed_second_step(request, device)
            return _recovery_codes_page(request, codes)
        form.add_error("code", _("This code is not right: type the six digits the app shows "
                                 "now for this account."))
    return TemplateResponse(request, "accounts/enrol.html", {
        "form": form, "qr": twofactor.qr_svg(device), "secret": twofactor.secret_text(device),
        "required": twofactor.second_factor_required(user),
        "next": get_valid_next_url_from_request(request),
    })


@never_cache
@sensitive_post_parameters("code")
def security(request):
    """A person's own two-factor page: its state, new recovery codes, turning it off. Both
    changes need a current code in the same request: a session left open, or a stolen session
    cookie, is not enough to remove the second factor or to take new recovery codes."""
    user = request.user
    device = twofactor.app_device(user)
    action = request.POST.get("action") if request.method == "POST" else None
    form = ConfirmCodeForm(request.POST if action in CONFIRMED_ACTIONS and device else None)
    if form.is_valid():
        accepted, locked_out = _code_check(
            request, form, _("This code is not right: nothing was changed. Type the six digits "
                             "your authenticator app shows now, or one of your recovery codes."))
        if locked_out:
            return locked_out
        if accepted is not None and action == "recovery_codes":
            return _recovery_codes_page(request, twofactor.recovery_codes_create(user, by=user))
        if accepted is not None:
            twofactor.second_factor_remove(user, by=user)
            messages.success(request, _("Two-factor sign-in is off for your account."))
            return redirect("accounts_security")
    return TemplateResponse(request, "accounts/security.html", {
        "device": device, "codes_left": twofactor.recovery_codes_left(user), "form": form,
        "required": twofactor.second_factor_required(user),
        "page_title": _("Two-factor sign-in"), "header_title": _("Two-factor sign-in"),
        "header_icon": "key",
    })


@never_cache
def lockouts(request):
    """The accounts and addresses locked out of signing in now; POST unlocks one."""
    if not request.user.has_perm("axes.view_accessattempt"):
        raise PermissionDenied
    if request.method == "POST":
        if not request.user.has_perm("axes.delete_accessattempt"):
            raise PermissionDenied
        form = UnlockForm(request.POST)
        if not form.is_valid():
            messages.error(request, next(iter(form.errors.values()))[0])
        else:
            username, address = form.cleaned_data["username"], form.cleaned_data["address"]
            if lockout.unlock(by=request.user, username=username or None,
                              address=address or None):
                messages.success(request, _("Unlocked: %(name)s.")
                                 % {"name": username or address})
            else:
                messages.error(request, _("Nothing to unlock for %(name)s.")
                               % {"name": username or address})
        return redirect("accounts_lockouts")
    return TemplateResponse(request, "accounts/lockouts.html", {
        "accounts": list(lockout.locked_accounts()),
        "addresses": list(lockout.locked_addresses()),
        "account_limit": settings.AXES_FAILURE_LIMIT,
        "address_limit": settings.LOCKOUT_ADDRESS_FAILURES,
        "minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
        "can_unlock": request.user.has_perm("axes.delete_accessattempt"),
        "page_title": _("Locked sign-ins"), "header_title": _("Locked sign-ins"),
        "header_icon": "lock",
    })
