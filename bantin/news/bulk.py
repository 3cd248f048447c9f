"""Articles written in bulk, to try the portal at scale (`seed_bench`): valid, live Wagtail
pages under the sections of a bench portal, many rows per statement (COPY on PostgreSQL,
executemany on SQLite) instead of one save, revision and signal per page.

Each batch is one transaction: the pages (treebeard path, depth and numchild, url_path,
locale, translation key, publication dates), their article rows (with their listing keys,
listing.py) and some daily views. Apps
above news index what was written through the `signals.articles_written` signal, sent inside
that transaction (news does not import search: ARCHITECTURE.md); the search app connects it
to its own bulk indexer, as it connects `page_published` to its per-article one.

The texts come from the demo generator (demo_text), a pool of `POOL_SEEDS` seeds reused in
turn: generating and normalising every article anew costs more than writing it. Article
number n is the nth newest, `INTERVAL` before article n - 1, so a later run adds older ones.
"""

import json
import random
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from django.contrib.contenttypes.models import ContentType
from django.db import connection, models, transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Site

from bantin.core import pagecache, rows
from bantin.core.text import slugify_vi
from bantin.news import demo_text, listing
from bantin.news.demo import PROVINCE
from bantin.news.models import ArticleDailyViews, ArticlePage, HomePage, SectionPage
from bantin.news.signals import articles_written

BENCH_SLUG = "bench"
BENCH_HOSTNAME = "bench.localhost"
BATCH = 5000
POOL_SEEDS = 56  # 5,040 distinct articles
PER_SEED = 90
INTERVAL = timedelta(minutes=5)
VIEWS_DAYS = 30  # the last month's articles have more daily views


@dataclass(frozen=True, slots=True)
class BenchText:
    """A generated article's texts, ready to write; `key` names it in the pool."""

    key: int
    section: str
    title: str
    slug: str
    kicker: str
    lead: str
    body_json: str
    body_text: str  # the body as indexing.plain reads it once rendered
    author: str
    author_unit: str
    source: str


@dataclass(frozen=True, slots=True)
class WrittenArticle:
    """An article written in bulk, as the search index needs it. `same_as` is an article
    written before it in the same run with the same texts (or None): the index can copy that
    article's rows instead of making them again."""

    page_id: int
    path: str
    section_title: str
    published_at: datetime
    public: bool  # no view restriction above it
    text: BenchText
    same_as: int | None


@lru_cache(maxsize=POOL_SEEDS)
def _seed_texts(seed, today):
    return [_text(seed * PER_SEED + index, article) for index, article in enumerate(
        demo_text.generate_articles(seed=seed, count=PER_SEED, today=today))]


def _text(key, article):
    blocks = [{"type": "paragraph", "value": f"<p>{escape(paragraph)}</p>",
               "id": str(uuid.uuid4())} for paragraph in article.paragraphs]
    return BenchText(
        key=key, section=article.section, title=article.title,
        slug=slugify_vi(article.title, max_length=70), kicker=article.kicker, lead=article.lead,
        body_json=json.dumps(blocks, ensure_ascii=False),
        body_text=" ".join(" ".join(article.paragraphs).split()), author=article.author,
        author_unit=article.author_unit, source=article.source)


def bench_text(number, today):
    """Return the texts of bench article `number`."""
    seed, index = divmod(number % (POOL_SEEDS * PER_SEED), PER_SEED)
    return _seed_texts(seed, today)[index]


@transaction.atomic
def bench_portal():
    """Return the bench home page and {demo section slug: section}, making what is absent."""
    home = HomePage.objects.filter(slug=BENCH_SLUG).first()
    if home is None:
        home = Page.get_first_root_node().add_child(
            instance=HomePage(title="Trang chủ thử tải", slug=BENCH_SLUG))
        home.save_revision().publish()
        home.refresh_from_db()
    if not Site.objects.filter(root_page=home).exists():
        default = Site.objects.filter(is_default_site=True).first()
        # Wagtail's first migration makes a "Welcome" page the default site's root: on a
        # database without a portal of its own, the bench portal takes that site's place.
        if default is not None and type(default.root_page.specific) is Page:
            welcome, default.root_page, default.site_name = default.root_page, home, "Thử tải"
            default.save()
            welcome.delete()
        else:
            Site.objects.create(hostname=BENCH_HOSTNAME, port=80, root_page=home,
                                site_name="Thử tải", is_default_site=default is None)
    sections = {}
    for slug, title, children in PROVINCE.sections:
        sections[slug] = parent = _section(home, slug, title)
        for child_slug, child_title in children:
            sections[child_slug] = _section(parent, child_slug, child_title)
    return home, sections


def _section(parent, slug, title):
    section = SectionPage.objects.child_of(parent).filter(slug=slug).first()
    if section is None:
        section = parent.add_child(instance=SectionPage(title=title, slug=slug,
                                                        show_in_menus=True))
        section.save_revision().publish()
    return section


def bench_count(home):
    """Return how many articles the bench portal holds."""
    return ArticlePage.objects.descendant_of(home).count()


