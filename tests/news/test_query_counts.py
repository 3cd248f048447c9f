"""Every public page renders with a number of SQL queries that does not grow with the number of
articles (#9): home, a section's first and deep pages, an article, the document register, a
document and the search page are rendered with 100 and with 2,000 articles, and each runs the
same number of queries at both sizes, the number pinned below (so a new N+1 fails here).

The data are built once for the module, inside a transaction rolled back at its end: the
articles are written in bulk by news.bulk (as `seed_bench` writes them, indexed for search),
all in one section, so that its page 50 exists at 2,000 articles (at 100, its last page is
rendered instead), each with one of more pictures than a page shows; the register grows from
10 to 60 documents. Each page is rendered once to warm up (renditions made, settings created),
then counted twice: with every cache emptied, what the process remembers too, so that no cache
answers (a first render); and with the page cache off but the rest kept, as a page the page
cache misses is rendered once the process has read the sites, settings and menus (a warm
render, the one bench/render_time.py times).
"""

import math
from collections import defaultdict
from contextlib import contextmanager
from datetime import date, timedelta

import pytest
from django.conf import settings
from django.core.cache import caches
from django.db import connection, transaction
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape
from taggit.models import Tag
from wagtail.models import Page

from bantin.core import pagecache
from bantin.core.factories import PortalImageFactory
from bantin.library.models import Document, DocumentAttachment
from bantin.news import bulk
from bantin.news.models import ArticlePage, ArticlePageTag
from bantin.news.models.pages import ARTICLES_PER_PAGE
from tests.conftest import build_portal

# The module builds and rolls back its own data (see `queries`); the mark has the test
# database set up.
pytestmark = pytest.mark.django_db

SMALL, LARGE = 100, 2000
DEEP_PAGE = 50  # of the section holding the articles: exists only at LARGE
SEARCHED = "hội nghị"  # in the portal's titles and in many generated texts

# The queries each page runs, whatever the number of articles: first render, warm render.
# The home page's listings (three here): one UNION query on PostgreSQL, one query each on SQLite.
HOME_LISTINGS = 1 if connection.vendor == "postgresql" else 3
PINNED = {
    "home": (19 + HOME_LISTINGS, 2 + HOME_LISTINGS),
    "section": (22, 4),
    "section, deep page": (22, 4),
    "article": (26, 8),
    "document register": (22, 5),
    "document": (20, 3),
    "search": (22, 5),
}


@contextmanager
def rolled_back():
    """Run the block in a transaction that is always rolled back."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


def articles_add(home, section, numbers, images):
    """Write bench articles `numbers` (number n is the nth newest) into `section`, each with
    one of `images` in turn; return them."""
    written = bulk.articles_write(home, defaultdict(lambda: section, {section.slug: section}),
                                  numbers)
    for start, image in enumerate(images):
        ArticlePage.objects.filter(
            pk__in=[article.page_id for article in written[start::len(images)]]
        ).update(featured_image=image)
    return list(ArticlePage.objects.filter(pk__in=[article.page_id for article in written]))


def documents_add(site, numbers):
    """Add public documents numbered `numbers` to `site`'s register; a later one is newer."""
    for number in numbers:
        document = Document(site=site, number=f"{number}-NQ/TU", kind="Nghị quyết",
                            issuing_body="Ban Chấp hành Đảng bộ tỉnh",
                            issued_on=date(2020, 1, 1) + timedelta(days=number),
                            summary=f"Về công tác xây dựng Đảng, đợt {number}")
        document.full_clean()
        document.save()


def newest_first(pages):
    return sorted(pages, key=lambda page: (page.published_at, page.pk), reverse=True)


def rendered(client, url, expected):
    """Render `url` first afresh, then warm; return the SQL of the queries of each."""
    for alias in settings.CACHES:
        caches[alias].clear()
    pagecache.forget()
    first = queries_of(client, url, expected)
    with override_settings(PAGE_CACHE_ENABLED=False):
        return first, queries_of(client, url, expected)


def queries_of(client, url, expected):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    # Rendered now, with the page's own content: no stored or empty answer passes.
    assert response.get("X-Page-Cache") != "hit", url
    assert expected in response.content.decode(), (url, expected)
    return [query["sql"] for query in queries.captured_queries]


