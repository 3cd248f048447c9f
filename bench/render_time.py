"""Benchmark (not a test): mean time to render a page in process, through the full middleware
stack with the page cache off, no load. Run by bench/portal_speed.py under its production
environment; prints one JSON line {"article": ms, "home": ms, "section": ms, "queries": {...}}.

    .venv/bin/python bench/render_time.py HOST ARTICLE_PATH SECTION_PATH [--renders 200]
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bantin.settings.production")
os.environ["PAGE_CACHE_ENABLED"] = "false"

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

WARM_UP = 20


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("host")
    parser.add_argument("article")
    parser.add_argument("section")
    parser.add_argument("--renders", type=int, default=200)
    options = parser.parse_args()
    client = Client(HTTP_HOST=options.host)
    results, queries = {}, {}
    for name, path in (("article", options.article), ("home", "/"),
                       ("section", options.section)):
        for _ in range(WARM_UP):
            assert client.get(path).status_code == 200, path
        times = []
        for _ in range(options.renders):
            started = time.perf_counter()
            response = client.get(path)
            times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200 and "X-Page-Cache" not in response, path
        with CaptureQueriesContext(connection) as captured:
            client.get(path)
        results[name] = round(statistics.mean(times), 2)
        queries[name] = len(captured.captured_queries)
    print(json.dumps({**results, "queries": queries}))


if __name__ == "__main__":
    main()
