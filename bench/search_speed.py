"""Benchmark (not a test): search latency over many articles, p50 and p95 over the relevance
suite's queries. Bantin's search (candidates, then its ranker) beside the stock way: the
engine scoring every match (FTS5 bm25, PostgreSQL ts_rank) and keeping the best.

    .venv/bin/python bench/search_speed.py --articles 100000      # a fresh SQLite in /tmp
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bantin_bench \\
        .venv/bin/python bench/search_speed.py --articles 100000  # PostgreSQL (an empty database)

A database that already holds the N articles (a file given in DATABASE_URL, or the PostgreSQL
database of an earlier run) is reused as it is. The articles are `seed_bench`'s (news/bulk.py):
the demo generator's texts, 10,080 of them taken in turn, written in bulk over the sections of
the bench portal and indexed as publishing indexes them.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DATABASE_URL", f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bantin.settings.dev")

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from wagtail.models import Site  # noqa: E402

from bantin.news import bulk  # noqa: E402
from bantin.search import engines, normalise, relevance, service  # noqa: E402
from bantin.search.models import SearchEntry  # noqa: E402

RUNS = 5


def build(count):
    """Fill the bench portal up to `count` articles (seed_bench); return its site."""
    call_command("migrate", verbosity=0)
    call_command("seed_bench", articles=count)
    return Site.objects.get(root_page__slug=bulk.BENCH_SLUG)


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
    site = build(options.articles)
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
