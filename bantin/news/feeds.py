"""RSS feeds: one for a portal (its home page) and one for each section, at `<page url>rss/`."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from bantin.core import sites
from bantin.core.models import PortalSettings
from bantin.news import selectors

FEED_LENGTH = 30


class ArticleFeed(Feed):
    """The newest articles under one page (home or section) of the requested site."""

    feed_type = Rss201rev2Feed
    language = "vi"

    def __init__(self, page):
        super().__init__()
        self.page = page

    def get_object(self, request, *args, **kwargs):
        self.request = request
        self.site = sites.find_for_request(request)
        return self.page

    def title(self, page):
        """The portal's name for its home page's feed; "Section - Portal" for a section's."""
        site_name = PortalSettings.for_site(self.site).site_name if self.site else ""
        if self.site and page.pk == self.site.root_page_id:
            return site_name or page.title
        return f"{page.title} - {site_name}" if site_name else page.title

    def link(self, page):
        return page.get_full_url(self.request)

    def description(self, page):
        intro = getattr(page.specific, "intro", "")
        return escape(intro or _("Latest news from %(name)s") % {"name": page.title})

    def items(self, page):
        return selectors.articles_latest(root=page).prefetch_related("tags")[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # Feed readers take <description> as HTML; the lead is plain text, so escape it.
        return escape(item.lead)

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    item_guid_is_permalink = True

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.byline

    def item_categories(self, item):
        return [tag.name for tag in item.tags.all()]
