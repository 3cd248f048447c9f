"""Template tags of the library: the "Văn bản mới" sidebar block, and the links from an
article's citations to the register. They only read the current site's public documents.
"""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.timezone import localdate

from bantin.core.sites import site_of_context
from bantin.library import references, selectors

register = template.Library()


@register.inclusion_tag("library/tags/latest_documents.html", takes_context=True)
def latest_documents(context, limit=5):
    """The site's newest public documents, with a link to the whole register."""
    site = site_of_context(context)
    return {"documents": list(selectors.documents_latest(site=site, limit=limit)) if site else []}


@register.filter
def link_citations(html, page):
    """`html` (or plain text, escaped first) with the citations of documents the register of
    `page`'s site holds linked to their pages, as of the page's date of publication."""
    published = getattr(page, "published_at", None)
    # The site's id from the page's address, and only if there are citations: Wagtail keeps
    # the sites' root paths cached, where page.get_site() reads the Site row again on each call
    # (lead and body, #9).
    def site_id():
        parts = page.get_url_parts()
        return parts[0] if parts else None

    return mark_safe(references.link(conditional_escape(html), site=site_id,
                                     on=localdate(published) if published else None))
