"""Faults with real servers (issue 10): a PostgreSQL cluster and a redis-server of the test's
own, on spare ports, stopped and started for real while an app process serves.

With the database stopped, stored pages are still served and every other page, the admin too,
answers the 503 page; when it comes back the same process serves again, also after a restart
it never saw. With Redis stopped, pages render from the database and each view and visit hit
is counted there at once; when Redis comes back nothing is lost, neither what was counted
meanwhile nor what waited in Redis before (kept on disk, as docs/deploy.md asks)."""

import glob
import http.cookiejar
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import timedelta
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.db.models import Sum
from django.utils import timezone

from bantin.engagement.models import Feedback, PollBallot, SiteDailyVisits
from tests.conftest import build_portal
from tests.core.test_faults import ENGLISH, MAINTENANCE, visible_text
from tests.core.test_pagecache_processes import database_url, free_port
from tests.engagement.test_polls import make_poll

PROJECT = Path(__file__).resolve().parents[2]
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36"
# The portal of the stopped-database tests, written by the app's own code into the cluster.
SEED = """
import json
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore
from tests.conftest import build_portal
portal = build_portal()
editor = get_user_model().objects.create_superuser("quantri", "qt@example.vn",
                                                    "mat-khau-rat-dai-123")
session = SessionStore()
session.update({SESSION_KEY: str(editor.pk), HASH_SESSION_KEY: editor.get_session_auth_hash(),
                BACKEND_SESSION_KEY: settings.AUTHENTICATION_BACKENDS[0]})
session.create()
print(json.dumps({"article": portal["articles"][0].url, "session": session.session_key,
                  "sections": [section.url for section in portal["sections"].values()]}))
"""


def wait_until(ready, what):
    for _ in range(300):
        if ready():
            return
        time.sleep(0.1)
    pytest.fail(f"{what} did not start")


class Postgres:
    """A throwaway PostgreSQL cluster on a spare port. initdb refuses to run as root: under
    root (as in CI) the cluster belongs to the `postgres` user."""

    def __init__(self, bin_dir):
        self.bin = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="bantin-faults-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.owner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/bantin"

    def run(self, program, *args):
        return subprocess.run([*self.owner, str(self.bin / program), *map(str, args)],
                              capture_output=True, text=True, check=True)

    def create(self):
        if self.owner:
            shutil.chown(self.root, "postgres")
        self.run("initdb", "-D", self.data, "-U", "postgres", "-A", "trust", "-E", "UTF8",
                 "--no-locale", "--no-sync")
        self.start()
        self.run("createdb", "-h", "127.0.0.1", "-p", self.port, "-U", "postgres", "bantin")

    def start(self):
        self.run("pg_ctl", "-D", self.data, "-l", self.root / "server.log", "-w", "-o",
                 f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off",
                 "start")

    def stop(self):
        self.run("pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")

    def remove(self):
        subprocess.run([*self.owner, str(self.bin / "pg_ctl"), "-D", str(self.data), "-m",
                        "immediate", "-w", "stop"], capture_output=True)
        shutil.rmtree(self.root, ignore_errors=True)


def postgres_binaries():
    """The newest PostgreSQL's programs (Debian keeps them out of PATH), or None."""
    folders = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                     key=lambda folder: int(re.sub(r"\D", "", folder) or 0), reverse=True)
    on_path = shutil.which("pg_ctl")
    for folder in [*folders, *([str(Path(on_path).parent)] if on_path else [])]:
        if all((Path(folder) / name).exists() for name in ("initdb", "pg_ctl", "createdb")):
            return Path(folder)
    return None


class RedisServer:
    """A redis-server on a spare port that writes every change to its append-only file, so
    what waits in it survives a stop, as in production (docs/deploy.md)."""

    def __init__(self, binary):
        self.binary = binary
        self.folder = Path(tempfile.mkdtemp(prefix="bantin-faults-redis-"))
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--dir",
             str(self.folder), "--appendonly", "yes", "--appendfsync", "always", "--save", ""],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        client = redis.Redis(port=self.port)

        def answers():
            try:
                return client.ping()
            except redis.RedisError:
                return False

        wait_until(answers, "redis-server")

    def stop(self):
        self.process.terminate()  # SIGTERM: Redis writes what it holds and exits
        self.process.wait(30)


