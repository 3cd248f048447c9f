"""The two groups of the briefings record. Which briefings, reports and tasks a person sees
follows the unit they work in (bantin/briefings/access.py); the groups give the admin and the
right to keep the record's lists (units, people, briefings), which only the office has."""

OFFICE = "Văn phòng cấp ủy"
UNIT_STAFF = "Cán bộ đơn vị"

UNIT_STAFF_PERMISSIONS = (("wagtailadmin", "access_admin"),)
OFFICE_PERMISSIONS = UNIT_STAFF_PERMISSIONS + tuple(
    ("briefings", f"{action}_{model}")
    for model in ("briefing", "unit", "person")
    for action in ("add", "change", "delete", "view"))
GROUPS = {OFFICE: OFFICE_PERMISSIONS, UNIT_STAFF: UNIT_STAFF_PERMISSIONS}


def groups_create(*, apps):
    """Create both groups with their permissions (idempotent)."""
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    for name, permissions in GROUPS.items():
        group, _ = group_model.objects.get_or_create(name=name)
        for app_label, codename in permissions:
            group.permissions.add(permission_model.objects.get(
                content_type__app_label=app_label, codename=codename))
