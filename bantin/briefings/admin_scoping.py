"""What the office of a portal keeps in the admin: the briefings, units, people and unit staff of
the portals whose office a person works in (access.office_sites; superusers: every portal).
Each model registers that scope with core.admin_scoping, whose views, permission policy and
chooser then keep to it (listing, edit, delete, history, usage, copy, bulk delete, choosing)."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permissions import register_permission_policy

from bantin.briefings import access, roles
from bantin.briefings.models import Briefing, Membership, Person, Unit
from bantin.core.admin_scoping import ScopedPermissionPolicy, register_scope

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


class MembershipPermissionPolicy(ScopedPermissionPolicy):
    """Attaching staff to a unit is keeping the unit: whoever may view units sees their staff,
    whoever may change them adds, changes and removes staff (the office's groups have these
    rights already; Membership's own permissions are not used)."""

    def __init__(self):
        super().__init__(Membership, auth_model=Unit)

    def _get_permission_codename(self, action):
        return "view_unit" if action == "view" else "change_unit"


def register_permission_policies():
    for model in (Briefing, Unit, Person):
        register_permission_policy(model, ScopedPermissionPolicy(model))
    register_permission_policy(Membership, MembershipPermissionPolicy())