class App:
    """The portal in one process, on one thread (runserver --nothreading): its database
    connection then lives from one request to the next (CONN_MAX_AGE), as a worker's does."""

    def __init__(self, env, log):
        self.port = free_port()
        self.log = log
        with open(log, "w") as stderr:
            self.process = subprocess.Popen(
                [sys.executable, "manage.py", "runserver", "--noreload", "--nothreading",
                 "--skip-checks", f"127.0.0.1:{self.port}"],
                cwd=PROJECT, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
        self.env = env

        def answers():
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz/", timeout=5)
                return True
            except OSError:
                return False

        wait_until(answers, "the app process")

    def reader(self, agent=BROWSER):
        return Reader(self, agent)

    def stop(self):
        self.process.terminate()
        self.process.wait(30)


class Reader:
    """A browser: its own cookies, its name, the portal's host name."""

    def __init__(self, app, agent):
        self.base = f"http://127.0.0.1:{app.port}"
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        self.agent = agent

    def request(self, path, data=None, **headers):
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(self.base + path, data=body, headers={
            "Host": "testserver", "User-Agent": self.agent, **headers})
        try:
            response = self.opener.open(request, timeout=30)
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read().decode()
        return response.status, response.headers, response.read().decode()

    def page_state(self, page_id):
        status, _, body = self.request("/tuong-tac/trang/", {"trang": page_id},
                                       Accept="application/json")
        assert status == 200, body
        return json.loads(body)


def app_env(database, **extra):
    """The app's environment: test settings, `database`, no Redis unless `extra` names one."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bantin.settings.test",
           "DATABASE_URL": database, "LOG_LEVEL": "INFO"}
    env.pop("REDIS_URL", None)
    env.pop("PAGE_CACHE_DIR", None)
    return {**env, **extra}


@pytest.fixture
def own_redis():
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed: Redis faults need a server to stop")
    server = RedisServer(binary)
    server.start()
    yield server
    if server.process.poll() is None:
        server.stop()
    shutil.rmtree(server.folder, ignore_errors=True)


@pytest.fixture(scope="module")
def stopped_database_portal():
    """A cluster of the test's own with the portal migrated and seeded in it."""
    binaries = postgres_binaries()
    if binaries is None:
        pytest.skip("PostgreSQL's initdb and pg_ctl are not installed: the database faults "
                    "need a server of their own to stop")
    server = Postgres(binaries)
    try:
        try:
            server.create()
        except (subprocess.CalledProcessError, OSError) as error:
            pytest.skip(f"a PostgreSQL cluster of the test's own could not be started: "
                        f"{getattr(error, 'stderr', '') or error}")
        env = app_env(server.url)
        subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
                       cwd=PROJECT, env=env, check=True)
        seeded = subprocess.run([sys.executable, "manage.py", "shell", "--no-imports", "-c",
                                 SEED], cwd=PROJECT, env=env, check=True,
                                capture_output=True, text=True)
        yield server, json.loads(seeded.stdout.strip().splitlines()[-1])
    finally:
        server.remove()


