"""Benchmark helper of bench/scale_out.sh (not a test): publish a new title of an article as an
editor would, then read it from each app process and from nginx until past the replica pin.

    scale_out_publish.py pick       # prints the path of the default site's latest live article
    scale_out_publish.py publish --path /a/b/ --host localhost:8080 \\
        --target app1=http://127.0.0.1:8001 --target nginx=http://127.0.0.1:8080 ...

Runs with the app's own environment (DATABASE_URL, DATABASE_REPLICA_URL, REDIS_URL...). Once
publishing has returned, each target gets a read every --interval (0.1) s, each sent without
waiting for the others (under load an answer may take long, and what counts is what a reader
asking at a given moment gets): every other read at the article's address (the one the load
reads, so the page caches are on the way), the others at addresses no cache holds (rendered,
from the replica once the router's pin has passed). It also times the replica's replay of the
publish. Exit status 1 when a read sent --limit seconds or more after publishing still shows
the old title, when no read shows the new one, or when a read fails.
"""

import argparse
import os
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bantin.settings.production")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connections  # noqa: E402
from wagtail.models import Site  # noqa: E402

from bantin.core.db_router import OVERSHOOT  # noqa: E402
from bantin.news.models import ArticlePage  # noqa: E402

TIMEOUT = 10.0


def latest_article():
    """The newest live article of the default site (the one Host: localhost reaches)."""
    root = Site.objects.get(is_default_site=True).root_page
    return (ArticlePage.objects.live().public().descendant_of(root)
            .order_by("-published_at", "-pk").first())


def fetch(base, path, host):
    """GET base+path with the given Host header; return (status, body text)."""
    request = urllib.request.Request(base + path, headers={"Host": host})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, ""
    except OSError:  # refused, reset, timed out: a failed read
        return 0, ""


def read_after(name, base, path, host, started, until, interval, answers):
    """Send a request every `interval` seconds from `started` to `until`, each in its own thread
    (a slow answer delays no later request), every other one to an address no cache holds; record
    (name, uncached, sent, answered, status, body) of each, times from `started`."""
    threads, n = [], 0
    while time.time() < until:
        n += 1
        # The load's uncached reads use ?lan=N: these addresses must be new to every cache.
        target = f"{path}?doc={int(started)}-{n}" if n % 2 == 0 else path

        def one(target=target):
            sent = time.time() - started
            status, body = fetch(base, target, host)
            answers.append((name, target != path, sent, time.time() - started, status, body))

        thread = threading.Thread(target=one)
        thread.start()
        threads.append(thread)
        time.sleep(interval)
    for thread in threads:
        thread.join()


def replica_lag(page_id, title, started):
    """Seconds from `started` until the replica holds `title` for the page, or None."""
    if "replica" not in connections:
        return None
    with connections["replica"].cursor() as cursor:
        while time.time() - started < TIMEOUT:
            cursor.execute("SELECT title FROM wagtailcore_page WHERE id = %s", [page_id])
            if cursor.fetchone()[0] == title:
                return time.time() - started
            time.sleep(0.001)
    return None


def replica_transactions(start, end, result):
    """Count the transactions the replica's database commits between `start` and `end`."""
    if "replica" not in connections:
        return
    name = connections["replica"].settings_dict["NAME"]
    query = "SELECT xact_commit FROM pg_stat_database WHERE datname = %s"
    with connections["replica"].cursor() as cursor:
        time.sleep(max(0.0, start - time.time()))
        cursor.execute(query, [name])
        first = cursor.fetchone()[0]
        time.sleep(max(0.0, end - time.time()))
        # The statistics reach pg_stat_database within a second of each transaction.
        time.sleep(1)
        cursor.execute(query, [name])
        result["count"] = cursor.fetchone()[0] - first - 1
    connections["replica"].close()


def replication_lag():
    """The primary's view of its standbys: write, flush and replay lag."""
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT application_name, state, write_lag, flush_lag, replay_lag "
                       "FROM pg_stat_replication")
        return "; ".join(
            f"{name} {state} write {write} flush {flush} replay {replay}"
            for name, state, write, flush, replay in cursor.fetchall()
        ) or "no standby"


def publish(args):
    article = latest_article()
    old_title = article.title
    new_title = f"Bản tin nhân rộng số {int(time.time())}"
    editor = get_user_model().objects.filter(is_superuser=True).first()

    # As the editor's "Xuất bản" does: a new revision, then publishing it.
    article.title = new_title
    before = time.time()
    revision = article.save_revision(user=editor, log_action=True)
    revision.publish(user=editor)
    started = time.time()
    print(f"published in {started - before:.3f} s: {new_title!r} ({args.path})")

    lag = {}
    replica = threading.Thread(target=lambda: lag.update(
        seconds=replica_lag(article.pk, new_title, started)))
    replica.start()
    # Past the router's pin, so that the last answers are rendered from the replica again.
    pin_over = started + OVERSHOOT * settings.DATABASE_REPLICA_PIN_SECONDS
    until = pin_over + 2
    after_pin = {}
    counter = threading.Thread(target=replica_transactions, args=(pin_over, until, after_pin))
    counter.start()
    answers, threads = [], [counter]
    for name, base in args.target:
        thread = threading.Thread(target=read_after, args=(
            name, base, args.path, args.host, started, until, args.interval, answers))
        thread.start()
        threads.append(thread)
    for thread in [replica, *threads]:
        thread.join()

    shown = f"{lag['seconds']:.4f} s" if lag["seconds"] is not None else "NOT within 10 s"
    print(f"replica replayed it {shown} after publish returned; "
          f"primary's pg_stat_replication: {replication_lag()}")
    failed = lag["seconds"] is None
    print(f"reads sent every {args.interval:.1f} s for {until - started:.1f} s after publish "
          "returned (every other one at an address no cache holds):")
    for name, _base in args.target:
        mine = sorted(answer for answer in answers if answer[0] == name)
        new = [answer for answer in mine if answer[4] == 200 and new_title in answer[5]]
        old = [answer for answer in mine if answer[4] == 200 and old_title in answer[5]]
        errors = [answer for answer in mine if answer[4] != 200]
        stale_until = max((answer[2] for answer in old), default=0.0)
        first_new = min(new, key=lambda answer: answer[2], default=None)
        slowest = max(answer[3] - answer[2] for answer in mine)
        ok = bool(new) and stale_until < args.limit and not errors
        failed |= not ok
        first = (f"first new title in the read sent at +{first_new[2]:.3f} s (answered at "
                 f"+{first_new[3]:.3f} s)" if new else "the new title never")
        print(f"  {name:6} {len(mine)} reads: {first}; {len(old)} old (last sent at "
              f"+{stale_until:.3f} s), {len(errors)} failed; slowest answer {slowest:.3f} s "
              f"{'ok' if ok else 'FAIL'}")
    if "count" in after_pin:
        print(f"the replica committed {after_pin['count']} transactions from the end of the "
              f"router's pin (+{pin_over - started:.1f} s) to the last read")
    return 1 if failed else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("pick")
    run = sub.add_parser("publish")
    run.add_argument("--path", required=True)
    run.add_argument("--host", required=True, help="Host header the readers send")
    run.add_argument("--target", action="append", required=True,
                     type=lambda text: tuple(text.split("=", 1)), help="name=http://host:port")
    run.add_argument("--limit", type=float, default=1.0)
    run.add_argument("--interval", type=float, default=0.1, help="seconds between reads")
    args = parser.parse_args()
    if args.command == "pick":
        print(latest_article().get_url_parts()[2])
        return 0
    return publish(args)


if __name__ == "__main__":
    sys.exit(main())
