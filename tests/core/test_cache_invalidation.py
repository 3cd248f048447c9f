"""The site's settings retire the stored pages, and a front cache (nginx, a CDN) is purged of a
published page's addresses through wagtail.contrib.frontend_cache, once the change commits.
The front cache here is a real HTTP server on a free port that records the PURGE requests."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import override_settings

from bantin.core.models import PortalSettings
from bantin.news.factories import ArticlePageFactory


def test_the_header_slogan_changed_in_settings_shows_on_the_next_load(
        client, portal, cached, django_capture_on_commit_callbacks):
    cached("/", portal["articles"][0].url)
    portal_settings = PortalSettings.for_site(portal["site"])
    portal_settings.slogan = "VÌ NHÂN DÂN PHỤC VỤ"
    with django_capture_on_commit_callbacks(execute=True):
        portal_settings.save()
    for url in ("/", portal["articles"][0].url):
        assert "VÌ NHÂN DÂN PHỤC VỤ" in client.get(url).content.decode()


@pytest.fixture
def front_cache():
    """A server taking PURGE requests as nginx's purge location would; yields what it got."""
    purged = []

    class Handler(BaseHTTPRequestHandler):
        def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
            purged.append((self.headers["Host"], self.path))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    location = f"http://127.0.0.1:{server.server_address[1]}"
    with override_settings(WAGTAILFRONTENDCACHE={"nginx": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": location}}):
        yield purged
    server.shutdown()


def test_publishing_purges_the_page_its_sections_home_feeds_and_sitemap_from_the_front_cache(
        portal, front_cache, django_capture_on_commit_callbacks):
    local = portal["sections"]["local"]
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        article = ArticlePageFactory(parent=local, title="Bài mới đăng")
    assert front_cache == []  # nothing before the commit
    for callback in callbacks:
        callback()
    paths = {path for host, path in front_cache if host == "testserver"}
    assert {article.url, local.url, local.url + "rss/", portal["sections"]["news"].url,
            "/", "/rss/", "/sitemap.xml"} <= paths


def test_moving_purges_the_old_address_too(portal, front_cache,
                                           django_capture_on_commit_callbacks):
    article = portal["articles"][0]
    old_url = article.url
    with django_capture_on_commit_callbacks(execute=True):
        article.move(portal["sections"]["party"], pos="last-child")
    assert old_url in {path for _, path in front_cache}