def pages_render(tree, listed, document):
    """Render each page of the test; return {page: [sql]}. `listed` are the articles of the
    section "Tin tức", newest first."""
    client = Client()
    news = tree["sections"]["news"]
    deep = min(DEEP_PAGE, math.ceil(len(listed) / ARTICLES_PER_PAGE))
    urls = {
        "home": ("/", escape(listed[0].title)),
        "section": (news.url, escape(listed[0].title)),
        "section, deep page": (f"{news.url}?page={deep}",
                               escape(listed[(deep - 1) * ARTICLES_PER_PAGE].title)),
        "article": (rendered_article(tree).url, escape(rendered_article(tree).title)),
        "document register": ("/van-ban/", escape(Document.objects.first().summary)),
        "document": (document.get_absolute_url(), escape(document.summary)),
        "search": (f"/tim-kiem/?q={SEARCHED}", 'class="search-result"'),
    }
    for url, _expected in urls.values():  # renditions made, satisfaction poll created...
        client.get(url)
    return {name: rendered(client, url, expected) for name, (url, expected) in urls.items()}


def rendered_article(tree):
    """The article rendered: the portal's newest (with a picture and tags), in the section the
    bulk articles go to."""
    return tree["articles"][0]


@pytest.fixture(scope="module")
def queries(django_db_setup, django_db_blocker):
    """{"small": {page: [sql]}, "large": {page: [sql]}}: each page's queries at 100 and at
    2,000 articles."""
    with django_db_blocker.unblock(), rolled_back():
        tree = build_portal()
        home, local = tree["home"], tree["sections"]["local"]
        # The bench articles come after the portal's own, older (bulk anchors them at the
        # home page's first publication).
        oldest = min(article.published_at for article in tree["articles"])
        Page.objects.filter(pk=home.pk).update(first_published_at=oldest - timedelta(hours=1))
        home.refresh_from_db()
        # More pictures than a listing shows: one lookup per picture would show as a query.
        images = PortalImageFactory.create_batch(ARTICLES_PER_PAGE + 1)
        ArticlePage.objects.filter(pk=rendered_article(tree).pk).update(featured_image=images[0])
        tags = [Tag.objects.create(name=name, slug=name) for name in ("giao ban", "xây dựng Đảng")]
        for tag in tags:
            ArticlePageTag.objects.create(content_object=rendered_article(tree), tag=tag)
        documents_add(tree["site"], range(1, 11))
        document = Document.objects.get(number="10-NQ/TU")
        DocumentAttachment.objects.bulk_create([DocumentAttachment(
            document=document, title="Toàn văn", file="van-ban/toan-van.pdf", extension="pdf",
            size=1000)])
        Document.objects.filter(number="09-NQ/TU").update(replaced_by=document,
                                                          status=Document.REPLACED)
        in_news = [page for page in tree["articles"] if page.get_parent().pk == local.pk]
        added = articles_add(home, local, range(SMALL - len(tree["articles"])), images)
        # "Tin liên quan": articles sharing one tag or both with the article rendered.
        ArticlePageTag.objects.bulk_create(
            ArticlePageTag(content_object=article, tag=tag)
            for article, tag in [(added[0], tags[0]), (added[1], tags[0]), (added[1], tags[1])])
        small = pages_render(tree, newest_first(in_news + added), document)
        added += articles_add(home, local, range(SMALL - len(tree["articles"]),
                                                 LARGE - len(tree["articles"])), images)
        documents_add(tree["site"], range(11, 61))
        large = pages_render(tree, newest_first(in_news + added), document)
        assert ArticlePage.objects.count() == LARGE
        yield {"small": small, "large": large}


@pytest.mark.parametrize("render", ["first", "warm"])
@pytest.mark.parametrize("page", list(PINNED))
def test_queries_do_not_grow_with_the_number_of_articles(queries, page, render):
    index = ["first", "warm"].index(render)
    small, large = queries["small"][page][index], queries["large"][page][index]
    listing = "\n".join(sql[:240] for sql in large)
    assert len(small) == len(large), listing
    assert len(large) == PINNED[page][index], listing