@pytest.mark.parametrize("page_cache", ["files", "redis"])
def test_with_the_database_stopped_stored_pages_are_served_and_the_rest_answers_503(
        stopped_database_portal, page_cache, request, tmp_path):
    database, portal = stopped_database_portal
    extra = {"PAGE_CACHE_DIR": str(tmp_path / "pages")}
    if page_cache == "redis":
        extra = {"REDIS_URL": request.getfixturevalue("own_redis").url}
    app = App(app_env(database.url, **extra), tmp_path / "app.log")
    try:
        reader = app.reader()
        # Three times: the first render makes the site's reader settings and satisfaction poll,
        # which retires what it stored; the second is stored, the third comes from the cache.
        for _ in range(3):
            status, headers, stored = reader.request(portal["article"])
        assert status == 200 and headers["X-Page-Cache"] == "hit"
        first_section, second_section, third_section = portal["sections"]

        database.stop()
        try:
            status, headers, body = reader.request(portal["article"])
            assert status == 200 and headers["X-Page-Cache"] == "hit" and body == stored
            for path in (first_section, "/tim-kiem/?q=giao+ban", "/khong-co-trang-nay/"):
                status, headers, body = reader.request(path)
                assert status == 503 and headers["Retry-After"] == "60", path
                assert MAINTENANCE in body and not ENGLISH.search(visible_text(body)), path
            staff = app.reader()
            status, _, body = staff.request("/" + settings.ADMIN_PATH,
                                            Cookie=f"sessionid={portal['session']}")
            assert status == 503 and MAINTENANCE in body
        finally:
            database.start()

        # The same process, never restarted, serves again.
        assert reader.request(first_section)[0] == 200
        # A restart it never saw: its kept connection is broken, checked and opened anew.
        database.stop()
        database.start()
        assert reader.request(second_section)[0] == 200
        assert reader.request(third_section)[0] == 200
        assert app.process.poll() is None
    finally:
        app.stop()
    log = app.log.read_text()
    # Once for the outage (with the cause), once for its end: not once per request.
    assert log.count("Database unreachable") == 1, log
    assert log.count("Database answers again") == 1, log


def test_with_redis_stopped_pages_render_from_the_database_and_no_hit_is_lost(
        transactional_db, own_redis, tmp_path):
    portal = build_portal()
    site, article, section = portal["site"], portal["articles"][0], portal["sections"]["party"]
    poll = make_poll(site, opens_at=timezone.now() - timedelta(days=1))
    env = app_env(database_url(), REDIS_URL=own_redis.url, READER_FORM_MIN_SECONDS="0")
    app = App(env, tmp_path / "app.log")
    try:
        first = app.reader()
        assert first.request(article.url)[0] == 200
        assert first.page_state(article.pk)["views"] == 101  # waits in Redis for the flush

        own_redis.stop()
        try:
            second = app.reader("Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0")
            for path, text in (("/", "Hội nghị giao ban"), (article.url, article.title),
                               (section.url, "Xây dựng Đảng")):
                status, _, body = second.request(path)
                assert status == 200 and text in body, path
            state = second.page_state(article.pk)
            article.refresh_from_db()
            assert article.view_count == 101  # the database holds this hit at once
            second.page_state(article.pk)  # reloaded: not counted again
            article.refresh_from_db()
            assert article.view_count == 101
            status, _, body = second.request(f"/tuong-tac/y-kien/{article.pk}/", {
                "name": "Trần Thị Mai", "email": "mai@example.vn", "consent": "on",
                "message": "Đề nghị đăng thêm lịch tiếp công dân của các ban trong tháng.",
                "website": "", "started": state["started"],
                "csrfmiddlewaretoken": state["csrf"]}, Accept="application/json")
            assert status == 201, body
            status, _, body = second.request(f"/tuong-tac/binh-chon/{poll.pk}/", {
                "options": poll.options.first().pk, "csrfmiddlewaretoken": state["csrf"]},
                Accept="application/json")
            assert status == 200, body
        finally:
            own_redis.start()

        third = app.reader("Mozilla/5.0 (X11; Linux x86_64) Edg/126.0")
        third.page_state(article.pk)
        subprocess.run([sys.executable, "manage.py", "flush_counters"], cwd=PROJECT, env=env,
                       check=True, capture_output=True)
    finally:
        app.stop()
    article.refresh_from_db()
    assert article.view_count == 100 + 3  # before, during and after the outage
    assert SiteDailyVisits.objects.filter(site=site).aggregate(
        total=Sum("visits"))["total"] == 3
    assert Feedback.objects.filter(article=article).count() == 1
    assert PollBallot.objects.filter(poll=poll).count() == 1
    assert app.log.read_text().count("Redis (shared cache) unreachable") == 1
