"""Benchmark (not a test): the relevance suite over the demo portal, Bantin's ranker side by side
with the engine's own order, per query and in all (MRR, nDCG@10).

    .venv/bin/python bench/search_relevance.py            # a fresh SQLite database in /tmp
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bantin_bench .venv/bin/python \\
        bench/search_relevance.py                          # PostgreSQL (an empty database)
"""

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DATABASE_URL", f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bantin.settings.dev")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from bantin.search import relevance  # noqa: E402


def main():
    call_command("migrate", verbosity=0)
    site = relevance.demo_site()
    ranked, ranked_mrr, ranked_ndcg = relevance.evaluate(site)
    engine, engine_mrr, engine_ndcg = relevance.evaluate(site, ranked=False)
    print(f"Relevance suite on {connection.vendor}: {len(ranked)} queries\n")
    print(f"{'query':42} {'RR engine':>9} {'RR Bantin':>9} {'nDCG engine':>11} "
          f"{'nDCG Bantin':>11}")
    for plain, ours in zip(engine, ranked, strict=True):
        print(f"{ours.query[:42]:42} {plain.reciprocal_rank:9.2f} {ours.reciprocal_rank:9.2f} "
              f"{plain.ndcg:11.2f} {ours.ndcg:11.2f}")
    print(f"\n{'mean':42} {engine_mrr:9.3f} {ranked_mrr:9.3f} {engine_ndcg:11.3f} "
          f"{ranked_ndcg:11.3f}")


if __name__ == "__main__":
    main()
