"""The page cache's middleware: placed right after security and static files, it answers a
stored page before sessions, authentication and messages run, and keeps what the rest of the
stack renders when `pagecache.storable` says it may (bantin/core/pagecache.py)."""

from bantin.core import pagecache


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        cached = pagecache.lookup(request)
        if cached is not None:
            return cached
        response = self.get_response(request)
        pagecache.store(request, response)
        return response
