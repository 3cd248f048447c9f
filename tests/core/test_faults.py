"""Faults in this process (issue 10): a database that cannot be reached leaves stored pages to
the page cache and answers everything else with the static 503 page "Cổng đang bảo trì", and the
next request after it returns is served again; a Redis that cannot be reached leaves the pages
to the database. tests/core/test_faults_processes.py stops and starts real servers."""

import contextlib
import logging
import re

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client, override_settings

from bantin.core import faults
from tests.conftest import build_portal

MAINTENANCE = "Cổng đang bảo trì"
# English a reader must never see on the maintenance page (the msgids, Django's own words).
ENGLISH = re.compile(r"\b(the|please|portal|maintenance|error|traceback|service|unavailable|"
                     r"operationalerror)\b", re.IGNORECASE)
# Redis stopped: nothing listens on port 1. The aliases as base.py sets them for Redis.
CLOSED_REDIS = "redis://127.0.0.1:1/0"
REDIS_DOWN = {
    **settings.CACHES,
    "default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": CLOSED_REDIS,
                "OPTIONS": {"IGNORE_EXCEPTIONS": True}},
    "pages": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": CLOSED_REDIS,
              "OPTIONS": {"IGNORE_EXCEPTIONS": True}},
    "limits": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": CLOSED_REDIS},
}


@contextlib.contextmanager
def database_unreachable():
    """Point the connection where no database answers, as a stopped server would: SQLite at a
    file in a folder that does not exist, PostgreSQL at a closed port. Restored afterwards."""
    db = connection.settings_dict
    saved = dict(db)
    connection.close()
    if connection.vendor == "sqlite":
        db["NAME"] = "/nonexistent-bantin-faults/portal.sqlite3"
    else:
        db["HOST"], db["PORT"] = "127.0.0.1", 1
    try:
        yield
    finally:
        connection.close()
        db.update(saved)


def reader():
    # The test client re-raises what a view raised; a reader gets only the answer.
    return Client(raise_request_exception=False)


def visible_text(page):
    return re.sub(r"<[^>]+>", " ", page)


def test_with_the_database_unreachable_stored_pages_are_served_and_the_rest_answers_503(
        transactional_db, cached):
    portal = build_portal()
    # The first article rendered makes the site's reader settings and satisfaction poll, which
    # retires the pages (committed here, as in a real process): then it is stored for good.
    reader().get(portal["articles"][0].url)
    [article_url] = cached(portal["articles"][0].url)
    stored = reader().get(article_url).content
    section_url = portal["sections"]["party"].url
    with database_unreachable():
        kept = reader().get(article_url)
        assert kept.status_code == 200 and kept["X-Page-Cache"] == "hit"
        assert kept.content == stored
        response = reader().get(section_url)
        assert response.status_code == 503 and response["Retry-After"] == "60"
        assert "no-store" in response["Cache-Control"]
        page = response.content.decode()
        assert MAINTENANCE in page and '<html lang="vi">' in page
        assert not ENGLISH.search(visible_text(page)), visible_text(page)
    # The database is back: the same process serves the page, no restart.
    assert reader().get(section_url).status_code == 200


def test_with_the_database_unreachable_the_admin_answers_503(transactional_db):
    editor = get_user_model().objects.create_superuser("quantri", "qt@example.vn",
                                                        "mat-khau-rat-dai-123")
    staff = reader()
    staff.force_login(editor)
    with database_unreachable():
        response = staff.get("/" + settings.ADMIN_PATH)
        assert response.status_code == 503 and MAINTENANCE in response.content.decode()


def test_with_the_database_unreachable_scripts_get_the_message_in_json(transactional_db):
    build_portal()
    with database_unreachable():
        response = reader().post("/tuong-tac/trang/", {"trang": "1"},
                                 HTTP_ACCEPT="application/json")
    assert response.status_code == 503 and response["Retry-After"] == "60"
    assert response.json() == {"ok": False, "message": "Cổng đang bảo trì. Xin bạn quay lại "
                                                       "sau ít phút."}


@pytest.mark.urls("tests.core.failing_urls")
def test_an_outage_is_logged_once_and_its_end_once(db, caplog):
    faults.DATABASE.answered()  # whatever an earlier test left
    with caplog.at_level(logging.INFO):
        for _ in range(3):
            response = reader().get("/mat-ket-noi/")
            assert response.status_code == 503
            assert "port 1" not in response.content.decode()  # the cause is for the log only
        faults.database_answered(sender=None, connection=connection)
    errors = [record for record in caplog.records if record.levelno >= logging.ERROR]
    assert len(errors) == 1 and errors[0].name == "bantin.core.faults"
    assert "port 1" in errors[0].getMessage() and errors[0].exc_info
    assert [record.getMessage() for record in caplog.records
            if record.levelno == logging.WARNING] == [
        "Database answers again, after 3 failures"]


@pytest.mark.urls("tests.core.failing_urls")
def test_an_integrity_error_is_a_server_error_not_maintenance(db):
    response = reader().get("/trung-khoa/")
    assert response.status_code == 500
    page = response.content.decode()
    assert "Cổng thông tin đang gặp sự cố" in page and MAINTENANCE not in page


@override_settings(CACHES=REDIS_DOWN)
def test_with_redis_unreachable_pages_render_from_the_database(portal, client):
    article = portal["articles"][0]
    for url, title in (("/", "Hội nghị giao ban"), (article.url, article.title),
                       (portal["sections"]["party"].url, "Xây dựng Đảng")):
        for _ in range(2):
            response = client.get(url)
            assert response.status_code == 200 and title in response.content.decode()
            assert response.get("X-Page-Cache") != "hit"
    health = client.get("/healthz/")
    assert health.status_code == 200
    assert health.json() == {"status": "ok", "database": "ok", "cache": "unavailable"}
