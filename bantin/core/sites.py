"""Which portal (Wagtail Site) a request is for and a template renders for, and which portals
a person works on, read from their page permissions: the scope of every site-owned thing they
may see or edit in the admin (polls, units, documents)."""

from django.http.request import split_domain_port
from wagtail.models import GroupPagePermission, Page, Site

from bantin.core import pagecache


def _site_with_home(request):
    site = Site._find_for_request(request)
    if site is not None:
        site.root_page = site.root_page.specific
    return site


def find_for_request(request):
    """Set and return the request's site, as Wagtail's `Site.find_for_request()` would find it,
    with its home page of its own class, and the sites' root paths: from what the process
    remembers, where Wagtail reads the sites and then the home page on every request (#9)."""
    if not hasattr(request, "_wagtail_site"):
        # As Wagtail matches: the host as sent (ALLOWED_HOSTS has been checked), and the port.
        host = split_domain_port(request._get_raw_host())[0]
        request._wagtail_site = pagecache.remembered(
            ("site", host, request.get_port()), lambda: _site_with_home(request))
        # The sites' root paths every page address is made from, where Wagtail would ask the
        # shared cache for them on each request.
        request._wagtail_cached_site_root_paths = pagecache.remembered(
            ("site-root-paths",), Site.get_site_root_paths)
    return request._wagtail_site


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
    return find_for_request(request) if request is not None else None
