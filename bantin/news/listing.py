"""Where each article is listed: the paths of its home page, section and subsection, kept on
the article while it is live and public, so that every listing reads an index of its own in
order of publication, and a section's page 500 costs what its page 1 does (#9).

The article's own save keeps them (creation, publishing, unpublishing), and writers in bulk
write them with the rows (news/bulk.py); `refresh` sets them again for a part of the tree when
pages move, an article is unpublished through a plain Page (scheduled expiry) or view
restrictions change (signal_handlers.py). Listings still check what the page tree says (live,
public, under the root): keys gone stale could hide an article, never show one.
"""

from django.apps import apps
from wagtail.models import Page, PageViewRestriction

from bantin.core.restrictions import Restricted

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


def is_public(path):
    """Return whether no view restriction lies on the page at `path` or above it."""
    above = [path[:end] for end in range(Page.steplen, len(path) + 1, Page.steplen)]
    return not PageViewRestriction.objects.filter(page__path__in=above).exists()


def refresh(page):
    """Set the keys of the articles at and under `page` from the tree as it stands; return
    how many changed."""
    article_model = apps.get_model("news", "ArticlePage")
    # Read now, not the remembered copy: this runs as a restriction is being saved.
    restricted = Restricted(
        paths=frozenset(PageViewRestriction.objects.values_list("page__path", flat=True)),
        aliases=frozenset())
    articles = (article_model.objects.filter(path__startswith=page.path)
                .only("path", "live", *FIELDS.values()))
    changed = []
    for article in articles.iterator(chunk_size=BATCH):
        wanted = keys(article.path, listed=article.live and not restricted.on_path(article.path))
        if any(getattr(article, field) != value for field, value in wanted.items()):
            for field, value in wanted.items():
                setattr(article, field, value)
            changed.append(article)
    article_model.objects.bulk_update(changed, list(FIELDS.values()), batch_size=BATCH)
    return len(changed)
