"""Template tags of the library: the "Văn bản mới" sidebar block. They only read, through
selectors, the current site's public documents."""

from django import template
from wagtail.models import Site

from bantin.library import selectors

register = template.Library()


@register.inclusion_tag("library/tags/latest_documents.html", takes_context=True)
def latest_documents(context, limit=5):
    """The site's newest public documents, with a link to the whole register."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    return {"documents": list(selectors.documents_latest(site=site, limit=limit)) if site else []}
