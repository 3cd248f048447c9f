"""Read-only listings of articles, scoped to one portal's page tree.

Callers: page context, template tags, feeds and the sitemap. Every listing starts from
`root` (a site's home page or a section), so no public page reads another site's content.
"""

from datetime import timedelta

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import connections
from django.db.models import Count, Exists, OuterRef, Subquery, Sum, Value
from django.db.models.functions import Left, Length
from django.utils import timezone
from wagtail.models import PageViewRestriction, get_page_models

from bantin.core import pagecache, restrictions
from bantin.news import listing

MOST_VIEWED_DAYS = 30
MOST_VIEWED_SECONDS = 300
MOST_VIEWED_CANDIDATES = 50
RELATED_CANDIDATES = 100  # per tag


def _article_model():
    # Resolved lazily: the page models import this module (pages -> selectors).
    return apps.get_model("news", "ArticlePage")


def public(pages):
    """Return `pages` without those under a view restriction (on them or above them).

    Wagtail's `public()` reads every restriction in a query of its own before each listing;
    here they come from where the process remembers them to be (core/restrictions.py), as
    conditions on the paths: none at all on most portals (#9).
    """
    for closed in restrictions.restricted().paths:
        # A treebeard path starts with the path of each page above it.
        pages = pages.exclude(path__startswith=closed)
    return pages


# What a list of links to articles shows (news/tags/article_list.html), and what their
# addresses are made of.
LINK_FIELDS = ("title", "url_path", "path", "depth", "live", "content_type", "locale",
               "published_at", "view_count")


def as_links(articles):
    """Return `articles` read for a list of links: a few columns, no picture (#9)."""
    return articles.select_related(None).only(*LINK_FIELDS)


# What an article card shows (news/tags/article_card.html): a link, with its kicker, lead and
# picture.
CARD_FIELDS = (*LINK_FIELDS, "kicker", "lead", "featured_image")


def as_cards(articles):
    """Return `articles` read for cards: the columns a card shows, with the renditions of their
    pictures fetched in one more query (one lookup per card otherwise)."""
    return (articles.select_related("featured_image").only(*CARD_FIELDS)
            .prefetch_related("featured_image__renditions"))


def site_pages(*, root):
    """Return the pages under `root`, two levels deep, articles left out, live or not, each
    with `private` (under a view restriction): what the menu, the footer, the site map and
    the breadcrumb show. Read in one query once per generation (pagecache.remembered)."""
    return pagecache.remembered(("site-pages", root.pk), lambda: _site_pages(root))


def _site_pages(root):
    # The page types other than articles, named: "not an article" would read every article
    # under `root` (#9), where the content type's index finds the few other pages at once.
    others = [model for model in get_page_models() if model is not _article_model()]
    restricted = PageViewRestriction.objects.filter(
        page__path=Left(OuterRef("path"), Length("page__path")))
    return list(root.get_descendants().filter(depth__lte=root.depth + 2).exact_type(*others)
                .annotate(private=Exists(restricted)))


def page_tree(*, root, in_menu=False, pages=None):
    """Return [(page, [its children])] for the live, public pages under `root`, two levels,
    articles left out; `pages` are site_pages(root=root), if the caller has them."""
    pages = [page for page in (site_pages(root=root) if pages is None else pages)
             if page.live and not page.private and (page.show_in_menus or not in_menu)]
    return [
        (top, [page for page in pages if page.depth > top.depth and page.path.startswith(top.path)])
        for top in pages
        if top.depth == root.depth + 1
    ]


def articles_live(*, root):
    """Return the live, public articles under `root`, newest first, ready for listing."""
    articles = public(_article_model().objects.live())
    field = listing.FIELDS.get(root.depth)
    if field:
        # The listing's own index gives the order (news/listing.py); the conditions on the
        # tree stay the rule of what may be shown.
        articles = articles.filter(**{field: root.path, "path__startswith": root.path})
    else:
        articles = articles.descendant_of(root)
    return (
        articles.defer_streamfields()
        .select_related("featured_image")
        .order_by("-published_at", "-page_ptr_id")
    )


def articles_latest(*, root, limit=None):
    """Return the newest articles under `root`."""
    queryset = articles_live(root=root)
    return queryset[:limit] if limit else queryset


