"""Views once per visitor per article per 30 minutes, visits once per visitor per day, robots
never; on the database and on Redis; the counts shown are the counts stored."""

from datetime import timedelta

import pytest
import time_machine
from django.conf import settings
from django.core.cache import caches
from django.db.models import Sum
from django.test import Client, override_settings
from django.utils import timezone

from bantin.core.models import PortalSettings
from bantin.engagement.counters import RedisCounters
from bantin.engagement.models import SiteDailyVisits
from bantin.engagement.visitors import VISITOR_COOKIE, cookie_value
from bantin.news.models import ArticleDailyViews
from tests.core.test_faults import CLOSED_REDIS, REDIS_DOWN

STATE = "/tuong-tac/trang/"
# The other caches (pages, fragments) stay as they are.
LOCAL_CACHE = {**settings.CACHES,
               "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
               "limits": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                          "LOCATION": "limits"}}
READER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36"


def reader(agent=READER):
    return Client(HTTP_USER_AGENT=agent)


def load(client, page):
    response = client.post(STATE, {"trang": page.pk})
    assert response.status_code == 200
    return response.json()


def stored_views(article, store):
    store.flush()
    article.refresh_from_db()
    return article.view_count


@override_settings(CACHES=LOCAL_CACHE)  # Redis keeps its own clock, which time_machine can't move
def test_a_view_counts_once_per_visitor_per_half_hour(portal, counter_backend):
    caches["limits"].clear()  # the local cache outlives the override: an earlier test filled it
    article = portal["articles"][0]  # 100 views already
    visitor = reader()
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        assert load(visitor, article)["views"] == 101
        assert load(visitor, article)["views"] == 101  # reloaded: not counted again
        assert load(reader("Mozilla/5.0 Firefox/128.0"), article)["views"] == 102
    with time_machine.travel(start + timedelta(minutes=31), tick=False):
        assert load(visitor, article)["views"] == 103
    assert stored_views(article, counter_backend) == 103
    assert ArticleDailyViews.objects.filter(article=article).aggregate(
        total=Sum("views"))["total"] == 103


def test_the_half_hour_is_the_lifetime_of_the_seen_mark_in_redis(portal, counter_backend):
    marks = caches["limits"]
    if not hasattr(marks, "ttl"):
        pytest.skip("the cache is not Redis here; the window is tested with frozen time above")
    article = portal["articles"][0]
    visitor = reader()
    load(visitor, article)
    [key] = marks.keys(f"engagement:view:{article.pk}:*")
    assert 1790 <= marks.ttl(key) <= 1800


def test_the_visitor_cookie_keeps_a_visitor_the_same_across_addresses(portal, counter_backend):
    article = portal["articles"][0]
    visitor = reader()
    load(visitor, article)
    assert "bantin_khach" in visitor.cookies
    visitor.defaults["REMOTE_ADDR"] = "10.1.2.3"  # the same browser on another network
    assert load(visitor, article)["views"] == 101


def test_robots_and_clients_without_a_browser_name_are_not_counted(portal, counter_backend):
    article = portal["articles"][0]
    for agent in ("Googlebot/2.1 (+http://www.google.com/bot.html)", "curl/8.5.0",
                  "python-requests/2.32", "facebookexternalhit/1.1", ""):
        assert load(reader(agent), article)["views"] == 100
    assert stored_views(article, counter_backend) == 100


def test_a_visit_counts_once_per_visitor_per_day(portal, counter_backend):
    site, article = portal["site"], portal["articles"][0]
    carried = 1_000
    settings = PortalSettings.for_site(site)
    settings.visit_count_carried = carried
    settings.save()
    visitor = reader()
    with time_machine.travel(timezone.make_aware(timezone.datetime(2026, 11, 20, 23, 0)),
                             tick=False):
        assert load(visitor, article)["visits"] == carried + 1
        assert load(visitor, portal["articles"][1])["visits"] == carried + 1
    with time_machine.travel(timezone.make_aware(timezone.datetime(2026, 11, 21, 0, 5)),
                             tick=False):
        assert load(visitor, article)["visits"] == carried + 2
    counter_backend.flush()
    assert sum(SiteDailyVisits.objects.values_list("visits", flat=True)) == 2


