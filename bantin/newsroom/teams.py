"""Create and name the team groups of sections and sites, with their page permissions.

Written against an app registry (`apps`), so the data migration runs the same code with its
historical models as the signal handlers run with the real ones.
"""

from django.apps import apps as global_apps

from bantin.newsroom import roles


def team_name(role, page_title, home_slug):
    """Return "Phóng viên · Xây dựng Đảng · tinh-uy-dong-lam" (the site keeps names unique)."""
    return " · ".join(part for part in (role, page_title, home_slug) if part)


def page_permission(action, *, apps=global_apps):
    """Return the Permission object of a Wagtail page action ("add", "publish"...)."""
    permission_model = apps.get_model("auth", "Permission")
    return permission_model.objects.get(content_type__app_label="wagtailcore",
                                        codename=f"{action}_page")


def teams_sync(page, *, scope, home_slug, apps=global_apps):
    """Make sure `page` (scope "section" or "site") has its team groups, named after it."""
    group_model = apps.get_model("auth", "Group")
    team_model = apps.get_model("newsroom", "Team")
    page_permission_model = apps.get_model("wagtailcore", "GroupPagePermission")
    role_actions = (roles.SECTION_TEAM_PERMISSIONS if scope == "section"
                    else roles.SITE_TEAM_PERMISSIONS)
    title = page.title if scope == "section" else ""
    for role, actions in role_actions.items():
        name = team_name(role, title, home_slug)
        team = team_model.objects.filter(page_id=page.pk, role=role).select_related("group").first()
        if team is None:
            group, _ = group_model.objects.get_or_create(name=name)
            team_model.objects.create(page_id=page.pk, role=role, group=group)
        else:
            group = team.group
            if group.name != name:
                group.name = name
                group.save(update_fields=["name"])
        for action in actions:
            page_permission_model.objects.get_or_create(
                group=group, page_id=page.pk, permission=page_permission(action, apps=apps)
            )
