"""Which portal (Wagtail Site) a template renders for, and which portals a person works on,
read from their page permissions: the scope of every site-owned thing they may see or edit in
the admin (polls, units, documents)."""

from wagtail.models import GroupPagePermission, Page, Site


def sites_for_user(user):
    """Return the sites on which `user` edits pages: every site for administrators (rights on
    Wagtail's root), their own site for its board and its sections' editors."""
    if user.is_superuser:
        return Site.objects.all()
    paths = GroupPagePermission.objects.filter(
        group__user=user, permission__codename="change_page",
    ).values_list("page__path", flat=True)
    homes = {path[:2 * Page.steplen] for path in paths}
    if any(len(home) < 2 * Page.steplen for home in homes):
        return Site.objects.all()
    return Site.objects.filter(root_page__path__in=homes)


def site_of_context(context):
    """Return the site of the request a template renders for, or None (no request)."""
    request = context.get("request")
    return Site.find_for_request(request) if request is not None else None
