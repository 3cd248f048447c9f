"""The audit trail: sign-ins, lockouts and permission changes logged beside Wagtail's own page
log, and the admin page that filters the whole log by person, action, section and date.
"""

import django_filters
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports.audit_logging import (
    LogEntriesView,
    SiteHistoryReportFilterSet,
    get_users_for_filter,
)
from wagtail.log_actions import log
from wagtail.models import Page, PageLogEntry

from bantin.core.ratelimit import client_address
from bantin.news.models import SectionPage
from bantin.newsroom import roles

# The actions Bantin adds to Wagtail's (publish, unpublish, delete, move, workflow steps...).
ACTIONS = {
    "bantin.login": (_("Sign in"), _("Signed in")),
    "bantin.login_failed": (_("Failed sign-in"), _("Sign-in failed")),
    "bantin.logout": (_("Sign out"), _("Signed out")),
    "bantin.groups_changed": (_("Change of roles"), _("Roles changed")),
    "bantin.permissions_changed": (_("Change of permissions"), _("Permissions changed")),
    "bantin.account_changed": (_("Change of account status"), _("Account status changed")),
    # Staff accounts (bantin.accounts, issue 10).
    "bantin.locked_out": (_("Sign-in lockout"), _("Sign-in locked after repeated failures")),
    "bantin.unlocked": (_("Sign-in unlock"), _("Sign-in unlocked")),
    "bantin.second_factor_wait_ended": (_("End of the wait for codes"),
                                        _("Wait after wrong codes at the second step ended")),
    "bantin.second_factor_verified": (_("Two-step verification"), _("Second step passed")),
    "bantin.recovery_code_used": (_("Use of a recovery code"),
                                  _("Second step passed with a recovery code")),
    "bantin.second_factor_enrolled": (_("Two-factor sign-in turned on"),
                                      _("Authenticator app enrolled")),
    "bantin.second_factor_removed": (_("Two-factor sign-in turned off"),
                                     _("Authenticator app and recovery codes removed")),
    "bantin.recovery_codes_created": (_("New recovery codes"), _("Recovery codes replaced")),
}

# The account fields whose change grants or withdraws access; logged with old and new values.
ACCOUNT_FIELDS = ("is_active", "is_staff", "is_superuser")


def user_logged_in(sender, request, user, **kwargs):
    log(instance=user, action="bantin.login", user=user)


def user_logged_out(sender, request, user, **kwargs):
    if user is not None:
        log(instance=user, action="bantin.logout", user=user)


def _account(username):
    if not username:
        return None
    return get_user_model().objects.filter(**{get_user_model().USERNAME_FIELD: username}).first()


def user_login_failed(sender, credentials, request=None, second_factor=False, **kwargs):
    # Only attempts on an existing account are logged: the log is about our people. The entry
    # names the account tried, so filtering by that person finds the attempts on it. A wrong
    # code at the second step (bantin.accounts sends second_factor=True) is a failure too.
    user = _account(credentials.get(get_user_model().USERNAME_FIELD)
                    or credentials.get("username"))
    if user is not None:
        # The address django-axes locks (AXES_CLIENT_IP_CALLABLE), not nginx's REMOTE_ADDR.
        address = client_address(request) if request is not None else ""
        data = {"address": address, **({"step": "second_factor"} if second_factor else {})}
        log(instance=user, action="bantin.login_failed", user=user, data=data)


def sign_in_lock_logged(action, *, username, address, attempt, by=None):
    """Log a lockout or unlock: on the account when it exists, else on the failures' record
    (`attempt`, axes' AccessAttempt), titled with the name or address tried."""
    account = _account(username)
    log(instance=account or attempt, action=action, user=by or account,
        title=None if account else (username or address),
        data={"username": username, "address": address})


def second_factor_wait_ended(account, *, by):
    """Log that `by` ended the account's wait after wrong codes at the second step (an unlock)."""
    log(instance=account, action="bantin.second_factor_wait_ended", user=by)


