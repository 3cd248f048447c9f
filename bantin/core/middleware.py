"""The page cache's middleware, first: it answers a stored page before sessions, authentication
and messages run, and keeps what the rest of the stack renders when `pagecache.storable` says it
may (bantin/core/pagecache.py). The site's, last: the request's site from memory."""

from django.utils.deprecation import MiddlewareMixin
from wagtail import views as wagtail_views

from bantin.core import pagecache, sites


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        cached = pagecache.lookup(request)
        if cached is not None:
            return cached
        with pagecache.held(request):
            response = self.get_response(request)
        pagecache.store(request, response)
        return response


class SiteMiddleware(MiddlewareMixin):
    """Before Wagtail serves a page, finds the request's site and home page from what the
    process remembers (bantin/core/sites.py), where Wagtail would read them. After
    CommonMiddleware: the host is an allowed one."""

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_views.serve:
            sites.find_for_request(request)
