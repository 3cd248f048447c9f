"""The register's public documents in sitemap.xml, beside the site's pages."""

from wagtail.contrib.sitemaps import Sitemap

from bantin.library import selectors


class DocumentSitemap(Sitemap):
    """The documents readers may see on the requested site (never the restricted ones)."""

    def items(self):
        return selectors.documents_public(site=self.get_wagtail_site()).order_by("pk")
