"""The replica router: which reads may go to the replica, and that writes never do.

The "replica" alias of the test settings mirrors default (Django's TEST MIRROR), so these tests
run on SQLite and PostgreSQL alike; the router is switched on here only.
"""

import os
import subprocess
import sys
import time
from datetime import timedelta

import pytest
import time_machine
from django.conf import settings as django_settings
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections
from django.http import HttpResponse
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from bantin.core import db_router
from bantin.core.db_router import PIN_KEY, REPLICA, ReplicaRouter, ReplicaRoutingMiddleware
from bantin.news.models import ArticlePage

router = ReplicaRouter()


def run_statement(sql):
    """Pass `sql` through the primary's write watch, as the ORM would (without running it)."""
    db_router._watch_writes(lambda *args: None, sql, None, False,
                            {"connection": connections[DEFAULT_DB_ALIAS]})


def read_alias(request, *, statement=None):
    """Serve `request` through the middleware, running `statement` first; return where a read
    inside it would go."""

    def view(request):
        if statement:
            run_statement(statement)
        return HttpResponse(router.db_for_read(ArticlePage))

    return ReplicaRoutingMiddleware(view)(request).content.decode()


@pytest.fixture(autouse=True)
def no_pin(settings, monkeypatch):
    """No write mark left by an earlier test, a pin of two seconds; afterwards the primary's
    connection without the router's write watch, as the other tests (router off) expect."""
    settings.DATABASE_REPLICA_PIN_SECONDS = 2
    cache.delete(PIN_KEY)
    monkeypatch.setattr(db_router, "_marked_until", 0.0)
    yield
    wrappers = connections[DEFAULT_DB_ALIAS].execute_wrappers
    while db_router._watch_writes in wrappers:
        wrappers.remove(db_router._watch_writes)


def test_anonymous_get_and_head_read_from_the_replica():
    assert read_alias(RequestFactory().get("/tin-tuc/")) == REPLICA
    assert read_alias(RequestFactory().head("/tin-tuc/")) == REPLICA


def test_post_reads_from_the_primary():
    assert read_alias(RequestFactory().post("/tuong-tac/y-kien/")) == DEFAULT_DB_ALIAS


def test_request_with_a_session_reads_from_the_primary():
    # Every editor and every logged-in user carries the session cookie.
    request = RequestFactory().get("/tin-tuc/")
    request.COOKIES[django_settings.SESSION_COOKIE_NAME] = "abc"
    assert read_alias(request) == DEFAULT_DB_ALIAS


def test_request_with_a_flash_message_reads_from_the_primary():
    request = RequestFactory().get("/tin-tuc/")
    request.COOKIES["messages"] = "x"
    assert read_alias(request) == DEFAULT_DB_ALIAS


def test_reads_after_a_write_in_the_same_request_go_to_the_primary():
    statement = 'INSERT INTO "engagement_poll" ("site_id") VALUES (%s)'
    assert read_alias(RequestFactory().get("/"), statement=statement) == DEFAULT_DB_ALIAS


def test_a_lookup_for_writing_is_no_write():
    # get_or_create() asks db_for_write for its SELECT; Wagtail's site settings do it on each page.
    router.db_for_write(ArticlePage)
    statement = 'SELECT "core_portalsettings"."id" FROM "core_portalsettings" LIMIT 21'
    assert read_alias(RequestFactory().get("/"), statement=statement) == REPLICA


def test_every_read_stays_on_the_primary_for_the_pin_after_any_write():
    with time_machine.travel(timezone.now(), tick=False) as clock:
        run_statement('UPDATE "news_articlepage" SET "view_count" = 1')  # another process's
        assert read_alias(RequestFactory().get("/")) == DEFAULT_DB_ALIAS
        clock.shift(timedelta(seconds=1.9))
        assert read_alias(RequestFactory().get("/")) == DEFAULT_DB_ALIAS
        clock.shift(timedelta(seconds=0.7))  # past the pin and its quarter
        assert read_alias(RequestFactory().get("/")) == REPLICA


def test_a_burst_of_writes_marks_the_cache_a_few_times_and_each_write_gets_the_pin():
    marks = []
    with time_machine.travel(timezone.now(), tick=False) as clock:
        for _ in range(100):  # a write every 0.05 s for 5 s
            before = cache.get(PIN_KEY)
            run_statement('UPDATE "news_articlepage" SET "view_count" = 1')
            marks += [cache.get(PIN_KEY)] if cache.get(PIN_KEY) != before else []
            assert cache.get(PIN_KEY) - time.time() >= 2
            clock.shift(timedelta(seconds=0.05))
    assert len(marks) <= 11