def articles_newest(listings):
    """Return, for each (root, limit) of `listings`, the newest `limit` articles under root.

    Each listing's ids are read from its own index alone (news/listing.py), every listing in one
    query where the database allows a limit in each part of a UNION (PostgreSQL), then the
    articles of them all in one query, with their pictures: a home page shows the newest of
    every section (#9). The articles are checked as articles_live() checks them, so keys gone
    stale could hide one, never show it.
    """
    parts = []
    for number, (root, limit) in enumerate(listings):
        field = listing.FIELDS.get(root.depth)
        articles = (articles_live(root=root) if field is None
                    else _article_model().objects.filter(**{field: root.path})
                    .order_by("-published_at", "-page_ptr_id"))
        parts.append(articles.annotate(listing=Value(number))
                     .values_list("listing", "published_at", "pk")[:limit])
    if len(parts) > 1 and connections[parts[0].db].features.supports_slicing_ordering_in_compound:
        # A UNION promises no order: newest first within each listing again (no date first, as
        # PostgreSQL orders them descending), then listing by listing.
        rows = sorted(parts[0].union(*parts[1:], all=True),
                      key=lambda row: (row[1] is None, row[1] or 0, row[2]), reverse=True)
        rows.sort(key=lambda row: row[0])
    else:
        rows = [row for part in parts for row in part]
    newest = [[] for _ in listings]
    for number, _published_at, pk in rows:
        newest[number].append(pk)
    shown = as_cards(public(_article_model().objects.live())).in_bulk(
        [pk for ids in newest for pk in ids])
    return [
        [shown[pk] for pk in ids if pk in shown and shown[pk].path.startswith(root.path)]
        for (root, _limit), ids in zip(listings, newest, strict=True)
    ]


class ArticlesPaged:
    """The articles under a root for a Paginator, newest first: counted and sliced on the
    listing's index alone, then the rows of the page shown read by their ids, so that a deep
    page skips index entries rather than rows (#9).

    The count is kept until content changes (the page cache's generation): it reads the whole
    listing's index, where a page reads twelve entries past those it skips.
    """

    ordered = True

    def __init__(self, articles, ids, *, count_key):
        self.articles, self.ids, self.count_key = articles, ids, count_key

    def count(self):
        key = f"news:listed:{pagecache.generation()}:{self.count_key}"
        counted = cache.get(key)
        if counted is None:
            counted = self.ids.count()
            cache.set(key, counted, settings.PAGE_CACHE_SECONDS)
        return counted

    def __len__(self):
        return self.count()

    def __getitem__(self, items):
        if not isinstance(items, slice):
            return self[items:items + 1][0]
        # One query: the page's ids are a subquery of it.
        return list(self.articles.filter(pk__in=self.ids[items]))


def articles_paged(*, root):
    """Return the articles under `root` in pages (ArticlesPaged), read for cards."""
    articles = as_cards(articles_live(root=root))
    field = listing.FIELDS.get(root.depth)
    ids = (
        _article_model().objects.filter(**{field: root.path})
        .order_by("-published_at", "-page_ptr_id")
        if field else articles
    ).values("pk")
    return ArticlesPaged(articles, ids, count_key=root.pk)


def articles_most_viewed(*, root, limit=5, days=MOST_VIEWED_DAYS, today=None):
    """Return the articles under `root` read most over the last `days` days, today included,
    each with its `recent_views`, most read first.

    The ranking sums the daily rows of those days only, not every article's, and is kept
    until content changes (the page cache's generation) or MOST_VIEWED_SECONDS pass: every
    page shows it, and readers move it slowly (#9).
    """
    since = (today or timezone.localdate()) - timedelta(days=days - 1)
    key = f"news:most-viewed:{pagecache.generation()}:{root.pk}:{since.isoformat()}:{limit}"
    ranking, articles = cache.get(key), {}
    if ranking is None:
        ranking, articles = _most_viewed_ranking(root=root, since=since, limit=limit)
        cache.set(key, ranking, MOST_VIEWED_SECONDS)
    if any(pk not in articles for pk, _views in ranking):
        # The articles as they are now: one unpublished since is left out.
        articles = articles_live(root=root).in_bulk([pk for pk, _views in ranking])
    shown = []
    for pk, views in ranking:
        if pk in articles:
            articles[pk].recent_views = views
            shown.append(articles[pk])
    return shown


