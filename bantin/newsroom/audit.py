"""The audit trail: sign-ins and permission changes logged beside Wagtail's own page log,
and the admin page that filters the whole log by person, action, section and date.
"""

import django_filters
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports.audit_logging import LogEntriesView, SiteHistoryReportFilterSet
from wagtail.log_actions import log
from wagtail.models import PageLogEntry

from bantin.news.models import SectionPage
from bantin.newsroom import roles

# The actions Bantin adds to Wagtail's (publish, unpublish, delete, move, workflow steps...).
ACTIONS = {
    "bantin.login": (_("Sign in"), _("Signed in")),
    "bantin.login_failed": (_("Failed sign-in"), _("Sign-in failed")),
    "bantin.logout": (_("Sign out"), _("Signed out")),
    "bantin.groups_changed": (_("Change of roles"), _("Roles changed")),
    "bantin.permissions_changed": (_("Change of permissions"), _("Permissions changed")),
}


def user_logged_in(sender, request, user, **kwargs):
    log(instance=user, action="bantin.login", user=user)


def user_logged_out(sender, request, user, **kwargs):
    if user is not None:
        log(instance=user, action="bantin.logout", user=user)


def user_login_failed(sender, credentials, request=None, **kwargs):
    # Only attempts on an existing account are logged: the log is about our people.
    username = credentials.get(get_user_model().USERNAME_FIELD) or credentials.get("username")
    user = get_user_model().objects.filter(**{get_user_model().USERNAME_FIELD: username}).first()
    if user is not None:
        address = request.META.get("REMOTE_ADDR", "") if request is not None else ""
        log(instance=user, action="bantin.login_failed", data={"address": address})


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

    def filter_section(self, queryset, name, value):
        # Page entries under the section; other entries (sign-ins, groups) belong to no section.
        if queryset.model is PageLogEntry:
            return queryset.filter(page__path__startswith=value.path)
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
