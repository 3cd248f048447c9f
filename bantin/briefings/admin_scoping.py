"""What the office of a portal keeps in the admin: the briefings, units, people and unit staff of
the portals whose office a person works in (access.office_sites; superusers: every portal).
Each model registers that scope with core.admin_scoping (listing, edit, delete, history, usage);
the permission policy below adds it to Wagtail's per-object checks (copy, bulk delete), and the
chooser views offer and return only rows in it."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views import chooser

from bantin.briefings import access, roles
from bantin.briefings.models import Briefing, Membership, Person, Unit
from bantin.core.admin_scoping import SCOPES, register_scope

# For each model, the lookup from one of its rows to its portal.
PORTAL_LOOKUPS = {Briefing: "site", Unit: "site", Person: "site", Membership: "unit__site"}


def _of_office_sites(model, portal_lookup):
    def scope(user):
        if user.is_superuser:
            return model.objects.all()
        return model.objects.filter(**{f"{portal_lookup}__in": access.office_sites(user)})
    return scope


def register_scopes():
    for model, portal_lookup in PORTAL_LOOKUPS.items():
        register_scope(model, _of_office_sites(model, portal_lookup))


def staff_accounts(user, keep=None):
    """The accounts `user` may attach to a unit: active accounts of the briefings' groups, less
    those already working in a unit of a portal `user` does not keep (its office's business);
    `keep` (an account id) stays among them whatever it is."""
    accounts = get_user_model().objects.filter(
        is_active=True, groups__name__in=[roles.OFFICE, roles.UNIT_STAFF])
    if not user.is_superuser:
        elsewhere = Membership.objects.exclude(unit__site__in=access.office_sites(user))
        accounts = accounts.exclude(pk__in=elsewhere.values("user"))
    return get_user_model().objects.filter(Q(pk__in=accounts.values("pk")) | Q(pk=keep))


class OfficePortalsPermissionPolicy(ModelPermissionPolicy):
    """The model's permissions, on the rows of the portals the person keeps only."""

    def user_has_permission_for_instance(self, user, action, instance):
        return (self.user_has_permission(user, action)
                and SCOPES[self.model](user).filter(pk=instance.pk).exists())

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model.objects.none()
        return SCOPES[self.model](user)


class MembershipPermissionPolicy(OfficePortalsPermissionPolicy):
    """Attaching staff to a unit is keeping the unit: whoever may view units sees their staff,
    whoever may change them adds, changes and removes staff (the office's groups have these
    rights already; Membership's own permissions are not used)."""

    def __init__(self):
        super().__init__(Membership, auth_model=Unit)

    def _get_permission_codename(self, action):
        return "view_unit" if action == "view" else "change_unit"


def register_permission_policies():
    for model in (Briefing, Unit, Person):
        register_permission_policy(model, OfficePortalsPermissionPolicy(model))
    register_permission_policy(Membership, MembershipPermissionPolicy())


class ScopedChoicesMixin:
    def get_object_list(self):
        return SCOPES[self.model](self.request.user)


class ChooseView(ScopedChoicesMixin, chooser.ChooseView):
    pass


class ChooseResultsView(ScopedChoicesMixin, chooser.ChooseResultsView):
    pass


class ChosenView(chooser.SnippetChosenView):
    def get_object(self, pk):
        return SCOPES[self.model](self.request.user).get(pk=pk)


class ChosenMultipleView(chooser.SnippetChosenMultipleView):
    def get_objects(self, pks):
        return SCOPES[self.model](self.request.user).filter(pk__in=pks)


class OfficePortalsChooserViewSet(chooser.SnippetChooserViewSet):
    choose_view_class = ChooseView
    choose_results_view_class = ChooseResultsView
    chosen_view_class = ChosenView
    chosen_multiple_view_class = ChosenMultipleView
