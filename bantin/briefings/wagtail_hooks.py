"""The briefings in the Wagtail admin: a "Giao ban" menu with the briefings, units, people and
unit staff the office keeps (snippet viewsets, scoped to its portals by admin_scoping), the
tasks, the extension requests, and the pages of admin_urls.py; a dashboard panel telling each
unit what it owes."""

from datetime import timedelta

from django import forms
from django.contrib import messages
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from bantin.briefings import access, admin_scoping, admin_urls, services
from bantin.briefings.forms import BriefingForm
from bantin.briefings.models import Briefing, BriefingUnit, Membership, Person, Unit, UnitReport
from bantin.briefings.unit_forms import MembershipForm, PersonForm, UnitForm
from bantin.core.admin_scoping import ScopedChooserViewSet, ScopedViewSetMixin

# Reports not submitted show on the dashboard until this long after their deadline.
REPORTS_LOOK_BACK = timedelta(days=30)


admin_scoping.register_scopes()
admin_scoping.register_permission_policies()


def _status_link(briefing):
    return format_html('<a href="{}">{}</a>', reverse("briefings_status", args=[briefing.pk]),
                       _("Reports"))


class OfficeViewSet(ScopedViewSetMixin, SnippetViewSet):
    """Listed in the "Giao ban" menu; each row, and the chooser, of the person's portals only."""

    add_to_admin_menu = False
    # Their menu items are in "Giao ban" (below); this also keeps them off Wagtail's list of
    # snippet types, which counts every portal's rows.
    menu_item_is_registered = True
    chooser_viewset_class = ScopedChooserViewSet


class BriefingViewSet(OfficeViewSet):
    model = Briefing
    icon = "calendar"
    list_display = ["title", Column("period", label=_("period covered")),
                    Column("held_on", label=_("date of the meeting")),
                    Column("status", label=_("unit reports"), accessor=_status_link)]
    list_filter = ["kind", "period_kind", "internal"]
    search_fields = ["title", "agenda"]
    edit_handler = ObjectList(Briefing.panels, base_form_class=BriefingForm)


class UnitViewSet(OfficeViewSet):
    model = Unit
    icon = "group"
    list_display = ["name", "short_name", "parent", "is_office", "email"]
    search_fields = ["name", "short_name"]
    edit_handler = ObjectList([
        FieldPanel("site"), FieldPanel("name"), FieldPanel("short_name"),
        FieldPanel("parent", widget=forms.Select), FieldPanel("email"), FieldPanel("is_office"),
        FieldPanel("sort_order")], base_form_class=UnitForm)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("parent")


class PersonViewSet(OfficeViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "title", "unit"]
    search_fields = ["name", "title"]
    edit_handler = ObjectList([
        FieldPanel("site"), FieldPanel("name"), FieldPanel("title"),
        FieldPanel("unit", widget=forms.Select)], base_form_class=PersonForm)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("unit")


def _full_name(membership):
    return membership.user.get_full_name()


class MembershipViewSet(OfficeViewSet):
    """The staff accounts attached to units: what lets a unit's staff in (access.units_of)."""

    model = Membership
    icon = "user"
    list_display = ["user", Column("full_name", label=_("full name"), accessor=_full_name),
                    "unit"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "unit__name",
                     "unit__short_name"]
    ordering = ["unit__sort_order", "unit__name", "user__username"]
    edit_handler = ObjectList([FieldPanel("unit", widget=forms.Select),
                               FieldPanel("user", widget=forms.Select)],
                              base_form_class=MembershipForm)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("user", "unit")

    def get_permissions_to_register(self):
        # Unit staff are kept under the units' permissions (admin_scoping); none of their own.
        return Permission.objects.none()


for _viewset in (BriefingViewSet, UnitViewSet, PersonViewSet, MembershipViewSet):
    register_snippet(_viewset)


@hooks.register("register_admin_urls")
def register_briefings_urls():
    return [path("giao-ban/", include(admin_urls))]


@hooks.register("insert_global_admin_css")
def briefings_css():
    """Everywhere in the admin: task states (the dashboard panel shows them too)."""
    return format_html('<link rel="stylesheet" href="{}">', static("briefings/admin.css"))


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def sync_tasks(request, instance):
    """The conclusions just saved give their units tasks (services.tasks_sync)."""
    if isinstance(instance, Briefing):
        services.tasks_sync(instance)


@hooks.register("before_delete_snippet")
def keep_followed_up_briefings(request, instances):
    """A briefing whose tasks have history is not deleted, alone or in bulk
    (services.briefings_delete_check): the office is told why and nothing goes."""
    briefings = [instance for instance in instances if isinstance(instance, Briefing)]
    if not briefings:
        return None
    try:
        services.briefings_delete_check(briefings)
    except ValidationError as refusal:
        messages.error(request, refusal.messages[0])
        return redirect("wagtailsnippets_briefings_briefing:list")
    return None


class OfficeMenuItem(MenuItem):
    def is_shown(self, request):
        return access.is_office(request.user)


class UnitsMenuItem(MenuItem):
    """Shown to everyone who works in a unit (or is a superuser)."""

    def is_shown(self, request):
        return request.user.is_superuser or access.units_of(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_briefings_menu():
    items = [
        OfficeMenuItem(_("Briefings"), reverse("wagtailsnippets_briefings_briefing:list"),
                       icon_name="calendar", order=10),
        UnitsMenuItem(_("Tasks"), reverse("briefings_tasks"), icon_name="tasks", order=20),
        OfficeMenuItem(_("Extension requests"), reverse("briefings_extensions"),
                       icon_name="time", order=30),
        OfficeMenuItem(_("Summary for a period"), reverse("briefings_summary"),
                       icon_name="table", order=40),
        OfficeMenuItem(_("Units"), reverse("wagtailsnippets_briefings_unit:list"),
                       icon_name="group", order=50),
        OfficeMenuItem(_("People"), reverse("wagtailsnippets_briefings_person:list"),
                       icon_name="user", order=60),
        OfficeMenuItem(_("Unit staff"), reverse("wagtailsnippets_briefings_membership:list"),
                       icon_name="user", order=70),
    ]
    return SubmenuMenuItem(_("Briefings"), Menu(items=items), icon_name="calendar", order=250)


class DuePanel(Component):
    """What the person's units owe: reports not submitted (due soon or late), overdue tasks."""

    name = "briefings_due"
    template_name = "briefings/admin/due_panel.html"
    order = 15

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        now, today = timezone.now(), timezone.localdate()
        submitted = UnitReport.objects.filter(briefing=OuterRef("briefing"),
                                              unit=OuterRef("unit"), submitted_at__isnull=False)
        reports = (BriefingUnit.objects.filter(unit__in=access.units_for(user),
                                               report_due__gte=now - REPORTS_LOOK_BACK)
                   .exclude(Exists(submitted)).select_related("briefing", "unit")
                   .order_by("report_due"))
        tasks = access.tasks_for(user).overdue(today).select_related(
            "unit", "conclusion__briefing")
        return {"reports": reports[:20], "tasks": tasks[:20], "today": today, "now": now,
                "tasks_count": tasks.count()}


@hooks.register("construct_homepage_panels")
def add_due_panel(request, panels):
    if request.user.is_superuser or access.units_of(request.user).exists():
        panels.append(DuePanel())
