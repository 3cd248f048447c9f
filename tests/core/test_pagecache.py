"""The page cache: what it answers, what it never keeps, and the HTTP headers around it.

On SQLite the stored pages are files on disk (the embedded default); on the PostgreSQL pass of CI
they are in Redis: both backends run every test here.
"""

import gzip
import threading
import time
from datetime import date
from io import BytesIO
from wsgiref.util import setup_testing_defaults

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.core.signals import request_started
from django.db import close_old_connections
from django.http import HttpResponse
from wagtail.models import PageViewRestriction

from bantin.core import pagecache
from tests.conftest import signed_in


def served(client, url, **headers):
    response = client.get(url, headers=headers)
    assert response.status_code == 200, url
    return response


def test_second_anonymous_get_is_answered_from_the_cache_without_a_query(
        client, portal, django_assert_num_queries):
    url = portal["articles"][0].url
    first = served(client, url)
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = served(client, url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert portal["articles"][0].title in second.content.decode()


def test_home_section_document_feed_and_sitemap_are_cached(client, portal):
    from bantin.library.models import Document

    document = Document.objects.create(
        site=portal["site"], number="05-NQ/TU", summary="Về chuyển đổi số trong cơ quan Đảng",
        issuing_body="Tỉnh ủy", issued_on=date(2026, 3, 2), kind="Nghị quyết")
    for url in ("/", portal["sections"]["party"].url, portal["sections"]["party"].url + "rss/",
                "/sitemap.xml", "/van-ban/", document.get_absolute_url()):
        assert served(client, url)["X-Page-Cache"] == "miss", url
        assert served(client, url)["X-Page-Cache"] == "hit", url


def test_public_pages_may_be_kept_by_shared_caches_and_revalidated_by_browsers(client, portal):
    control = served(client, portal["articles"][0].url)["Cache-Control"]
    assert "public" in control and "s-maxage=" in control and "max-age=0" in control


def test_signed_in_staff_are_never_served_nor_stored(client, portal):
    url = portal["articles"][0].url
    assert served(client, url)["X-Page-Cache"] == "miss"
    editor = get_user_model().objects.create_superuser("bientap", "bt@example.vn",
                                                        "mat-khau-rat-dai-123")
    client.force_login(editor)
    response = served(client, url)
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"] and "public" not in response["Cache-Control"]
    client.logout()
    client.cookies.clear()
    assert served(client, url)["X-Page-Cache"] == "hit"


def test_a_draft_previewed_by_staff_never_reaches_readers(client, portal):
    article = portal["articles"][0]
    editor = get_user_model().objects.create_superuser("bientap", "bt@example.vn",
                                                        "mat-khau-rat-dai-123")
    article.title = "Bản nháp chưa duyệt"
    article.save_revision()
    signed_in(editor, client)
    preview = client.get(f"/quan-tri/pages/{article.pk}/edit/preview/")
    assert preview.status_code < 500
    client.logout()
    client.cookies.clear()
    assert "Bản nháp chưa duyệt" not in served(client, article.url).content.decode()
    assert "Bản nháp chưa duyệt" not in served(client, "/").content.decode()


def test_post_is_never_answered_from_the_cache(client, portal):
    url = portal["articles"][0].url
    served(client, url)
    response = client.post(url)
    assert response.get("X-Page-Cache") != "hit"


def test_a_reader_with_messages_waiting_gets_the_page_rendered(client, portal):
    url = portal["articles"][0].url
    served(client, url)
    client.cookies["messages"] = "x"
    assert "X-Page-Cache" not in served(client, url)


def test_a_response_that_sets_a_cookie_is_never_stored(rf):
    request = rf.get("/")
    response = pagecache.public(HttpResponse("trang"), request)
    assert pagecache.storable(response)
    response.set_cookie("khach", "1")
    assert not pagecache.storable(response)


def test_a_view_that_says_never_cache_keeps_saying_it(rf, client, portal):
    response = client.post("/tuong-tac/trang/", {"path": "/"})
    assert "no-store" in response["Cache-Control"] and "public" not in response["Cache-Control"]


def test_a_password_protected_page_never_reaches_the_cache(client, portal):
    article = portal["articles"][0]
    PageViewRestriction.objects.create(page=article, restriction_type="password",
                                       password="mat-khau-trang")
    form = client.get(article.url)
    assert article.lead not in form.content.decode()
    response = client.post(f"/_util/authenticate_with_password/"
                           f"{PageViewRestriction.objects.get().pk}/{article.pk}/",
                           {"password": "mat-khau-trang", "return_url": article.url})
    assert response.status_code == 302
    seen = client.get(article.url)
    assert article.lead in seen.content.decode()
    assert "private" in seen["Cache-Control"]
    client.cookies.clear()
    again = client.get(article.url)
    assert article.lead not in again.content.decode()


def test_conditional_get_answers_304_when_the_page_is_unchanged(client, portal):
    url = portal["articles"][0].url
    first = served(client, url)
    assert first.has_header("ETag")
    for _ in range(2):  # once rendered again from a miss, once from the cache
        response = client.get(url, headers={"If-None-Match": first["ETag"]})
        assert response.status_code == 304
        assert response.content == b""


def test_pages_are_compressed_for_browsers_that_accept_it(client, portal):
    url = portal["articles"][0].url
    for expected in ("miss", "hit"):
        response = served(client, url, **{"Accept-Encoding": "gzip, deflate, br"})
        assert response["X-Page-Cache"] == expected
        assert response["Content-Encoding"] == "gzip"
        assert portal["articles"][0].title in gzip.decompress(response.content).decode()
    plain = served(client, url)
    assert not plain.has_header("Content-Encoding")
    assert portal["articles"][0].title in plain.content.decode()


def test_another_site_never_gets_this_sites_page(client, portal, other_portal):
    served(client, "/")
    other = client.get("/", headers={"Host": "khoi.example.vn"})
    assert other["X-Page-Cache"] == "miss"
    assert "Đảng ủy Khối" in other.content.decode()


def test_a_lost_generation_retires_every_stored_page(client, portal):
    url = portal["articles"][0].url
    served(client, url)
    assert served(client, url)["X-Page-Cache"] == "hit"
    caches["pages"].delete(pagecache.GENERATION_KEY)
    if settings.REDIS_URL:  # no one announced it: a process notices at its next reading
        time.sleep(pagecache.WATCH_TRUST_SECONDS)
    assert served(client, url)["X-Page-Cache"] == "miss"


def test_a_stored_page_lives_page_cache_seconds_at_most(client, portal, settings):
    settings.PAGE_CACHE_SECONDS = 1
    url = portal["articles"][0].url
    assert served(client, url)["X-Page-Cache"] == "miss"
    assert served(client, url)["X-Page-Cache"] == "hit"
    time.sleep(1.05)
    assert served(client, url)["X-Page-Cache"] == "miss"


@pytest.fixture
def kept(client):
    """With Redis: serve a URL until this process keeps its page, then drop every page Redis
    stores. A hit after that was answered from the process's memory."""
    if not settings.REDIS_URL:
        pytest.skip("REDIS_URL is not set: a process keeps pages only beside Redis (CI)")

    def keep(*urls):
        for url in urls:
            served(client, url)
            assert served(client, url)["X-Page-Cache"] == "hit"
        caches["pages"].delete_pattern("pagecache:entry:*")

    return keep


def test_with_redis_a_process_answers_the_pages_it_kept_without_asking_redis(
        client, portal, kept):
    url = portal["articles"][0].url
    kept(url)
    hit = served(client, url)
    assert hit["X-Page-Cache"] == "hit" and portal["articles"][0].title in hit.content.decode()
    pagecache.invalidate()
    assert served(client, url)["X-Page-Cache"] == "miss"


def test_every_thread_of_a_process_answers_the_pages_it_kept(client, portal, kept):
    url = portal["articles"][0].url
    kept(url)
    answers = []
    thread = threading.Thread(target=lambda: answers.append(served(client, url)["X-Page-Cache"]),
                              daemon=True)  # rendering would wait for this test's transaction
    thread.start()
    thread.join(timeout=10)
    assert answers == ["hit"]


def test_a_generation_announced_by_another_process_retires_the_kept_pages_at_once(
        client, portal, kept):
    url = portal["articles"][0].url
    kept(url)
    pages = caches["pages"]  # what invalidate() in another process does, on its own connection
    pages.set(pagecache.GENERATION_KEY, "the-other-process", None)
    pages.client.get_client().publish(pages.make_key(pagecache.GENERATION_KEY),
                                      "the-other-process")
    time.sleep(0.05)  # Redis may answer the publisher before it writes to the listeners
    assert served(client, url)["X-Page-Cache"] == "miss"


def test_a_broken_connection_to_redis_is_noticed_before_a_kept_page_is_answered(
        client, portal, kept):
    url = portal["articles"][0].url
    kept(url)
    redis = caches["pages"].client.get_client()
    assert redis.client_kill_filter(_type="pubsub") >= 1
    caches["pages"].set(pagecache.GENERATION_KEY, "changed-while-deaf", None)
    assert served(client, url)["X-Page-Cache"] == "miss"
    kept(url)
    assert served(client, url)["X-Page-Cache"] == "hit"  # it listens again, and keeps pages


def test_the_pages_a_process_keeps_are_bounded(client, portal, kept, settings):
    first, second = portal["articles"][0].url, portal["articles"][1].url
    sizes = [len(served(client, url).content) for url in (first, second)]
    pagecache.forget()
    settings.PAGE_CACHE_PROCESS_BYTES = max(sizes) + 1  # room for one of them
    kept(first, second)
    assert served(client, second)["X-Page-Cache"] == "hit"
    assert served(client, first)["X-Page-Cache"] == "miss"  # it made room for the second


def test_an_answer_no_view_declared_public_is_private(client, portal):
    response = client.get("/tim-kiem/", {"q": "hoi nghi"})
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert client.get("/tim-kiem/", {"q": "hoi nghi"}).get("X-Page-Cache") is None


def test_switched_off_the_cache_neither_answers_nor_stores(client, portal, settings):
    settings.PAGE_CACHE_ENABLED = False
    url = portal["articles"][0].url
    for _ in range(2):
        assert "X-Page-Cache" not in served(client, url)


def test_a_stored_page_keeps_the_security_headers_of_the_first_answer(client, portal):
    url = portal["articles"][0].url
    first = served(client, url)
    hit = served(client, url)
    assert hit["X-Page-Cache"] == "hit"
    for header in ("X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options"):
        assert hit[header] == first[header], header


@pytest.fixture
def wsgi_in_test_transaction():
    """As the test client does: a request must not close the test's database connection."""
    request_started.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)


def test_the_wsgi_application_answers_stored_pages_before_django(portal,
                                                                 wsgi_in_test_transaction):
    from bantin.wsgi import application

    def call(**extra):
        environ = {"PATH_INFO": portal["articles"][0].url, "HTTP_HOST": "testserver",
                   "HTTP_ACCEPT_ENCODING": "gzip", "wsgi.input": BytesIO(), **extra}
        setup_testing_defaults(environ)
        answer = {}
        body = b"".join(application(
            environ, lambda status, headers: answer.update(status=status, headers=dict(headers))))
        return answer["status"], answer["headers"], body

    status, first, body = call()
    assert status.startswith("200") and first["X-Page-Cache"] == "miss"
    status, hit, cached = call()
    assert status == "200 OK" and hit["X-Page-Cache"] == "hit" and cached == body
    assert hit["Content-Encoding"] == "gzip" and hit["ETag"] == first["ETag"]
    assert int(hit["Content-Length"]) == len(body)
    status, headers, empty = call(HTTP_IF_NONE_MATCH=hit["ETag"])
    assert status.startswith("304") and empty == b"" and headers["ETag"] == hit["ETag"]
    status, headers, _ = call(HTTP_COOKIE="sessionid=abc")
    assert "X-Page-Cache" not in headers
