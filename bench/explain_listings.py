"""Benchmark (not a test): the query plans of the article listings on PostgreSQL at scale,
each statement the selectors send, as sent, through EXPLAIN (ANALYZE, BUFFERS); a sequential
scan of the page, article or daily-views table is flagged.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bantin_bench \\
        .venv/bin/python manage.py seed_bench --articles 1000000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bantin_bench \\
        .venv/bin/python bench/explain_listings.py [--verbose]

Listings: "Tin mới nhất" of the home page, a section's pages 1 and 50 (its count and its
page), "Các tin khác" of an article in that section, "Xem nhiều nhất" of the home page. Each
is run once first, with its statements captured (their SQL as the driver sent it, from
connection.ops.last_executed_query), so the plans are of warm caches, as readers meet them.
"""

import argparse
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bantin.settings.dev")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test.client import RequestFactory  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from bantin.news import bulk, selectors  # noqa: E402
from bantin.news.models import ArticlePage, HomePage, SectionPage  # noqa: E402

WATCHED = ("wagtailcore_page", "news_articlepage", "news_articledailyviews")
SEQ_SCAN = re.compile(r"Seq Scan on (\w+)")
EXECUTION = re.compile(r"Execution Time: ([\d.]+) ms")
SECTION = "tin-trong-tinh"  # the largest section of the bench portal
OTHER_AT = 5000  # "Các tin khác" of the section's 5,001st newest article


def section_page(section, number):
    request = RequestFactory().get(section.url, {"page": number})
    return lambda: list(section.get_context(request)["articles"])


def listings(home):
    section = SectionPage.objects.get(slug=SECTION, path__startswith=home.path)
    article = ArticlePage.objects.child_of(section).order_by("-published_at", "-pk")[OTHER_AT]
    return [
        ("Tin mới nhất (home, 10)", lambda: list(selectors.articles_latest(root=home, limit=10))),
        (f"Section {section.title}, page 1", section_page(section, 1)),
        (f"Section {section.title}, page 50", section_page(section, 50)),
        ("Các tin khác (8)", lambda: selectors.articles_other(article=article, limit=8)),
        ("Xem nhiều nhất (home, 5)",
         lambda: list(selectors.articles_most_viewed(root=home, limit=5))),
    ]


def statements(listing):
    """Run `listing`; return the SELECTs it sent on the watched tables."""
    with CaptureQueriesContext(connection) as captured:
        listing()
    return [query["sql"] for query in captured.captured_queries
            if query["sql"].startswith("SELECT") and any(t in query["sql"] for t in WATCHED)]


def explain(sql):
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}")
        return "\n".join(row[0] for row in cursor.fetchall())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--verbose", action="store_true", help="print each statement's SQL")
    options = parser.parse_args()
    if connection.vendor != "postgresql":
        sys.exit("explain_listings.py needs PostgreSQL: set DATABASE_URL")
    home = HomePage.objects.get(slug=bulk.BENCH_SLUG)
    print(f"{bulk.bench_count(home)} articles in the bench portal\n")
    summary = []
    for name, listing in listings(home):
        for number, sql in enumerate(statements(listing), 1):
            plan = explain(sql)
            scans = sorted({table for table in SEQ_SCAN.findall(plan) if table in WATCHED})
            top = plan.splitlines()[0].split("  (")[0].strip()
            milliseconds = float(EXECUTION.search(plan).group(1))
            summary.append((f"{name} #{number}", top, milliseconds, scans))
            print(f"=== {name}, statement {number}" + (" — SEQ SCAN: " + ", ".join(scans)
                                                        if scans else ""))
            if options.verbose:
                print(sql, "\n")
            print(plan, "\n")
    print(f"{'listing, statement':40} {'ms':>9}  {'plan top node':40} seq scans")
    for name, top, milliseconds, scans in summary:
        print(f"{name:40} {milliseconds:9.1f}  {top[:40]:40} {', '.join(scans) or '-'}")


if __name__ == "__main__":
    main()
