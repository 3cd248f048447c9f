"""Template tags of the news app: navigation, sidebar listings, feeds and structured data.

Tags only read, through selectors and the site's own snippets; they never write.
"""

import json

from django import template
from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from bantin.core import pagecache
from bantin.core.models import PortalSettings
from bantin.core.sites import site_of_context
from bantin.news import selectors
from bantin.news.models import (
    ArticlePage,
    BannerLink,
    SectionPage,
    SiteMapPage,
    StandardPage,
    VideoClip,
    WebLink,
)

register = template.Library()

# The characters that could end a <script> element or open a comment inside it; as in
# django.utils.html.json_script, they are written as JSON escapes.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _home(context):
    site = site_of_context(context)
    return site.root_page if site else None


def _site_pages(context, home):
    """The site's sections and plain pages (selectors.site_pages), read once per request for
    the menu, the breadcrumb and the footer (#9)."""
    request = context.get("request")
    pages = getattr(request, "_news_site_pages", None)
    if pages is None:
        pages = selectors.site_pages(root=home)
        if request is not None:
            request._news_site_pages = pages
    return pages


@register.simple_tag(takes_context=True)
def section_menu(context):
    """The main navigation: the site's sections in menus, each with its subsections.

    Rendered once per generation for each way of marking it (the section the page is in, the
    menu page it is), and kept in the process (pagecache.remembered): every page shows it (#9).
    """
    home = _home(context)
    if home is None:
        return ""
    current = context.get("page")
    request = context.get("request")
    tree = selectors.page_tree(root=home, in_menu=True, pages=_site_pages(context, home))
    shown = [home, *(page for top, children in tree for page in (top, *children))]
    above = tuple(page.pk for page in shown
                  if current is not None and current.path.startswith(page.path))
    marked = current.pk if current is not None and above and above[-1] == current.pk else None

    def render():
        items = [{"page": page, "children": children, "active": page.pk in above}
                 for page, children in tree]
        return render_to_string("news/tags/section_menu.html", {
            "home": home, "items": items, "marked": marked, "request": request})

    return pagecache.remembered(("section-menu", home.pk, above, marked), render)


@register.inclusion_tag("news/tags/breadcrumb.html", takes_context=True)
def breadcrumb(context, page):
    """The path from the home page to `page`, for the breadcrumb trail."""
    home = _home(context)
    ancestors = []
    if home is not None and page.pk != home.pk:
        if page.path.startswith(home.path) and page.depth <= home.depth + 3:
            # Among the site's pages the menu reads (two levels; articles have no children).
            ancestors = [home, *(above for above in _site_pages(context, home)
                                 if above.depth < page.depth and page.path.startswith(above.path))]
        else:
            ancestors = list(page.get_ancestors().filter(depth__gte=home.depth))
    return {"ancestors": ancestors, "page": page, "request": context.get("request")}


@register.inclusion_tag("news/tags/article_list.html", takes_context=True)
def latest_articles(context, limit=6):
    home = _home(context)
    articles = list(selectors.articles_latest(root=home, limit=limit)) if home else []
    return {"articles": articles, "heading": _("Latest news"), "block_id": "tin-moi-nhat",
            "request": context.get("request")}


@register.inclusion_tag("news/tags/article_list.html", takes_context=True)
def most_viewed_articles(context, limit=5):
    home = _home(context)
    articles = list(selectors.articles_most_viewed(root=home, limit=limit)) if home else []
    return {"articles": articles, "heading": _("Most viewed"), "block_id": "xem-nhieu-nhat",
            "request": context.get("request"),
            "show_views": True}


@register.inclusion_tag("news/tags/web_links.html", takes_context=True)
def web_links(context):
    site = site_of_context(context)
    links = WebLink.objects.for_site(site).filter(is_active=True) if site else []
    return {"links": links}


@register.inclusion_tag("news/tags/banner_links.html", takes_context=True)
def banner_links(context):
    site = site_of_context(context)
    banners = (
        BannerLink.objects.for_site(site).filter(is_active=True).select_related("image")
        if site
        else []
    )
    return {"banners": banners}


@register.inclusion_tag("news/tags/video_clips.html", takes_context=True)
def video_clips(context, limit=3):
    site = site_of_context(context)
    clips = (
        VideoClip.objects.for_site(site).filter(is_active=True).select_related("poster")[:limit]
        if site
        else []
    )
    return {"clips": clips}


def _feed_url(page, request):
    # specific_deferred: the feed's route is the page class's, no row of its own is needed.
    return page.get_url(request) + page.specific_deferred.reverse_subpage("rss")


@register.inclusion_tag("news/tags/feed_links.html", takes_context=True)
def feed_links(context):
    """`<link rel="alternate">` for the site's feed and, on a section or article, its section's."""
    site, request, page = site_of_context(context), context.get("request"), context.get("page")
    if site is None:
        return {"feeds": []}
    # for_request: the settings the page's template already read, kept on the request.
    site_name = PortalSettings.for_request(request).site_name
    feeds = [(site_name or site.root_page.title, _feed_url(site.root_page, request))]
    section = page.get_parent() if isinstance(page, ArticlePage) else page
    if isinstance(section, SectionPage):
        feeds.append((section.title, _feed_url(section, request)))
    return {"feeds": feeds}


@register.simple_tag(takes_context=True)
def article_jsonld(context, article, tags=None):
    """A schema.org NewsArticle as a JSON-LD script element; `tags` are the article's, if the
    page has them already."""
    request = context.get("request")
    portal = PortalSettings.for_request(request)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "description": article.lead,
        "datePublished": article.published_at.isoformat(),
        "dateModified": (article.updated_at or article.published_at).isoformat(),
        "author": {"@type": "Person", "name": article.byline},
        "publisher": {"@type": "Organization", "name": portal.agency_name or portal.site_name},
        "mainEntityOfPage": article.get_full_url(request),
        "inLanguage": "vi",
        "keywords": [tag.name for tag in (article.tags.all() if tags is None else tags)],
    }
    if article.featured_image_id:
        rendition = article.featured_image.get_rendition("fill-1200x675")
        data["image"] = [request.build_absolute_uri(rendition.url) if request else rendition.url]
    payload = json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


@register.inclusion_tag("news/tags/footer_links.html", takes_context=True)
def footer_links(context):
    """Links to the portal's plain pages ("Giới thiệu", "Liên hệ", "Sơ đồ cổng") and its feed."""
    home = _home(context)
    if home is None:
        return {"pages": []}
    request = context.get("request")
    pages = [page for page in _site_pages(context, home)
             if page.depth == home.depth + 1 and page.live and not page.private
             and page.specific_class in (StandardPage, SiteMapPage)]
    return {"pages": pages, "feed_url": _feed_url(home, request), "request": request}