def test_reads_outside_a_request_go_to_the_primary():
    # Management commands, migrations, the scheduler, shells.
    assert router.db_for_read(ArticlePage) == DEFAULT_DB_ALIAS


@pytest.mark.django_db
def test_reads_inside_a_transaction_go_to_the_primary():
    # pytest-django wraps this test in a transaction on default, as an atomic view would be.
    assert connections[DEFAULT_DB_ALIAS].in_atomic_block
    assert read_alias(RequestFactory().get("/")) == DEFAULT_DB_ALIAS


def test_writes_go_to_the_primary_even_in_an_anonymous_get():
    seen = []

    def view(request):
        seen.append(router.db_for_write(ArticlePage))
        return HttpResponse()

    ReplicaRoutingMiddleware(view)(RequestFactory().get("/"))
    assert seen == [DEFAULT_DB_ALIAS]
    assert router.db_for_write(ArticlePage) == DEFAULT_DB_ALIAS


def test_the_write_watch_leaves_other_execute_wrappers_alone():
    primary = connections[DEFAULT_DB_ALIAS]

    def other(execute, *args):
        return execute(*args)

    with primary.execute_wrapper(other):
        router.db_for_read(ArticlePage)  # the router's watch joins inside someone else's block
    assert other not in primary.execute_wrappers
    assert db_router._watch_writes in primary.execute_wrappers


def test_only_the_primary_is_migrated():
    assert router.allow_migrate(DEFAULT_DB_ALIAS, "news") is True
    assert router.allow_migrate(REPLICA, "news") is False


@pytest.mark.django_db(transaction=True, databases=[DEFAULT_DB_ALIAS, REPLICA])
def test_pages_render_from_the_replica_for_readers_and_from_the_primary_for_editors(
    client, portal, django_user_model, settings
):
    settings.DATABASE_ROUTERS = ["bantin.core.db_router.ReplicaRouter"]
    settings.MIDDLEWARE = ["bantin.core.db_router.ReplicaRoutingMiddleware",
                           *settings.MIDDLEWARE]
    article = portal["articles"][0]

    def queries(method, **kwargs):
        """The statements each database ran for `method` on the article."""
        with (CaptureQueriesContext(connections[DEFAULT_DB_ALIAS]) as primary,
              CaptureQueriesContext(connections[REPLICA]) as replica):
            response = getattr(client, method)(article.url, **kwargs)
        assert response.status_code == 200
        assert article.title in response.content.decode()
        return ([query["sql"] for query in primary.captured_queries],
                [query["sql"] for query in replica.captured_queries])

    # The first reader's visit creates the site's reader settings and satisfaction poll: a
    # write, which the router sees (and which pins every read for a while).
    primary, _ = queries("get")
    assert any(sql.startswith("INSERT") for sql in primary)
    assert cache.get(PIN_KEY)

    cache.delete(PIN_KEY)
    primary, replica = queries("get")
    assert any('FROM "news_articlepage"' in sql for sql in replica)
    assert not any('FROM "news_articlepage"' in sql for sql in primary)
    # What stays on the primary is get_or_create's lookups (site settings), no write.
    assert all(sql.startswith("SELECT") for sql in primary)

    assert queries("post", data={})[1] == []

    editor = django_user_model.objects.create_user("btv", password="x", is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    cache.delete(PIN_KEY)  # logging in wrote the session: the pin is not what is tested here
    assert queries("get")[1] == []


def settings_with(environment):
    """Import the base settings in a fresh interpreter with `environment` added."""
    code = ("import bantin.settings.base as s; "
            "print(sorted(s.DATABASES), getattr(s, 'DATABASE_ROUTERS', []), s.MIDDLEWARE[0])")
    env = {key: value for key, value in os.environ.items()
           if key not in {"DATABASE_URL", "DATABASE_REPLICA_URL"}}
    result = subprocess.run([sys.executable, "-c", code], env={**env, **environment},
                            capture_output=True, text=True, check=True,
                            cwd=django_settings.BASE_DIR.parent)
    return result.stdout.strip()


def test_database_replica_url_adds_the_replica_and_its_router():
    wired = settings_with({"DATABASE_URL": "postgres://app@db1:5432/bantin",
                           "DATABASE_REPLICA_URL": "postgres://app@db2:5432/bantin"})
    assert wired == ("['default', 'replica'] ['bantin.core.db_router.ReplicaRouter'] "
                     "bantin.core.db_router.ReplicaRoutingMiddleware")
    assert "replica" not in settings_with({})
