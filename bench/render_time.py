"""Benchmark (not a test): mean time to render a page in process, through the portal's WSGI
application (bantin/wsgi.py, as the app server runs it: the whole middleware stack) with the page
cache off, no load. Run by bench/portal_speed.py under its production environment; prints one
JSON line {"article": ms, "home": ms, "section": ms, "queries": {...}}.

    .venv/bin/python bench/render_time.py HOST ARTICLE_PATH SECTION_PATH [--renders 200]
"""

import argparse
import io
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bantin.settings.production")
os.environ["PAGE_CACHE_ENABLED"] = "false"

from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from bantin.wsgi import application  # noqa: E402 (sets Django up, as the app server does)

WARM_UP = 20


def get(host, path):
    """GET `path` from the WSGI application as a server would; return (status, headers)."""
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
    parser.add_argument("article")
    parser.add_argument("section")
    parser.add_argument("--renders", type=int, default=200)
    options = parser.parse_args()
    results, queries = {}, {}
    for name, path in (("article", options.article), ("home", "/"),
                       ("section", options.section)):
        for _ in range(WARM_UP):
            assert get(options.host, path)[0] == 200, path
        times = []
        for _ in range(options.renders):
            started = time.perf_counter()
            status, headers = get(options.host, path)
            times.append((time.perf_counter() - started) * 1000)
            assert status == 200 and "X-Page-Cache" not in headers, path
        with CaptureQueriesContext(connection) as captured:
            get(options.host, path)
        results[name] = round(statistics.mean(times), 2)
        queries[name] = len(captured.captured_queries)
    print(json.dumps({**results, "queries": queries}))


if __name__ == "__main__":
    main()