def _most_viewed_ranking(*, root, since, limit):
    """Return [(article id, views since `since`)] of the articles listed under `root`, most
    read first, then newest; and {id: article} of those it read on the way.

    The window's daily rows are summed per article first, without a join (they grow with
    readers, not with articles); the best MOST_VIEWED_CANDIDATES are then checked against
    the listing under `root`. Only when fewer of them belong there than asked for, or ties at
    the cut could change the answer, are the sums joined with the whole listing.
    """
    rows = apps.get_model("news", "ArticleDailyViews").objects.filter(day__gte=since)
    sums = rows.values("article_id").annotate(recent=Sum("views")).filter(recent__gt=0)
    best = list(sums.order_by("-recent").values_list("article_id", "recent")
                [:MOST_VIEWED_CANDIDATES])
    complete = len(best) < MOST_VIEWED_CANDIDATES
    listed = articles_live(root=root).in_bulk([pk for pk, _recent in best])
    ranking = sorted(((pk, recent) for pk, recent in best if pk in listed), reverse=True,
                     key=lambda row: (row[1], listed[row[0]].published_at, row[0]))[:limit]
    if complete or (len(ranking) == limit and ranking[-1][1] > best[-1][1]):
        return ranking, listed
    field = listing.FIELDS.get(root.depth)
    rows = (rows.filter(**{f"article__{field}": root.path}) if field
            else rows.filter(article__in=articles_live(root=root).values("pk")))
    return list(
        rows.values("article_id").annotate(recent=Sum("views")).filter(recent__gt=0)
        .order_by("-recent", "-article__published_at", "-article_id")
        .values_list("article_id", "recent")[:limit]
    ), listed


def articles_related(*, article, home=None, tags=None, limit=5):
    """Return the hand-picked related articles, or else those sharing most tags with `article`
    among the RELATED_CANDIDATES newest of each of its tags (newest written: highest id).

    Both come from the live, public articles of the article's own site, whose home page is
    `home` (looked up if not given); `tags` are the article's, if the caller has them.
    """
    home = home or article.get_site().root_page
    site_articles = as_links(articles_live(root=home)).exclude(pk=article.pk)
    # `has_related_picks`: known from the routing query (HomePage.route), if it read the article.
    picked_ids = ([link.article_id for link in article.related_links.all()]
                  if getattr(article, "has_related_picks", True) else [])
    if picked_ids:
        by_id = site_articles.in_bulk(picked_ids)
        return [by_id[pk] for pk in picked_ids if pk in by_id][:limit]
    # Iterated rather than values_list(): in previews, tags are an in-memory cluster.
    tag_ids = [tag.pk for tag in (article.tags.all() if tags is None else tags)]
    if not tag_ids:
        return []
    # Among each tag's newest articles of the site, not all of them: a common tag is on tens
    # of thousands, which counting the shared tags of would read on every article page (#9).
    tagged_model = apps.get_model("news", "ArticlePageTag")
    tagged = tagged_model.objects.exclude(content_object=article.pk)
    field = listing.FIELDS.get(home.depth)
    if field:
        tagged = tagged.filter(**{f"content_object__{field}": home.path})
    candidates = {pk for tag_id in tag_ids for pk in (
        tagged.filter(tag_id=tag_id).order_by("-content_object_id")
        .values_list("content_object_id", flat=True)[:RELATED_CANDIDATES])}
    shared = (tagged_model.objects.filter(content_object=OuterRef("pk"), tag_id__in=tag_ids)
              .values("content_object").annotate(shared=Count("pk")).values("shared"))
    return list(
        site_articles.filter(pk__in=candidates).annotate(shared_tags=Subquery(shared))
        .order_by("-shared_tags", "-published_at", "-page_ptr_id")[:limit]
    )


def articles_other(*, article, limit=8):
    """Return the older articles of the same section ("Các tin khác")."""
    return list(
        as_links(articles_live(root=article.get_parent()))
        .exclude(pk=article.pk)
        .filter(published_at__lte=article.published_at)[:limit]
    )