def sign_in_locked(sender, request, username, ip_address, **kwargs):
    """Log a lockout when it begins (axes' user_locked_out). Axes also sends the signal for
    each attempt refused while the lock lasts; those carry no failure count and are skipped."""
    if getattr(request, "axes_failures_since_start", None) is None:
        return
    attempt = AccessAttempt.objects.filter(ip_address=ip_address).order_by("-attempt_time").first()
    if attempt is not None:
        sign_in_lock_logged("bantin.locked_out", username=username, address=ip_address,
                            attempt=attempt)


def account_saving(sender, instance, update_fields=None, **kwargs):
    """Note the access fields as they were, so account_saved can log what changed."""
    if instance.pk is None or (update_fields is not None
                               and not set(update_fields) & set(ACCOUNT_FIELDS)):
        return  # a new account, or a save of other fields (the last sign-in time)
    instance._audit_before = (
        sender.objects.filter(pk=instance.pk).values(*ACCOUNT_FIELDS).first() or {}
    )


def account_saved(sender, instance, created, **kwargs):
    before = instance.__dict__.pop("_audit_before", None)
    changes = {field: [before[field], getattr(instance, field)] for field in ACCOUNT_FIELDS
               if before and before[field] != getattr(instance, field)}
    if created:
        changes = {field: [None, getattr(instance, field)] for field in ACCOUNT_FIELDS}
    if changes:
        log(instance=instance, action="bantin.account_changed", data=changes)


def page_entry_saving(sender, instance, **kwargs):
    """Keep the page's place in the tree on its log entries, so a section's history still
    shows what was deleted from it or moved out of it."""
    if instance._state.adding and instance.page_id and "path" not in instance.data:
        page = getattr(instance, "page", None)
        if page is not None and page.path:
            instance.data["path"] = page.path


def user_groups_changed(sender, instance, action, pk_set, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"} and isinstance(
        instance, get_user_model()
    ):
        names = sorted(instance.groups.values_list("name", flat=True))
        log(instance=instance, action="bantin.groups_changed", data={"groups": names})


def group_permissions_changed(sender, instance, action, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"} and isinstance(instance, Group):
        log(instance=instance, action="bantin.permissions_changed")


def page_permission_changed(sender, instance, **kwargs):
    group = Group.objects.filter(pk=instance.group_id).first()
    if group is not None:  # not when the group itself is being deleted
        log(instance=group, action="bantin.permissions_changed",
            data={"page": instance.page_id, "permission": instance.permission_id})


class AuditFilterSet(SiteHistoryReportFilterSet):
    section = django_filters.ModelChoiceFilter(
        label=_("Section"), method="filter_section",
        queryset=SectionPage.objects.order_by("path"),
    )

    def get_users_queryset(self):
        # Wagtail offers only people found in page entries; sign-ins and account changes are
        # model entries, so every log model is asked.
        return get_users_for_filter(self.request.user)

    def filter_section(self, queryset, name, value):
        # Page entries under the section; other entries (sign-ins, groups) belong to no section.
        if queryset.model is PageLogEntry:
            # A subquery, not a join: the join would drop the entries of deleted pages.
            pages = Page.objects.filter(path__startswith=value.path).values("pk")
            return queryset.filter(Q(data__path__startswith=value.path) | Q(page_id__in=pages))
        return queryset.none()


def can_view_audit(user):
    """Administrators only: the trail shows everyone's sign-ins and rights."""
    return user.is_active and (
        user.is_superuser or user.groups.filter(name=roles.ADMINISTRATOR).exists()
    )


class AuditLogView(LogEntriesView):
    """Wagtail's site history with a section filter, under its own name; exports CSV/XLSX."""

    def dispatch(self, request, *args, **kwargs):
        if not can_view_audit(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    page_title = _("Audit trail")
    filterset_class = AuditFilterSet
    index_url_name = "newsroom_audit"
    index_results_url_name = "newsroom_audit_results"

    def get_filename(self):
        return super().get_filename().replace("audit-log", "nhat-ky")
