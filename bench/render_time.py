"""Benchmark (not a test): mean time to render pages in process, through a WSGI application as
the app server runs it (the whole middleware stack), with the page cache off, no load. Run by
bench/portal_speed.py, for the portal (bantin/wsgi.py, under its production environment) and
for the stock Wagtail baseline (bench/stock_wagtail); prints one JSON line
{"<name>": ms, ..., "queries": {"<name>": count, ...}}.

    .venv/bin/python bench/render_time.py HOST NAME=PATH... [--application bantin.wsgi]
        [--renders 200]
"""

import argparse
import importlib
import io
import json
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]  # bantin, and the stock baseline (stock_wagtail)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bantin.settings.production")
os.environ["PAGE_CACHE_ENABLED"] = "false"

WARM_UP = 20


def get(application, host, path):
    """GET `path` from `application` as a server would; return (status, headers)."""
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": "",
               "SERVER_NAME": host, "SERVER_PORT": "80", "HTTP_HOST": host,
               "SERVER_PROTOCOL": "HTTP/1.1", "REMOTE_ADDR": "127.0.0.1",
               "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(), "wsgi.errors": sys.stderr,
               "wsgi.multithread": True, "wsgi.multiprocess": True, "wsgi.run_once": False}
    answer = {}

    def start_response(status, headers, exc_info=None):
        answer.update(status=int(status.split()[0]), headers=dict(headers))

    body = application(environ, start_response)
    try:
        b"".join(body)
    finally:
        if hasattr(body, "close"):
            body.close()  # request_finished: what a server does after each answer
    return answer["status"], answer["headers"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("host")
    parser.add_argument("pages", nargs="+", metavar="NAME=PATH")
    parser.add_argument("--application", default="bantin.wsgi")
    parser.add_argument("--renders", type=int, default=200)
    options = parser.parse_args()
    # Importing the application sets Django up, as the app server does.
    application = importlib.import_module(options.application).application
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    results, queries = {}, {}
    for name, path in (page.split("=", 1) for page in options.pages):
        for _ in range(WARM_UP):
            assert get(application, options.host, path)[0] == 200, path
        times = []
        for _ in range(options.renders):
            started = time.perf_counter()
            status, headers = get(application, options.host, path)
            times.append((time.perf_counter() - started) * 1000)
            assert status == 200 and "X-Page-Cache" not in headers, path
        with CaptureQueriesContext(connection) as captured:
            get(application, options.host, path)
        results[name] = round(statistics.mean(times), 2)
        queries[name] = len(captured.captured_queries)
    print(json.dumps({**results, "queries": queries}))


if __name__ == "__main__":
    main()
