"""Article views and site visits, counted so that no hit is lost.

Each hit is one atomic increment: in Redis (HINCRBY) when `COUNTERS_BACKEND` is "redis", moved
into the database every minute by `flush_counters`; otherwise in the database itself
(`UPDATE ... SET n = n + 1`, or an insert when the day's row does not exist yet). While Redis
cannot be reached, hits go straight to the database, so none is lost (issue 10). A view counts
once per visitor per article per 30 minutes, a visit once per visitor per site per day, and
robots not at all.
"""

import functools
from datetime import date, datetime, time, timedelta

import redis
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone
from redis.backoff import NoBackoff
from redis.retry import Retry
from wagtail.models import Site

from bantin.core.faults import CACHE
from bantin.core.models import PortalSettings
from bantin.core.ratelimit import UNREACHABLE, client_address, count_in_window, mark
from bantin.engagement.models import SiteDailyVisits
from bantin.engagement.visitors import has_visitor_cookie, is_bot
from bantin.news.models import ArticleDailyViews, ArticlePage

VIEW_WINDOW = timedelta(minutes=30)


def increment(model, field, amount, **lookup):
    """Add `amount` to `field` of the row matching `lookup`, creating it if missing; safe
    against concurrent callers (a lost insert race falls back to the update)."""
    with transaction.atomic():
        if model.objects.filter(**lookup).update(**{field: F(field) + amount}):
            return
        try:
            with transaction.atomic():
                model.objects.create(**lookup, **{field: amount})
        except IntegrityError:
            model.objects.filter(**lookup).update(**{field: F(field) + amount})


def add_views(article_id, day, amount):
    """Record `amount` views of an article on `day`: its daily row and its running total."""
    with transaction.atomic():
        increment(ArticleDailyViews, "views", amount, article_id=article_id, day=day)
        ArticlePage.objects.filter(pk=article_id).update(view_count=F("view_count") + amount)


def add_visits(site_id, day, amount):
    increment(SiteDailyVisits, "visits", amount, site_id=site_id, day=day)


def stored_views(article_id):
    return ArticlePage.objects.filter(pk=article_id).values_list("view_count", flat=True).first()


def stored_visits(site, portal=None):
    """Return the site's visits in the database; `portal`: its PortalSettings, if at hand."""
    counted = SiteDailyVisits.objects.filter(site=site).aggregate(total=Sum("visits"))["total"]
    portal = portal or PortalSettings.for_site(site)
    return portal.visit_count_carried + (counted or 0)


class DatabaseCounters:
    """The embedded default: every hit goes straight to the database."""

    def add_view(self, article_id, day):
        add_views(article_id, day, 1)

    def add_visit(self, site_id, day):
        add_visits(site_id, day, 1)

    def pending_views(self, article_id, day):
        return 0

    def pending_visits(self, site_id, day):
        return 0

    def flush(self):
        return 0


