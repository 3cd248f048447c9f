"""Admin registration: the second step, enrolment, a person's two-factor page (in their
account's actions) and the administrators' locked sign-ins (in Settings)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from bantin.accounts import views


@hooks.register("register_admin_urls")
def register_accounts_urls():
    return [
        path("xac-minh/", views.verify, name="accounts_verify"),
        path("bao-mat/", views.security, name="accounts_security"),
        path("bao-mat/dang-ky/", views.enrol, name="accounts_enrol"),
        path("khoa-dang-nhap/", views.lockouts, name="accounts_lockouts"),
    ]


@hooks.register("register_account_menu_item")
def register_security_account_item(request):
    return {"url": reverse("accounts_security"), "label": _("Two-factor sign-in"),
            "help_text": _("Authenticator app and recovery codes for signing in.")}


class LockoutsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("axes.view_accessattempt")


@hooks.register("register_settings_menu_item")
def register_lockouts_menu_item():
    return LockoutsMenuItem(_("Locked sign-ins"), reverse("accounts_lockouts"), icon_name="lock",
                            order=900)
