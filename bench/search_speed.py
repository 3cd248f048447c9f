"""Benchmark (not a test): search latency over many articles, p50 and p95 over the relevance
suite's queries. Bantin's search (candidates, then its ranker) beside the stock way: the
engine scoring every match (FTS5 bm25, PostgreSQL ts_rank) and keeping the best.

    .venv/bin/python bench/search_speed.py --articles 100000      # a fresh SQLite in /tmp
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bantin_bench \\
        .venv/bin/python bench/search_speed.py --articles 100000  # PostgreSQL (an empty database)

A database that already holds the N articles (a file given in DATABASE_URL, or the PostgreSQL
database of an earlier run) is reused as it is. The articles are the demo generator's, many
seeds over: pages are written in bulk (one tree level under one section), then indexed
through the same normalisation as publishing uses.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DATABASE_URL", f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bantin.settings.dev")

import django  # noqa: E402

django.setup()

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Locale, Page, Site  # noqa: E402

from bantin.news import demo_text  # noqa: E402
from bantin.news.models import ArticlePage, HomePage, SectionPage  # noqa: E402
from bantin.search import engines, indexing, normalise, relevance, service  # noqa: E402
from bantin.search.models import SearchEntry  # noqa: E402

BATCH = 2000
RUNS = 5


def generated(count):
    """Yield `count` demo articles, 90 per seed."""
    made, seed = 0, 0
    while made < count:
        for article in demo_text.generate_articles(seed=seed, count=90, today=date(2026, 11, 27)):
            if made == count:
                return
            made += 1
            yield article
        seed += 1


def site_build():
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Trang chủ", slug="bench"))
    Site.objects.update_or_create(is_default_site=True, defaults={
        "hostname": "localhost", "port": 80, "root_page": home, "site_name": "Bench"})
    return home.add_child(instance=SectionPage(title="Tin tức", slug="tin-tuc"))


def pages_write(section, articles, first_number):
    """Write `articles` as live ArticlePages under `section`, in bulk; return their ids."""
    content_type = ContentType.objects.get_for_model(ArticlePage)
    locale = Locale.get_default()
    now = timezone.now()
    pages = []
    for offset, article in enumerate(articles):
        number = first_number + offset
        published = now - timedelta(days=article.days_ago, hours=number % 24)
        pages.append(Page(
            title=article.title, draft_title=article.title, slug=f"bai-{number}",
            path=ArticlePage._get_path(section.path, section.depth + 1, number + 1),
            depth=section.depth + 1, numchild=0, url_path=f"{section.url_path}bai-{number}/",
            live=True, content_type=content_type, locale=locale,
            translation_key=uuid.uuid4(), first_published_at=published,
            last_published_at=published))
    Page.objects.bulk_create(pages)
    ids = list(Page.objects.filter(path__in=[p.path for p in pages]).order_by("path")
               .values_list("pk", flat=True))
    fields = ArticlePage._meta.local_concrete_fields
    rows = []
    for page_id, article, page in zip(ids, articles, pages, strict=True):
        child = ArticlePage(page_ptr_id=page_id, lead=article.lead, author_name=article.author,
                            published_at=page.first_published_at,
                            body=[("paragraph", f"<p>{p}</p>") for p in article.paragraphs])
        rows.append([field.get_db_prep_save(field.value_from_object(child), connection)
                     for field in fields])
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    marks = ", ".join(["%s"] * len(fields))
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {ArticlePage._meta.db_table} ({columns}) "
                           f"VALUES ({marks})", rows)
    return list(zip(ids, articles, pages, strict=True))


def index_write(section, written):
    """Index the written articles as indexing.index would, in bulk."""
    engine = engines.engine()
    entries = [indexing.entry_made(
        page_id=page_id, path=page.path, section_title=section.title,
        published_at=page.first_published_at, title=article.title, lead=article.lead,
        body=" ".join(article.paragraphs)) for page_id, article, page in written]
    SearchEntry.objects.bulk_create(entries)
    for entry in entries:
        engine.write(entry)
    indexing.terms_count(Counter(token for entry in entries for token in indexing.tokens(entry)))


def build(count):
    call_command("migrate", verbosity=0)
    if SearchEntry.objects.count() == count:
        print(f"{count} articles already written and indexed: reused")
        return
    section = site_build()
    started, done = time.perf_counter(), 0
    articles = generated(count)
    while done < count:
        batch = [article for _, article in zip(range(BATCH), articles, strict=False)]
        with transaction.atomic():
            index_write(section, pages_write(section, batch, done))
        done += len(batch)
        print(f"\r{done:>7} / {count} articles written and indexed", end="", flush=True)
    SectionPage.objects.filter(pk=section.pk).update(numchild=count)
    print(f" in {time.perf_counter() - started:.0f} s")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE search_searchentry")


def timed(function, *args, **options):
    started = time.perf_counter()
    function(*args, **options)
    return (time.perf_counter() - started) * 1000


def stock(site, text):
    """The engine alone scoring every match of every word, as stock full-text search does."""
    engines.engine().ranked(normalise.parse(text).groups(), any_group=False,
                            scope=engines.Scope(site.root_page.path), limit=service.CANDIDATES)


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    options = parser.parse_args()
    build(options.articles)
    site = Site.objects.get(is_default_site=True)
    rows = []
    for query, _expected in relevance.SUITE:
        cache.clear()
        cold = timed(service.run, query, site=site)
        engine_only = [timed(stock, site, query) for _ in range(RUNS)]
        full = [timed(service.run, query, site=site) for _ in range(RUNS)]
        rows.append((query, cold, statistics.median(engine_only), statistics.median(full)))
    print(f"\nSearch latency on {connection.vendor}, {SearchEntry.objects.count()} articles, "
          f"{len(rows)} queries, median of {RUNS} runs each (ms)\n")
    print(f"{'query':42} {'stock engine':>12} {'Bantin':>8} {'Bantin, cold':>12}")
    for query, cold, engine_only, full in rows:
        print(f"{query[:42]:42} {engine_only:12.1f} {full:8.1f} {cold:12.1f}")
    for label, column in (("stock engine", 2), ("Bantin", 3), ("Bantin, cold", 1)):
        values = [row[column] for row in rows]
        print(f"{label:>12}: p50 {percentile(values, 0.5):7.1f} ms   "
              f"p95 {percentile(values, 0.95):7.1f} ms")

if __name__ == "__main__":
    main()