class RedisCounters:
    """Hits go to two Redis hashes ("<id>:<day>" -> count) until `flush` moves them over.

    While Redis cannot be reached, each hit is written to the database at once, as
    DatabaseCounters does, and the counts shown leave out what waits in Redis until it returns.
    """

    def __init__(self, url):
        # As the caches' clients (settings.REDIS_OPTIONS): a Redis that does not answer costs
        # a hit at most two connection timeouts before it goes to the database.
        self.redis = redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=2,
                                          retry=Retry(NoBackoff(), 1))
        prefix = settings.CACHES["default"].get("KEY_PREFIX") or "bantin"
        self.views_key = f"{prefix}:counters:views"
        self.visits_key = f"{prefix}:counters:visits"

    def add_view(self, article_id, day):
        self._add(self.views_key, add_views, article_id, day)

    def add_visit(self, site_id, day):
        self._add(self.visits_key, add_visits, site_id, day)

    def _add(self, key, add, object_id, day):
        # A reply lost to a timeout after Redis counted the hit counts it twice: never lost.
        try:
            self.redis.hincrby(key, f"{object_id}:{day.isoformat()}", 1)
        except UNREACHABLE as error:
            CACHE.failed(error)
            add(object_id, day, 1)
        else:
            CACHE.answered()

    def _pending(self, key, object_id, day):
        # Today's and yesterday's hits (the flush runs every minute, so nothing older waits),
        # in the live hash and in the batch a flush may have taken but not yet written.
        fields = [f"{object_id}:{d.isoformat()}" for d in (day, day - timedelta(days=1))]
        pipeline = self.redis.pipeline().hmget(key, fields).hmget(f"{key}:flushing", fields)
        try:
            answers = pipeline.execute()
        except UNREACHABLE as error:
            CACHE.failed(error)
            return 0
        return sum(int(count or 0) for counts in answers for count in counts)

    def pending_views(self, article_id, day):
        return self._pending(self.views_key, article_id, day)

    def pending_visits(self, site_id, day):
        return self._pending(self.visits_key, site_id, day)

    def flush(self):
        """Move every pending count into the database; return how many hits were moved."""
        with self.redis.lock(f"{self.views_key}:flush-lock", timeout=300):
            return (self._flush_hash(self.views_key, add_views, ArticlePage)
                    + self._flush_hash(self.visits_key, add_visits, Site))

    def _flush_hash(self, key, add, model):
        # The live hash is renamed to the batch (atomic in Redis), so hits arriving meanwhile
        # start a new one. The batch is deleted only once its counts are committed; a batch left
        # by a failed flush is written first.
        batch = f"{key}:flushing"
        moved = self._write(batch, add, model)
        try:
            self.redis.rename(key, batch)
        except redis.ResponseError:
            return moved  # nothing counted since the last flush
        return moved + self._write(batch, add, model)

    def _write(self, batch, add, model):
        counts = {}
        for field, amount in self.redis.hgetall(batch).items():
            object_id, day = field.decode().split(":")
            counts[int(object_id), date.fromisoformat(day)] = int(amount)
        # Hits on an article or site deleted since are dropped, not left to block every flush.
        existing = set(model.objects.filter(pk__in={pk for pk, _day in counts})
                       .values_list("pk", flat=True))
        with transaction.atomic():
            for (object_id, day), amount in counts.items():
                if object_id in existing:
                    add(object_id, day, amount)
        self.redis.delete(batch)
        return sum(amount for (object_id, _day), amount in counts.items()
                   if object_id in existing)


@functools.cache
def _redis_counters(url):
    return RedisCounters(url)


def get_counters():
    """Return the configured counter store."""
    if settings.COUNTERS_BACKEND == "redis":
        return _redis_counters(settings.REDIS_URL)
    return DatabaseCounters()


def _seconds_to_midnight(now):
    local = timezone.localtime(now)
    midnight = timezone.make_aware(datetime.combine(local.date() + timedelta(days=1), time()))
    return max(1, int((midnight - local).total_seconds()))


def _cookieless_allowed(request):
    """Return False once an address has had COOKIELESS_HITS_PER_ADDRESS loads counted without
    a visitor cookie in the view window: a client that keeps no cookie and changes its browser
    name could otherwise count again and again. Readers' browsers keep the cookie after their
    first load, so an office sharing one address is counted reader by reader."""
    counted = count_in_window(f"engagement:cookieless:{client_address(request)}",
                              int(VIEW_WINDOW.total_seconds()))
    return counted <= settings.COOKIELESS_HITS_PER_ADDRESS


def count_hit(request, *, visitor, site, article=None):
    """Count one page load by `visitor` (their anonymous key); return the counts pages show:
    {"visits": n} and, for an article, "views" too."""
    counters = get_counters()
    now = timezone.now()
    today = timezone.localdate(now)
    reader = not is_bot(request) and (has_visitor_cookie(request)
                                      or _cookieless_allowed(request))
    # mark is atomic (SET NX in Redis): of two simultaneous loads, one counts.
    if reader and mark(f"engagement:visit:{site.pk}:{today}:{visitor}",
                       _seconds_to_midnight(now)):
        counters.add_visit(site.pk, today)
    counts = {"visits": stored_visits(site) + counters.pending_visits(site.pk, today)}
    if article is not None:
        if reader and mark(f"engagement:view:{article.pk}:{visitor}",
                           int(VIEW_WINDOW.total_seconds())):
            counters.add_view(article.pk, today)
        counts["views"] = (stored_views(article.pk) or 0) + counters.pending_views(article.pk,
                                                                                   today)
    return counts
