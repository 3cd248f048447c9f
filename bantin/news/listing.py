"""Where each article is listed: the paths of its home page, section and subsection, kept on
the article while it is live and public, so that every listing reads an index of its own in
order of publication, and a section's page 500 costs what its page 1 does (#9).

The article's own save keeps them (creation, publishing, unpublishing); `refresh` sets them
again for a part of the tree when pages move, an article is unpublished through a plain Page
(scheduled expiry) or view restrictions change, and `fill` for articles written in bulk
(signal_handlers.py). Listings still check what the page tree says (live, public, under the
root): keys gone stale could hide an article, never show one.
"""

from django.apps import apps
from django.db import connection
from wagtail.models import Page, PageViewRestriction

# Depth of a listing's root -> the field holding the path of the article's ancestor there:
# home pages are the children of Wagtail's root, sections theirs, subsections those of sections.
FIELDS = {2: "listed_home", 3: "listed_section", 4: "listed_subsection"}
BATCH = 1000


def keys(path, *, listed):
    """Return {field: path of the ancestor, or None} for an article at `path`; None everywhere
    unless it is `listed` (live and public)."""
    return {field: path[:depth * Page.steplen]
            if listed and len(path) > depth * Page.steplen else None
            for depth, field in FIELDS.items()}


def _public(path, restricted):
    return not any(path.startswith(closed) for closed in restricted)


def is_public(path):
    """Return whether no view restriction lies on the page at `path` or above it."""
    above = [path[:end] for end in range(Page.steplen, len(path) + 1, Page.steplen)]
    return not PageViewRestriction.objects.filter(page__path__in=above).exists()


def refresh(page):
    """Set the keys of the articles at and under `page` from the tree as it stands; return
    how many changed."""
    article_model = apps.get_model("news", "ArticlePage")
    restricted = set(PageViewRestriction.objects.values_list("page__path", flat=True))
    articles = (article_model.objects.filter(path__startswith=page.path)
                .only("path", "live", *FIELDS.values()))
    changed = []
    for article in articles.iterator(chunk_size=BATCH):
        wanted = keys(article.path, listed=article.live and _public(article.path, restricted))
        if any(getattr(article, field) != value for field, value in wanted.items()):
            for field, value in wanted.items():
                setattr(article, field, value)
            changed.append(article)
    article_model.objects.bulk_update(changed, list(FIELDS.values()), batch_size=BATCH)
    return len(changed)


# The keys of the articles among some page ids, from their pages, in one statement.
FILL = """
UPDATE news_articlepage SET {columns}
WHERE page_ptr_id IN ({ids})
""".format(ids="{ids}", columns=", ".join(
    f"{field} = (SELECT CASE WHEN p.live AND LENGTH(p.path) > {depth * Page.steplen} "
    f"AND NOT EXISTS (SELECT 1 FROM wagtailcore_pageviewrestriction r "
    f"JOIN wagtailcore_page rp ON rp.id = r.page_id "
    f"WHERE rp.path = SUBSTR(p.path, 1, LENGTH(rp.path))) "
    f"THEN SUBSTR(p.path, 1, {depth * Page.steplen}) END "
    f"FROM wagtailcore_page p WHERE p.id = news_articlepage.page_ptr_id)"
    for depth, field in FIELDS.items()))


def fill(page_ids):
    """Set the keys of the articles among `page_ids` from their pages (bulk writes, whose rows
    no save sees)."""
    page_ids = list(page_ids)
    with connection.cursor() as cursor:
        for start in range(0, len(page_ids), BATCH):
            chunk = page_ids[start:start + BATCH]
            cursor.execute(FILL.format(ids=", ".join(["%s"] * len(chunk))), chunk)
