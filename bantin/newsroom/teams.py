"""Create and name the team groups of sections and sites, with their page permissions.

Writers and editors get their permissions on their section; the board of a site gets its
permissions on every section of that site (not on the home page, so that adding sections and
plain pages stays with the administrators). Written against an app registry (`apps`), so the
data migration runs the same code with its historical models as the signal handlers do.
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


def _team_group(page_id, role, name, *, apps):
    group_model = apps.get_model("auth", "Group")
    team_model = apps.get_model("newsroom", "Team")
    team = team_model.objects.filter(page_id=page_id, role=role).select_related("group").first()
    taken = group_model.objects.filter(name=name).exclude(team__page_id=page_id, team__role=role)
    if taken.exists():  # two sections with one title in a site: the page id tells them apart
        name = f"{name} #{page_id}"
    name = name[:150]  # Group.name's length
    if team is None:
        group = group_model.objects.create(name=name)
        team_model.objects.create(page_id=page_id, role=role, group=group)
        return group
    if team.group.name != name:
        team.group.name = name
        team.group.save(update_fields=["name"])
    return team.group


def _grant(group, page_id, actions, *, apps):
    page_permission_model = apps.get_model("wagtailcore", "GroupPagePermission")
    for action in actions:
        page_permission_model.objects.get_or_create(
            group=group, page_id=page_id, permission=page_permission(action, apps=apps)
        )


def site_teams_sync(home, *, apps=global_apps):
    """Make sure the site whose home page is `home` has its board group."""
    for role in roles.SITE_TEAM_PERMISSIONS:
        _team_group(home.pk, role, team_name(role, "", home.slug), apps=apps)


def section_teams_sync(section, home, *, apps=global_apps):
    """Make sure `section` has its writer and editor teams, and its site's board may act on it."""
    for role, actions in roles.SECTION_TEAM_PERMISSIONS.items():
        group = _team_group(section.pk, role, team_name(role, section.title, home.slug),
                            apps=apps)
        _grant(group, section.pk, actions, apps=apps)
    for role, actions in roles.SITE_TEAM_PERMISSIONS.items():
        group = _team_group(home.pk, role, team_name(role, "", home.slug), apps=apps)
        _grant(group, section.pk, actions, apps=apps)
