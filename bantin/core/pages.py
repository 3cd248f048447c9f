"""What every page type of the portal shares: its public answers are stored by the page cache
(bantin/core/pagecache.py), and its view restrictions are read only where there are some."""

from wagtail.models import PageViewRestriction

from bantin.core import pagecache, restrictions


class CachedPageMixin:
    """For page models: the page's answers (its sub-routes too) are stored for anonymous readers.

    A page under a view restriction reaches `serve` only for a request with a session (Wagtail's
    check answers the others with its password or login form), and such answers stay private.
    """

    def serve(self, request, *args, **kwargs):
        return pagecache.public(super().serve(request, *args, **kwargs), request)

    def get_view_restrictions(self):
        """Wagtail's, read only for the few pages on whose path a restriction or an alias is
        (core/restrictions.py): Wagtail reads the ancestors, then the restrictions, on every
        page it serves (#9)."""
        if restrictions.restricted().may_apply(self.path):
            return super().get_view_restrictions()
        return PageViewRestriction.objects.none()
