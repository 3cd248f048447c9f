"""Read-only listings of articles, scoped to one portal's page tree.

Callers: page context, template tags, feeds and the sitemap. Every listing starts from
`root` (a site's home page or a section), so no public page reads another site's content.
"""

from datetime import timedelta

from django.apps import apps
from django.db.models import Count, Q, Sum
from django.utils import timezone

MOST_VIEWED_DAYS = 30


def _article_model():
    # Resolved lazily: the page models import this module (pages -> selectors).
    return apps.get_model("news", "ArticlePage")


def page_tree(*, root, in_menu=False):
    """Return [(page, [its children])] for the pages under `root`, two levels, articles left out.

    One query for both levels: the menu and the HTML site map show this on every page.
    """
    pages = (
        root.get_descendants().filter(depth__lte=root.depth + 2).live().public()
        .not_type(_article_model())
    )
    if in_menu:
        pages = pages.in_menu()
    pages = list(pages)
    return [
        (top, [page for page in pages if page.depth > top.depth and page.path.startswith(top.path)])
        for top in pages
        if top.depth == root.depth + 1
    ]


def articles_live(*, root):
    """Return the live, public articles under `root`, newest first, ready for listing."""
    return (
        _article_model()
        .objects.live()
        .public()
        .descendant_of(root)
        .defer_streamfields()
        .select_related("featured_image")
        .order_by("-published_at", "-pk")
    )


def articles_latest(*, root, limit=None):
    """Return the newest articles under `root`."""
    queryset = articles_live(root=root)
    return queryset[:limit] if limit else queryset


def articles_most_viewed(*, root, limit=5, days=MOST_VIEWED_DAYS, today=None):
    """Return the articles under `root` read most over the last `days` days, today included."""
    since = (today or timezone.localdate()) - timedelta(days=days - 1)
    return (
        articles_live(root=root)
        .annotate(recent_views=Sum("daily_views__views", filter=Q(daily_views__day__gte=since)))
        .filter(recent_views__gt=0)
        .order_by("-recent_views", "-published_at")[:limit]
    )


def articles_related(*, article, limit=5):
    """Return the hand-picked related articles, or else those sharing most tags with `article`.

    Both come from the live, public articles of the article's own site.
    """
    site_articles = articles_live(root=article.get_site().root_page).exclude(pk=article.pk)
    picked_ids = [link.article_id for link in article.related_links.all()]
    if picked_ids:
        by_id = site_articles.in_bulk(picked_ids)
        return [by_id[pk] for pk in picked_ids if pk in by_id][:limit]
    # Iterated rather than values_list(): in previews, tags are an in-memory cluster.
    tag_ids = [tag.pk for tag in article.tags.all()]
    if not tag_ids:
        return []
    return list(
        site_articles.filter(tagged_items__tag_id__in=tag_ids)
        .annotate(shared_tags=Count("tagged_items", filter=Q(tagged_items__tag_id__in=tag_ids)))
        .order_by("-shared_tags", "-published_at")[:limit]
    )


def articles_other(*, article, limit=8):
    """Return the older articles of the same section ("Các tin khác")."""
    return list(
        articles_live(root=article.get_parent())
        .exclude(pk=article.pk)
        .filter(published_at__lte=article.published_at)[:limit]
    )