def test_sites_count_apart(portal, other_portal, counter_backend):
    load(reader(), portal["articles"][0])
    other = Client(HTTP_USER_AGENT=READER, HTTP_HOST="khoi.example.vn")
    state = other.post(STATE, {"trang": portal["articles"][0].pk}).json()
    assert "views" not in state  # an article of another site is not counted here
    counter_backend.flush()
    assert SiteDailyVisits.objects.get(site=portal["site"]).visits == 1
    assert SiteDailyVisits.objects.get(site=other_portal["site"]).visits == 1


def test_drafts_and_unknown_pages_count_the_visit_only(portal, counter_backend):
    article = portal["articles"][0]
    article.unpublish()
    for page_id in (str(article.pk), "999999", "abc", "-1", "١٢"):
        state = reader().post(STATE, {"trang": page_id}).json()
        assert "views" not in state


def test_the_page_without_javascript_counts_through_its_image(portal, counter_backend):
    article = portal["articles"][0]
    response = reader().get(f"/tuong-tac/luot.gif?trang={article.pk}")
    assert response["Content-Type"] == "image/gif"
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
    assert stored_views(article, counter_backend) == 101


def test_the_page_state_hands_out_form_tokens(portal, counter_backend):
    state = load(reader(), portal["articles"][0])
    assert state["csrf"] and state["started"] and state["answered"] == []


def test_the_counter_refuses_other_methods(portal):
    assert reader().get(STATE).status_code == 405


def test_pages_show_the_stored_counts_and_ask_for_fresh_ones(portal, client):
    article = portal["articles"][0]
    page = client.get(article.url).content.decode()
    assert 'data-page-state="/tuong-tac/trang/"' in page and f'data-page="{article.pk}"' in page
    assert "data-view-count>100<" in page
    assert f'src="/tuong-tac/luot.gif?trang={article.pk}"' in page  # inside <noscript>


@override_settings(COOKIELESS_HITS_PER_ADDRESS=5)
def test_clients_keeping_no_cookie_are_capped_per_address(portal, counter_backend):
    article = portal["articles"][0]
    for number in range(12):  # a script changing its browser name, never keeping the cookie
        load(reader(f"Mozilla/5.0 (lần {number}) Chrome/126.0"), article)
    assert stored_views(article, counter_backend) == 105
    kept = reader()  # a browser that kept its cookie from an earlier load
    kept.cookies[VISITOR_COOKIE] = cookie_value("ban-doc-giu-cookie")
    assert load(kept, article)["views"] == 106


def test_the_flush_drops_hits_on_articles_deleted_since(portal, counter_backend):
    if not isinstance(counter_backend, RedisCounters):
        pytest.skip("the database store has no pending hits to flush")
    gone, kept = portal["articles"][0], portal["articles"][1]
    load(reader(), gone)
    load(reader("Mozilla/5.0 Firefox/128.0"), kept)
    gone.delete()
    assert counter_backend.flush() == 1 + 2  # the kept article's view, and two visits
    kept.refresh_from_db()
    assert kept.view_count == 201
    load(reader("Mozilla/5.0 Edge/126.0"), kept)  # later flushes still work
    assert counter_backend.flush() == 2


@override_settings(CACHES=REDIS_DOWN, REDIS_URL=CLOSED_REDIS, COUNTERS_BACKEND="redis")
def test_with_redis_unreachable_hits_go_straight_to_the_database(portal):
    """Issue 10: Redis stopped (a closed port), each hit is written to the database at once."""
    article = portal["articles"][0]
    visitor = reader()
    assert load(visitor, article)["views"] == 101
    assert load(visitor, article)["views"] == 101  # its mark is kept in process memory meanwhile
    assert load(reader("Mozilla/5.0 Firefox/128.0"), article)["views"] == 102
    article.refresh_from_db()
    assert article.view_count == 102
    assert ArticleDailyViews.objects.filter(article=article).aggregate(
        total=Sum("views"))["total"] == 102
    assert SiteDailyVisits.objects.get(site=portal["site"]).visits == 2
