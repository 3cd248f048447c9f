"""Benchmark (not a test): ten times `make bench`'s load on the production stack for a minute,
while readers are counted, vote and send feedback; then what was accepted against what is
stored (`make bench-load`).

    .venv/bin/python bench/load_without_loss.py [--duration 60] [--connections 2560]

The stack is bench/portal_speed.py's (b): nginx with its front cache in front of granian (2
workers of 2 threads), production settings, PostgreSQL holding the 100,000 bench articles,
Redis. wrk reads the article, home and section pages through nginx with ten times make bench's
256 connections. Meanwhile reader threads, each reader a new visitor with its own cookies, go
through the same nginx as a browser does: the page-state call (counts the article view, hands
out the form tokens), a vote in a poll, and feedback on the article. The limits per address
(READER_RATE_LIMIT, POLL_ADDRESS_WINDOW, POLL_BALLOTS_PER_ADDRESS_PER_DAY, HIT_RATE_LIMIT) are
lifted for the
run, as every reader comes from 127.0.0.1 here: the point is that whatever the portal accepts
is stored. After the load the counters are flushed
(flush_counters) and compared with the database: article views, ballots, feedback rows.
It prints the server errors (5xx) of both, each kind's accepted and stored counts, and exits
non-zero if any 5xx was answered or anything accepted is missing.
"""

import argparse
import http.cookiejar
import json
import os
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import portal_speed  # noqa: E402 (the stack, nginx and wrk of make bench)
from portal_speed import HOST, PICK, Stack, say  # noqa: E402

NORMAL_CONNECTIONS = 256  # make bench's wrk
READERS = 8  # threads sending what readers send, each reader after the other
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36"

# Run in `manage.py shell`: the poll the readers vote in (made once, kept open), and the
# stored counts the run is compared with.
POLL = """
from datetime import timedelta
from django.utils import timezone
from bantin.engagement.models import Poll, PollOption
from bantin.news import bulk
site = bulk.bench_portal()[0].get_site()
poll, made = Poll.objects.get_or_create(
    site=site, question="Bạn đánh giá thế nào về tốc độ của cổng khi nhiều người cùng đọc?",
    defaults={"placement": Poll.SIDEBAR, "opens_at": timezone.now() - timedelta(days=1),
              "is_active": True})
if made:
    for label in ("Nhanh", "Bình thường", "Chậm"):
        PollOption.objects.create(poll=poll, label=label)
print(poll.pk, *poll.options.values_list("pk", flat=True))
"""
STORED = """
import json, sys
from django.db.models import Sum
from bantin.engagement.models import Feedback, PollBallot, SiteDailyVisits
from bantin.news import bulk
from bantin.news.models import ArticleDailyViews, ArticlePage
article, poll, marker = {article}, {poll}, "{marker}"
site = bulk.bench_portal()[0].get_site()
views = ArticleDailyViews.objects.filter(article_id=article).aggregate(n=Sum("views"))["n"]
visits = SiteDailyVisits.objects.filter(site=site).aggregate(n=Sum("visits"))["n"]
print(json.dumps({{
    "views": views or 0, "view_count": ArticlePage.objects.get(pk=article).view_count,
    "visits": visits or 0, "ballots": PollBallot.objects.filter(poll_id=poll).count(),
    "feedback": Feedback.objects.filter(article_id=article, message__contains=marker).count(),
}}))
"""


class BehindTLS(http.cookiejar.DefaultCookiePolicy):
    """Send the portal's Secure cookies back: readers reach it through TLS in production, this
    run speaks plain HTTP to nginx on 127.0.0.1."""

    def return_ok_secure(self, cookie, request):
        return True


