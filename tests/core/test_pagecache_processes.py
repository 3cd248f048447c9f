"""Two app processes sharing one page cache (Redis on the PostgreSQL pass of CI, the folder of
files of the embedded default on the SQLite pass): an editor publishes through one, and the very
next reader of the other gets the new page, never the one it had stored."""

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection

from tests.conftest import build_portal, signed_in

PROJECT = Path(__file__).resolve().parents[2]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url():
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.fixture
def two_processes(transactional_db):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bantin.settings.test",
           "DATABASE_URL": database_url()}
    if settings.CACHES["pages"]["BACKEND"].endswith("FileBasedCache"):
        env["PAGE_CACHE_DIR"] = settings.CACHES["pages"]["LOCATION"]
    ports = [free_port(), free_port()]
    processes = [subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", "--skip-checks",
         f"127.0.0.1:{port}"], cwd=PROJECT, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for port in ports]
    try:
        for port in ports:
            for _ in range(200):
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz/", timeout=2)
                    break
                except OSError:
                    time.sleep(0.1)
            else:
                pytest.fail(f"the app process on port {port} did not start")
        yield [f"http://127.0.0.1:{port}" for port in ports]
    finally:
        for process in processes:
            process.terminate()
            process.wait(10)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def get(opener, url, data=None):
    request = urllib.request.Request(url, data=data, headers={"Host": "testserver"})
    try:
        response = opener.open(request, timeout=10)
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()
    return response.status, response.headers, response.read().decode()


def test_publishing_through_one_process_shows_at_once_through_the_other(two_processes):
    first, second = two_processes
    portal = build_portal()
    article = portal["articles"][0]
    reader = urllib.request.build_opener()
    for base in (second, first, second):
        status, headers, body = get(reader, base + article.url)
        assert status == 200 and article.title in body
    assert headers["X-Page-Cache"] == "hit"  # the second process answers from the shared cache

    editor = get_user_model().objects.create_superuser("bientap", "bt@example.vn",
                                                        "mat-khau-rat-dai-123")
    session = signed_in(editor)
    article.title = "Tiêu đề mới xuất bản qua tiến trình thứ nhất"
    article.save_revision(user=editor)
    staff = urllib.request.build_opener(NoRedirect)
    cookie = f"sessionid={session.cookies['sessionid'].value}"
    staff.addheaders = [("Cookie", cookie)]
    action = f"{first}/{settings.ADMIN_PATH}bulk/wagtailcore/page/publish/?id={article.pk}"
    status, headers, body = get(staff, action)
    assert status == 200
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1)
    csrf_cookie = re.search(r"csrftoken=([^;]+)", headers["Set-Cookie"]).group(1)
    staff.addheaders = [("Cookie", f"{cookie}; csrftoken={csrf_cookie}")]
    status, _, _ = get(staff, action, data=urllib.parse.urlencode(
        {"csrfmiddlewaretoken": token}).encode())
    assert status == 302  # done, back to where the editor came from

    for base, where in ((second, "article"), (second, "home"), (first, "article")):
        url = base + (article.url if where == "article" else "/")
        status, _, body = get(reader, url)
        assert "Tiêu đề mới xuất bản qua tiến trình thứ nhất" in body, (base, where)