def bench_seed(home, sections, *, total, batch=BATCH):
    """Write articles until the bench portal `home` holds `total`; yield each one written."""
    start, written = bench_count(home), {}
    for first in range(start, total, batch):
        yield from articles_write(home, sections, range(first, min(first + batch, total)),
                                  written=written)
    if total > start:
        tables_tidy()


def tables_tidy():
    """Do what autovacuum does after a bulk load, late (or never, where it is off): update
    the planner's statistics, and on PostgreSQL set the listing tables' visibility map.
    Without statistics PostgreSQL counts on a few dozen articles under a home page holding a
    million, and sorts them all to list the newest ten; without the map, a section's count
    reads every article row instead of its listing index alone."""
    with connection.cursor() as cursor:
        # VACUUM cannot run in a transaction (a test's): ANALYZE does all the planner needs.
        if connection.vendor == "postgresql" and not connection.in_atomic_block:
            cursor.execute("VACUUM (ANALYZE) wagtailcore_page, news_articlepage, "
                           "news_articledailyviews")
        cursor.execute("ANALYZE")


def articles_write(home, sections, numbers, *, written=None):
    """Write bench articles `numbers` under `sections` in one transaction; return them.
    `written` maps texts written earlier in the run to their first article's id, and gains
    the texts of these articles."""
    written = {} if written is None else written
    anchor = home.first_published_at
    today = timezone.localdate(anchor)
    texts = [bench_text(number, today) for number in numbers]
    with transaction.atomic():
        if connection.vendor == "postgresql":
            # Bench data: a crash may lose the last batches committed, which a rerun writes.
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL synchronous_commit = off")
        parents = {section.pk: section for section in SectionPage.objects.select_for_update()
                   .filter(pk__in=[section.pk for section in sections.values()])}
        before = {pk: _last_step(parent) for pk, parent in parents.items()}
        listed = {pk: listing.is_public(parent.path) for pk, parent in parents.items()}
        steps = dict(before)
        ids = rows.ids_reserve(Page, len(texts))
        content_type = ContentType.objects.get_for_model(ArticlePage).pk
        locale = Locale.get_default().pk
        pages, articles, views, done = [], [], [], []
        rng = random.Random(numbers[0])
        for page_id, number, text in zip(ids, numbers, texts, strict=True):
            parent = parents[sections[text.section].pk]
            steps[parent.pk] += 1
            if steps[parent.pk] >= len(Page.alphabet) ** Page.steplen:
                raise OverflowError(_("The section %(section)s has no room for more articles.")
                                    % {"section": parent.title})
            path = parent.path + Page._int2str(steps[parent.pk]).rjust(Page.steplen, "0")
            published = anchor - number * INTERVAL
            slug = f"{text.slug}-{number}"
            pages.append({
                "id": page_id, "path": path, "depth": parent.depth + 1, "title": text.title,
                "draft_title": text.title, "slug": slug, "url_path": f"{parent.url_path}{slug}/",
                "live": True, "content_type_id": content_type, "locale_id": locale,
                "translation_key": uuid.uuid4(), "first_published_at": published,
                "last_published_at": published})
            daily = _daily_views(rng, number, published, today)
            article = {"page_ptr_id": page_id, "published_at": published,
                       "view_count": sum(daily.values()) + rng.randint(0, 400),
                       **listing.keys(path, listed=listed[parent.pk])}
            same_as = written.setdefault(text, page_id)
            same_as = None if same_as == page_id else same_as
            if same_as and connection.vendor == "postgresql":
                article[rows.CLONE_OF] = same_as  # the long texts are copied in the database
            else:
                article |= {"kicker": text.kicker, "lead": text.lead, "body": text.body_json,
                            "author_name": text.author, "author_unit": text.author_unit,
                            "source": text.source}
            articles.append(article)
            views += [{"article_id": page_id, "day": day, "views": count}
                      for day, count in daily.items()]
            done.append(WrittenArticle(page_id, path, parent.title, published, listed[parent.pk],
                                       text, same_as))
        rows.insert(Page, pages)
        rows.insert(ArticlePage, articles, local=True)
        rows.insert(ArticleDailyViews, views)
        for pk, step in steps.items():
            if step > before[pk]:
                Page.objects.filter(pk=pk).update(numchild=models.F("numchild") + step - before[pk])
        articles_written.send(sender=ArticlePage, articles=done)
        transaction.on_commit(pagecache.invalidate)
    return done


def _last_step(parent):
    """Return the step of `parent`'s last child (treebeard numbers children in path order)."""
    last = (Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
            .order_by("-path").values_list("path", flat=True).first())
    return Page._str2int(last[-Page.steplen:]) if last else 0


def _daily_views(rng, number, published, today):
    """{day: views} of an article: read most on its first days (the last month's articles on
    their first three, older ones on their first, so that the table holds years of rows as
    it would), and now and then an older one opened again this month."""
    day = timezone.localdate(published)
    age = (today - day).days
    first = int(rng.lognormvariate(5.0, 0.9)) + 1
    views = {day + timedelta(days=after): max(1, int(first * 0.5 ** after))
             for after in range(min(3, age + 1) if age < VIEWS_DAYS else 1)}
    if age >= VIEWS_DAYS and number % 50 == 0:
        views[today - timedelta(days=number % VIEWS_DAYS)] = rng.randint(1, 20)
    return views