class Reader:
    """One visitor through nginx, as a browser: own cookies (the visitor cookie from the poll's
    page, as from any earlier page of the portal), the page-state call, a vote, feedback."""

    def __init__(self, base, article_id):
        self.base, self.article_id = base, article_id
        # Every reader here comes from 127.0.0.1: the browser string tells them apart, as
        # their addresses would (a new visitor's key comes from both, engagement/visitors.py).
        self.agent = f"{BROWSER} reader/{uuid.uuid4().hex[:12]}"
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(
            http.cookiejar.CookieJar(policy=BehindTLS())))

    def post(self, path, fields=None, **headers):
        """POST `fields` (GET without them); return the status and the JSON answer."""
        data = urllib.parse.urlencode(fields, doseq=True).encode() if fields else None
        request = urllib.request.Request(self.base + path, data=data, headers={
            "Host": HOST, "Accept": "application/json", "User-Agent": self.agent, **headers})
        try:
            with self.opener.open(request, timeout=60) as response:
                body = response.read()
                json_answer = "json" in response.headers.get("Content-Type", "")
                return response.status, json.loads(body) if json_answer else {}
        except urllib.error.HTTPError as error:
            return error.code, {}

    def visit(self, poll, option, marker, tally):
        status, _ = self.post(f"/tuong-tac/binh-chon/{poll}/")
        tally[f"poll page {status}"] += 1
        status, state = self.post("/tuong-tac/trang/", {"trang": self.article_id,
                                                          "binh-chon": poll})
        tally[f"page-state {status}"] += 1
        if status != 200:
            return
        tally["views accepted"] += 1  # a new visitor with a cookie: one view, one visit
        token = {"X-CSRFToken": state["csrf"], "Referer": self.base + "/"}
        status, _ = self.post(f"/tuong-tac/binh-chon/{poll}/",
                              {"options": option, "csrfmiddlewaretoken": state["csrf"]}, **token)
        tally[f"vote {status}"] += 1
        tally["ballots accepted"] += status == 200
        status, _ = self.post(f"/tuong-tac/y-kien/{self.article_id}/", {
            "name": "Bạn đọc thử tải", "email": "ban-doc@example.vn", "consent": "on",
            "message": f"Ý kiến gửi trong lúc cổng chịu tải lớn, mã {marker}-{uuid.uuid4().hex}.",
            "started": state["started"], "website": "",
            "csrfmiddlewaretoken": state["csrf"]}, **token)
        tally[f"feedback {status}"] += 1
        tally["feedback accepted"] += status == 201


