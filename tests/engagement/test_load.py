"""Under concurrent load no hit is lost: 4,000 readers' views fired from 8 threads at a running
server all end up counted, on the database in use (SQLite or PostgreSQL) and on Redis."""

import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.test import override_settings

from bantin.engagement.models import SiteDailyVisits
from bantin.engagement.visitors import VISITOR_COOKIE, cookie_value
from tests.conftest import build_portal

HITS = 4_000
THREADS = 8


def fire(url, article_id, first, count):
    """Send `count` page loads, each by a different reader (its own visitor cookie)."""
    body = urllib.parse.urlencode({"trang": article_id}).encode()
    failures = 0
    for number in range(first, first + count):
        cookie = f"{VISITOR_COOKIE}={cookie_value(f'reader-{number}')}"
        request = urllib.request.Request(url, data=body, headers={
            "User-Agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0", "Cookie": cookie})
        with urllib.request.urlopen(request, timeout=60) as response:
            failures += response.status != 200
    return failures


@pytest.mark.load
def test_thousands_of_concurrent_views_are_all_counted(transactional_db, live_server,
                                                       counter_backend):
    portal = build_portal()
    article = portal["articles"][0]
    before = article.view_count
    url = f"{live_server.url}/tuong-tac/trang/"
    share = HITS // THREADS
    with override_settings(ALLOWED_HOSTS=["*"]), ThreadPoolExecutor(THREADS) as pool:
        failures = sum(pool.map(lambda n: fire(url, article.pk, n * share, share),
                                range(THREADS)))
    assert failures == 0
    counter_backend.flush()
    article.refresh_from_db()
    assert article.view_count - before == HITS
    assert sum(row.views for row in article.daily_views.all()) - before == HITS
    assert SiteDailyVisits.objects.get(site=portal["site"]).visits == HITS
