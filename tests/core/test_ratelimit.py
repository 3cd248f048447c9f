"""Limits per address on the public endpoints (issue 10): past a limit a Vietnamese 429 with
Retry-After, other addresses unaffected; with Redis unreachable the limits go on counting in
the process's memory. The address is the peer's, or behind TRUSTED_PROXIES the hop they
forwarded, one key per address however written. The reader forms' own limits are tested in
tests/engagement/."""

import logging

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import Client, override_settings
from django.urls import reverse
from wagtail.models import PageViewRestriction

from bantin.core import faults, ratelimit
from bantin.engagement.counters import get_counters
from bantin.engagement.models import Feedback
from tests.core.test_faults import REDIS_DOWN
from tests.engagement.test_feedback import reader, send

READER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36"


@override_settings(SEARCH_RATE_LIMIT=3)
def test_searches_from_one_address_are_limited(portal):
    client = Client(REMOTE_ADDR="198.51.100.20")
    for _ in range(3):
        assert client.get("/tim-kiem/", {"q": "giao ban"}).status_code == 200
    limited = client.get("/tim-kiem/", {"q": "giao ban"})
    assert limited.status_code == 429 and limited["Retry-After"] == "60"
    page = limited.content.decode()
    assert "Mạng của bạn đã tìm kiếm quá nhiều lần" in page and 'lang="vi"' in page
    other = Client(REMOTE_ADDR="198.51.100.21")
    assert other.get("/tim-kiem/", {"q": "giao ban"}).status_code == 200


@override_settings(HIT_RATE_LIMIT=2)
def test_page_loads_counted_from_one_address_are_limited(portal):
    article = portal["articles"][0]
    client = Client(HTTP_USER_AGENT=READER, REMOTE_ADDR="198.51.100.22",
                    HTTP_ACCEPT="application/json")
    for _ in range(2):
        assert client.post("/tuong-tac/trang/", {"trang": article.pk}).status_code == 200
    limited = client.post("/tuong-tac/trang/", {"trang": article.pk})
    assert limited.status_code == 429 and limited["Retry-After"] == "60"
    assert limited.json()["message"].startswith("Mạng của bạn đã gửi quá nhiều yêu cầu")
    assert client.get(f"/tuong-tac/luot.gif?trang={article.pk}").status_code == 429
    get_counters().flush()  # what waits in Redis, where there is one
    article.refresh_from_db()
    assert article.view_count == 101  # the limited loads counted nothing


@override_settings(PASSWORD_RATE_LIMIT=2)
def test_password_guesses_on_a_protected_page_are_limited(portal):
    article = portal["articles"][0]
    restriction = PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="mat-khau-dung")
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, article.pk])
    client = Client(REMOTE_ADDR="198.51.100.23")
    assert client.get(url).status_code == 200  # only the guesses count
    for guess in ("doan-sai-1", "doan-sai-2"):
        assert client.post(url, {"password": guess, "return_url": article.url}).status_code == 200
    limited = client.post(url, {"password": "mat-khau-dung", "return_url": article.url})
    assert limited.status_code == 429 and limited["Retry-After"] == "600"
    assert "nhập mật khẩu quá nhiều lần" in limited.content.decode()
    elsewhere = Client(REMOTE_ADDR="198.51.100.24")
    assert elsewhere.post(url, {"password": "mat-khau-dung",
                                "return_url": article.url}).status_code == 302


@override_settings(CACHES=REDIS_DOWN)
def test_with_redis_unreachable_limits_count_in_process_memory_and_log_once(caplog):
    faults.CACHE.answered()  # whatever an earlier test left
    with caplog.at_level(logging.WARNING):
        counts = [ratelimit.count_in_window("ratelimit:test:198.51.100.25", 60)
                  for _ in range(3)]
        marked = [ratelimit.mark("engagement:test-mark", 60) for _ in range(2)]
    assert counts == [1, 2, 3] and marked == [True, False]
    assert ratelimit.count("ratelimit:test:198.51.100.25") == 3
    [record] = caplog.records
    assert record.levelno == logging.ERROR and "Redis" in record.getMessage()


@override_settings(TRUST_X_FORWARDED_FOR=True)
def test_behind_the_proxy_the_address_is_its_last_hop_when_that_is_an_address(rf):
    forwarded = {"REMOTE_ADDR": "127.0.0.1"}
    for header, address in (
        ("203.0.113.9, 198.51.100.4", "198.51.100.4"),
        ("2001:db8::7", "2001:db8::7"),
        ("198.51.100.4, <script>alert(1)</script>", "127.0.0.1"),
        ("198.51.100.4, 999.1.1.1", "127.0.0.1"),
        ("' OR 1=1 --", "127.0.0.1"),
        (" , ", "127.0.0.1"),
    ):
        request = rf.get("/", HTTP_X_FORWARDED_FOR=header, **forwarded)
        assert ratelimit.client_address(request) == address, header