def readers(base, article_id, poll, options, marker, until, tally, lock):
    mine, turn = Counter(), 0
    while time.monotonic() < until:
        Reader(base, article_id).visit(poll, options[turn % len(options)], marker, mine)
        turn += 1
    with lock:
        tally.update(mine)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--duration", type=int, default=60)
    parser.add_argument("--connections", type=int, default=10 * NORMAL_CONNECTIONS)
    parser.add_argument("--database-url",
                        default="postgres://postgres@127.0.0.1:5432/bantin_bench")
    options = parser.parse_args()
    portal_speed.packages_ensure()
    portal_speed.database_ensure(options.database_url)
    work = Path(tempfile.mkdtemp(prefix="bantin-load-"))
    work.chmod(0o755)
    ports = {name: portal_speed.free_port() for name in ("static", "front", "app")}
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bantin.settings.production",
           "SECRET_KEY": "bench-only-secret-key-" + "x" * 40, "ALLOWED_HOSTS": HOST,
           "SECURE_SSL_REDIRECT": "false", "DATABASE_URL": options.database_url,
           "REDIS_URL": "redis://127.0.0.1:6379/14", "CACHE_KEY_PREFIX": "bantin-bench",
           "STATIC_ROOT": str(work / "static"), "MEDIA_ROOT": str(work / "media"),
           # Every reader comes from 127.0.0.1 here: the limits per address are lifted.
           "READER_RATE_LIMIT": "1000000", "READER_FORM_MIN_SECONDS": "0",
           "POLL_ADDRESS_WINDOW": "0", "POLL_BALLOTS_PER_ADDRESS_PER_DAY": "1000000",
           "HIT_RATE_LIMIT": "0"}
    manage = portal_speed.manage
    say(f"Database {options.database_url}: migrate, {options.articles} articles, a poll")
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "seed_bench", "--articles", str(options.articles))
    manage(env, "collectstatic", "--noinput", "-v0")
    article_path, section_path, _count = manage(
        env, "shell", "--no-imports", "-c", PICK, capture=True).split()
    poll, *poll_options = manage(env, "shell", "--no-imports", "-c", POLL,
                                 capture=True).split()
    article_id = manage(env, "shell", "--no-imports", "-c",
                        "from bantin.news.models import ArticlePage; print(ArticlePage.objects"
                        f".get(url_path__endswith='{article_path}').pk)", capture=True).strip()
    marker = uuid.uuid4().hex[:12]

    def stored():
        manage(env, "flush_counters")
        return json.loads(manage(env, "shell", "--no-imports", "-c", STORED.format(
            article=article_id, poll=poll, marker=marker), capture=True).strip())

    stack = Stack(work, env)
    tally, lock = Counter(), threading.Lock()
    try:
        stack.app(ports["app"])
        stack.nginx(portal_speed.nginx_config(work, static_port=ports["static"],
                                              front_port=ports["front"],
                                              app_port=ports["app"]))
        front = f"http://127.0.0.1:{ports['front']}"
        portal_speed.wait_for(front + "/")
        before = stored()
        paths = work / "paths.txt"
        paths.write_text("\n".join([article_path, "/", section_path]) + "\n")
        say(f"{options.duration} s: wrk with {options.connections} connections "
            f"({options.connections // NORMAL_CONNECTIONS} x make bench's) on article, home "
            f"and section through nginx; {READERS} reader threads counted, voting, sending "
            f"feedback")
        until = time.monotonic() + options.duration
        threads = [threading.Thread(target=readers, args=(
            front, article_id, poll, poll_options, marker, until, tally, lock))
            for _ in range(READERS)]
        for thread in threads:
            thread.start()
        load = argparse.Namespace(connections=options.connections, duration=options.duration,
                                  warmup=1)
        pages = portal_speed.wrk(front + "/", load, paths)
        for thread in threads:
            thread.join()
        after = stored()
    finally:
        stack.stop()

    server_errors = sum(count for key, count in tally.items()
                        if key.split()[-1].isdigit() and int(key.split()[-1]) >= 500)
    print(f"\npages (wrk): {pages['requests']} requests, {pages['rps']:.0f}/s, "
          f"p99 {pages['p99_ms']:.0f} ms, {pages['errors']} errors (status >= 400, timeouts "
          f"and socket errors together)")
    print("reader answers: " + ", ".join(f"{key}: {count}" for key, count in sorted(tally.items())
                                         if key.split()[-1].isdigit()))
    print(f"\n{'':22} {'accepted':>9} {'stored':>9}")
    rows = [("article views", tally["views accepted"], after["views"] - before["views"]),
            ("article view count", tally["views accepted"],
             after["view_count"] - before["view_count"]),
            ("site visits", tally["views accepted"], after["visits"] - before["visits"]),
            ("poll ballots", tally["ballots accepted"], after["ballots"] - before["ballots"]),
            ("feedback", tally["feedback accepted"], after["feedback"] - before["feedback"])]
    for label, accepted, kept in rows:
        print(f"{label:22} {accepted:9d} {kept:9d}")
    print(f"\nserver errors (5xx) of the readers: {server_errors}")
    lost = [label for label, accepted, kept in rows if kept < accepted]
    if server_errors or lost or pages["errors"]:
        raise SystemExit(f"FAILED: server errors {server_errors}, page errors "
                         f"{pages['errors']}, lost: {', '.join(lost) or 'nothing'}")
    print("nothing accepted was lost")


if __name__ == "__main__":
    main()