def test_without_a_trusted_proxy_the_header_is_ignored(rf):
    request = rf.get("/", HTTP_X_FORWARDED_FOR="198.51.100.4", REMOTE_ADDR="192.0.2.1")
    assert ratelimit.client_address(request) == "192.0.2.1"


@override_settings(TRUST_X_FORWARDED_FOR=True)
def test_a_header_from_a_peer_that_is_no_trusted_proxy_is_ignored(rf):
    # Anyone reaching the app server directly writes what they like in the header.
    for peer in ("192.0.2.1", "10.0.0.10", "::ffff:192.0.2.1"):
        request = rf.get("/", HTTP_X_FORWARDED_FOR="198.51.100.4, 127.0.0.1", REMOTE_ADDR=peer)
        assert ratelimit.client_address(request) == peer.removeprefix("::ffff:"), peer


@override_settings(TRUST_X_FORWARDED_FOR=True, TRUSTED_PROXIES=["10.0.0.0/24", "2001:db8:f::1"])
def test_through_trusted_proxies_the_client_is_the_right_most_hop_that_is_no_proxy(rf):
    for peer, header, address in (
        # a CDN edge (10.0.0.5) before nginx (10.0.0.10); what the client wrote comes first
        ("10.0.0.10", "6.6.6.6, 203.0.113.9, 10.0.0.5", "203.0.113.9"),
        ("2001:db8:f::1", "203.0.113.9, 10.0.0.5", "203.0.113.9"),
        ("10.0.0.10", "", "10.0.0.10"),
        ("10.0.0.10", "10.0.0.7, 10.0.0.5", "10.0.0.7"),  # from inside: its own address
        ("10.0.0.10", "203.0.113.9, khong-phai, 10.0.0.5", "10.0.0.10"),
        ("10.0.0.10", "khong-phai, 203.0.113.9, 10.0.0.5", "203.0.113.9"),
        ("127.0.0.1", "203.0.113.9", "127.0.0.1"),  # no longer listed
    ):
        request = rf.get("/", HTTP_X_FORWARDED_FOR=header, REMOTE_ADDR=peer)
        assert ratelimit.client_address(request) == address, (peer, header)


@override_settings(TRUST_X_FORWARDED_FOR=True)
def test_an_address_is_one_key_however_it_is_written(rf):
    for peer, header in (
        ("127.0.0.1", "2001:DB8:0:0::1"),
        ("::1", "2001:db8:0::1"),
        ("::ffff:127.0.0.1", "2001:0db8::0001"),
        ("2001:db8:0000::1", ""),
    ):
        request = rf.get("/", HTTP_X_FORWARDED_FOR=header, REMOTE_ADDR=peer)
        assert ratelimit.client_address(request) == "2001:db8::1", (peer, header)
    request = rf.get("/", HTTP_X_FORWARDED_FOR="::ffff:198.51.100.4", REMOTE_ADDR="::1")
    assert ratelimit.client_address(request) == "198.51.100.4"


def test_a_trusted_proxy_that_is_no_address_stops_the_app(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1", "nginx.local"]
    with pytest.raises(ImproperlyConfigured, match="nginx.local"):
        ratelimit.trusted_proxies()


@override_settings(TRUST_X_FORWARDED_FOR=True, SEARCH_RATE_LIMIT=3)
def test_a_forged_header_does_not_escape_a_limit(portal):
    client = Client(REMOTE_ADDR="198.51.100.30")
    for forged in ("203.0.113.1", "203.0.113.2", "203.0.113.3"):
        assert client.get("/tim-kiem/", {"q": "giao ban"},
                          HTTP_X_FORWARDED_FOR=forged).status_code == 200
    assert client.get("/tim-kiem/", {"q": "giao ban"},
                      HTTP_X_FORWARDED_FOR="203.0.113.4").status_code == 429
    # Nor does writing one address otherwise, behind the real proxy.
    nginx = Client(REMOTE_ADDR="127.0.0.1")
    for written in ("2001:db8::9", "2001:db8:0::9", "2001:DB8::0:9"):
        assert nginx.get("/tim-kiem/", {"q": "giao ban"},
                         HTTP_X_FORWARDED_FOR=written).status_code == 200
    assert nginx.get("/tim-kiem/", {"q": "giao ban"},
                     HTTP_X_FORWARDED_FOR="2001:db8:0:0:0:0:0:9").status_code == 429


@override_settings(TRUST_X_FORWARDED_FOR=True)
def test_a_forged_forwarded_header_never_reaches_a_stored_address(portal):
    client = reader(address="192.0.2.44")
    client.defaults["HTTP_X_FORWARDED_FOR"] = "198.51.100.4, khong-phai-dia-chi<b>"
    assert send(client, portal["articles"][0]).status_code == 201
    assert Feedback.objects.get().address == "192.0.2.44"
