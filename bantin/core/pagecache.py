"""The page cache: anonymous GETs of public pages answered with the bytes stored the first time.

A view opts in with `public()` (or `@public_page`, or core/pages.py's `CachedPageMixin` for page
models): the response then says `Cache-Control: public, max-age=0, s-maxage=N`, and
`PageCacheMiddleware` keeps it when nothing about the request or the response is personal (no
session or messages cookie, no cookie set, status 200). Entries live in the "pages" cache
(Redis in production, files on disk in the embedded default, so that several worker processes
share them).

Every entry carries the generation it was rendered under. `invalidate()` sets a new
generation, which retires every stored page at once: each page shows the latest and most
viewed articles, so one publish really does change the home page, its section and the
sidebars everywhere (STYLE.md). The generation a request reads before rendering is the one its
entry is stored under, so a page rendered from data an editor is changing is never kept as new.
`PAGE_CACHE_SECONDS` bounds how long an entry lives even when nothing is published, so
"Xem nhiều nhất" follows the counters.

With Redis, a hit costs no round trip at all: `invalidate()` also announces the new generation
on a channel every process listens to (`GenerationWatch`), and each process keeps the entries it
served (up to `PAGE_CACHE_PROCESS_BYTES`), answering them from its memory while no announcement
has come. It reads the generation anew after each announcement, whenever its connection failed,
and at least every `WATCH_TRUST_SECONDS` (a flush no one announced).

What every page reads and editors seldom change (the sites and their home pages, the site
settings, the view restrictions, the menus) is kept in each process's memory for a generation
(`remembered()`). A change retires it twice: at once in the process that makes it, before its
transaction commits (so that this process, and a test inside its transaction, reads the change
next; `forget()`), and in every process when the transaction commits and the generation moves on.
"""

import contextlib
import contextvars
import functools
import os
import pickle
import re
import threading
import time
import uuid
from hashlib import blake2b
from typing import NamedTuple

import redis
from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.functional import SimpleLazyObject
from django.utils.http import parse_etags
from django_redis.cache import RedisCache
from redis.backoff import NoBackoff
from redis.retry import Retry

GENERATION_KEY = "pagecache:generation"
# Headers a stored response keeps; the rest (Set-Cookie above all) are never stored.
KEPT_HEADERS = {
    "content-type", "content-encoding", "content-language", "vary", "cache-control", "etag",
    "last-modified", "content-disposition", "x-frame-options", "x-content-type-options",
    "referrer-policy", "cross-origin-opener-policy", "strict-transport-security",
    "content-security-policy", "permissions-policy",
}
ACCEPTS_GZIP = re.compile(r"\bgzip\b")
# Where a request's WSGI environ keeps its entry's key and generation once looked up.
META_KEY = "bantin.pagecache"
NOT_MODIFIED_HEADERS = {"Cache-Control", "Content-Location", "Date", "ETag", "Expires",
                        "Last-Modified", "Vary"}
# How long a process serves under the generation it last read while nothing is announced, and
# how long it waits to try again when it could not start listening.
WATCH_TRUST_SECONDS = 1.0
WATCH_RETRY_SECONDS = 1.0
# What remembered() keeps: {key: (generation, pickled value)}, and at most how many keys.
_remembered = {}
REMEMBERED_KEYS = 1000
# The generation of the request being served ({"generation": ...} once read): see held().
_request_generation = contextvars.ContextVar("pagecache_request_generation", default=None)


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


class Entry(NamedTuple):
    """A stored answer: the generation it was rendered under, when it expires (time.time()),
    and what is sent."""

    generation: str
    expires: float
    status: int
    headers: list
    body: bytes


class GenerationWatch:
    """Knows the current generation without asking the shared cache on each request.

    It listens on the Redis channel `invalidate()` announces each new generation on, on a
    connection of its own that never retries silently (a message missed while reconnecting
    would go unnoticed). `current()` trusts the generation last read only while that
    connection is subscribed, nothing has been heard since the read began, and the read is
    younger than WATCH_TRUST_SECONDS; otherwise the caller reads it (`read()`). A cache other
    than Redis has no channel: its generation is read on every request.
    """

    def __init__(self):
        self._lock = threading.Lock()
        self._pubsub = None
        self._config = None
        self._retry_at = 0.0
        self._subscribed = False
        self._heard = 0  # announcements and subscriptions heard, and changes made here
        self._known = None  # (generation, self._heard when its read began, when it was read)

    @property
    def listening(self):
        return self._subscribed

    def current(self):
        """Return (generation, None) when the generation last read may be trusted, else
        (None, token): read it and hand it to `read()` with the token."""
        with self._lock:
            try:
                self._listen()
            except redis.RedisError:
                # A connection that worked is opened again at once; one that could not be
                # opened is tried again after a pause, not on every request.
                pause = 0.0 if self._subscribed else WATCH_RETRY_SECONDS
                self._stop(retry_at=time.monotonic() + pause)
            known = self._known
            if (self._subscribed and known is not None and known[1] == self._heard
                    and time.monotonic() - known[2] < WATCH_TRUST_SECONDS):
                return known[0], None
            return None, self._heard

    def read(self, generation, token):
        """Trust `generation`, read from the shared cache after `current()` gave `token`,
        unless something was heard in between."""
        with self._lock:
            if token == self._heard:
                self._known = (generation, token, time.monotonic())

    def changed(self):
        """Make the next `current()` of this process read the generation anew."""
        with self._lock:
            self._heard += 1

    def announce(self, generation):
        """Tell every process listening that `generation` is now current."""
        self.changed()
        cache = _cache()
        if isinstance(cache, RedisCache):
            with contextlib.suppress(redis.RedisError):
                cache.client.get_client(write=True).publish(_channel(cache), generation)

    def _listen(self):
        # Each thread has its own cache object: the settings say which cache it is.
        config = settings.CACHES[settings.PAGE_CACHE_ALIAS]
        if config is not self._config:  # first use, or the settings changed (tests)
            self._stop(retry_at=0.0)
            self._config = config
        if self._pubsub is None:
            cache = _cache()
            if not isinstance(cache, RedisCache) or time.monotonic() < self._retry_at:
                return
            pool = cache.client.get_client(write=False).connection_pool
            own = redis.ConnectionPool(connection_class=pool.connection_class,
                                       **{**pool.connection_kwargs,
                                          "retry": Retry(NoBackoff(), 0)})
            self._pubsub = redis.Redis(connection_pool=own).pubsub()
            self._pubsub.subscribe(_channel(cache))
        while (message := self._pubsub.get_message(timeout=0)) is not None:
            if message["type"] in ("subscribe", "message"):
                self._subscribed = True
                self._heard += 1

    def _stop(self, retry_at):
        if self._pubsub is not None:
            with contextlib.suppress(redis.RedisError, OSError):
                self._pubsub.close()
        self._pubsub = None
        self._retry_at = retry_at
        self._subscribed = False
        self._heard += 1


def _channel(cache):
    return cache.make_key(GENERATION_KEY)


class KeptEntries:
    """The entries this process answered, by key, oldest first, their bodies at most
    PAGE_CACHE_PROCESS_BYTES in all: the oldest go first to make room."""

    def __init__(self):
        self._lock = threading.Lock()
        self._entries = {}
        self._size = 0

    def get(self, key):
        return self._entries.get(key)

    def keep(self, key, entry):
        size, limit = len(entry.body), settings.PAGE_CACHE_PROCESS_BYTES
        if size > limit:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._size -= len(old.body)
            while self._entries and self._size + size > limit:
                self._size -= len(self._entries.pop(next(iter(self._entries))).body)
            self._entries[key] = entry
            self._size += size

    def clear(self):
        with self._lock:
            self._entries.clear()
            self._size = 0


_watch = GenerationWatch()
_kept = KeptEntries()


def _after_fork():
    """A forked process listens on a connection of its own, with locks no thread holds."""
    global _watch, _kept
    _watch = GenerationWatch()
    _kept = KeptEntries()


os.register_at_fork(after_in_child=_after_fork)


def _fresh(entry, generation):
    return entry is not None and entry.generation == generation and entry.expires > time.time()


def _personal(meta):
    """Whether the request (its WSGI environ, `request.META`) may see something meant for this
    visitor only. Read from the raw Cookie header: a cookie whose name merely ends in one of
    these also counts, which only errs on the safe side."""
    cookies = meta.get("HTTP_COOKIE", "")
    return (
        f"{settings.SESSION_COOKIE_NAME}=" in cookies
        or f"{CookieStorage.cookie_name}=" in cookies
        or "HTTP_AUTHORIZATION" in meta
    )


def public(response, request):
    """Mark `response` as one every anonymous reader gets alike, if `request` is anonymous.

    A request with a session may hold a page password or a login: its answer stays private.
    A response that already says how to cache it (never_cache, a view's own choice) keeps that.
    """
    if response.has_header("Cache-Control"):
        return response
    if _personal(request.META):
        patch_cache_control(response, private=True, no_cache=True)
    else:
        patch_cache_control(response, public=True, max_age=0,
                            s_maxage=settings.FRONT_CACHE_SECONDS)
    return response


def public_page(view):
    """Decorate a view whose GET answers are the same for every anonymous reader."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        return public(view(request, *args, **kwargs), request)

    return wrapped


def _key(meta):
    """The entry's key: scheme, host, full path and whether the answer is compressed."""
    encoding = "gz" if ACCEPTS_GZIP.search(meta.get("HTTP_ACCEPT_ENCODING", "")) else "id"
    scheme = meta.get("wsgi.url_scheme", "http")
    if settings.SECURE_PROXY_SSL_HEADER:
        header, secure = settings.SECURE_PROXY_SSL_HEADER
        scheme = "https" if meta.get(header) == secure else scheme
    query = meta.get("QUERY_STRING", "")
    target = f"{scheme}://{meta.get('HTTP_HOST', '')}{meta.get('PATH_INFO', '')}?{query}"
    digest = blake2b(target.lower().encode(), digest_size=16).hexdigest()
    return f"pagecache:entry:{encoding}:{digest}"


def _read(token, key=None):
    """Read the current generation from the shared cache, with the entry under `key` in the
    same round trip: return (generation, entry or None). `token` is what `_watch.current()`
    gave before.

    A cache that lost the generation gets a new one. A cache that cannot be reached (Redis down:
    it answers "nothing stored", issue 10) gives a generation of this request alone, so nothing
    kept under an older one is taken for current.
    """
    values = _cache().get_many([GENERATION_KEY, key] if key else [GENERATION_KEY])
    generation = values.get(GENERATION_KEY)
    if generation is not None:
        _watch.read(generation, token)
    else:
        _cache().add(GENERATION_KEY, uuid.uuid4().hex, None)
        generation = _cache().get(GENERATION_KEY) or uuid.uuid4().hex
    return generation, values.get(key)


def find(meta):
    """Return the stored Entry for the request whose WSGI environ is `meta`, or None. A request
    the cache may answer gets META_KEY: the key and the generation its page, if rendered now,
    is stored under (read before rendering starts)."""
    if META_KEY in meta:
        return None  # looked up already, by CachedApplication, and not found
    if (not settings.PAGE_CACHE_ENABLED or meta.get("REQUEST_METHOD") != "GET"
            or _personal(meta)
            or meta.get("PATH_INFO", "").startswith(("/" + settings.ADMIN_PATH,
                                                      settings.STATIC_URL))):
        return None
    key = _key(meta)
    generation, token = _watch.current()
    if generation is None:
        generation, entry = _read(token, key)
    elif _fresh(entry := _kept.get(key), generation):
        meta[META_KEY] = (key, generation)
        return entry
    else:
        entry = _cache().get(key)
    meta[META_KEY] = (key, generation)
    if not _fresh(entry, generation):
        return None
    if _watch.listening:
        _kept.keep(key, entry)
    return entry


def lookup(request):
    """Return the stored answer to `request` as a response (304 when the reader's copy is the
    same), or None."""
    entry = find(request.META)
    if entry is None:
        return None
    response = HttpResponse(entry.body, status=entry.status)
    for name, value in entry.headers:
        response[name] = value
    response["X-Page-Cache"] = "hit"
    return get_conditional_response(request, etag=response.get("ETag"),
                                    last_modified=None, response=response)


class CachedApplication:
    """The WSGI application, answering stored pages before Django builds a request at all: the
    fastest path a hit can take. Everything else goes to Django, where PageCacheMiddleware
    answers the requests that come without this (the test client) and stores what it may."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        entry = find(environ)
        if entry is None:
            return self.application(environ, start_response)
        etag = next((value for name, value in entry.headers if name == "ETag"), None)
        if etag and _etag_matches(environ.get("HTTP_IF_NONE_MATCH", ""), etag):
            start_response("304 Not Modified", [(name, value) for name, value in entry.headers
                                                if name in NOT_MODIFIED_HEADERS])
            return []
        start_response(f"{entry.status} OK", [*entry.headers,
                                              ("Content-Length", str(len(entry.body))),
                                              ("X-Page-Cache", "hit")])
        return [entry.body]


def _etag_matches(if_none_match, etag):
    """Weak comparison, as If-None-Match asks (RFC 9110)."""
    theirs = {tag.removeprefix("W/") for tag in parse_etags(if_none_match)}
    return "*" in theirs or etag.removeprefix("W/") in theirs


def storable(response):
    """Whether `response` may be handed to other readers: a whole 200 page marked public,
    setting no cookie."""
    control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "public" in control
        and "s-maxage" in control
        and "private" not in control
        and "no-store" not in control
    )


def store(request, response):
    """Keep `response` for the next readers of the same address, if it may be kept.

    A response that says nothing about caching is marked private: no shared cache keeps what
    a view did not declare public.
    """
    if not response.has_header("Cache-Control"):
        patch_cache_control(response, private=True, no_cache=True)
    key, generation = request.META.get(META_KEY) or (None, None)
    if key is None or not storable(response):
        return
    headers = [(name, value) for name, value in response.items()
               if name.lower() in KEPT_HEADERS]
    entry = Entry(generation, time.time() + settings.PAGE_CACHE_SECONDS, response.status_code,
                  headers, response.content)
    _cache().set(key, entry, settings.PAGE_CACHE_SECONDS)
    if _watch.listening:
        _kept.keep(key, entry)
    response["X-Page-Cache"] = "miss"


def invalidate():
    """Retire every stored page: the next reader of each gets it rendered anew."""
    new = uuid.uuid4().hex
    _cache().set(GENERATION_KEY, new, None)
    _watch.announce(new)
    held = _request_generation.get()
    if held is not None:
        held["generation"] = new


def generation():
    """The current generation: within a request, the one it read first (see held())."""
    held = _request_generation.get()
    if held is not None and "generation" in held:
        return held["generation"]
    current, token = _watch.current()
    if current is None:
        current, _ = _read(token)
    if held is not None:
        held["generation"] = current
    return current


@contextlib.contextmanager
def held(request):
    """Serve `request` under one generation, read once (when looked up, or at its first use):
    the page, its fragments and what the process keeps (bantin/core/memo.py) then agree, and
    the cache is asked once. Its own changes move it on (invalidate())."""
    looked_up = request.META.get(META_KEY)
    token = _request_generation.set({"generation": looked_up[1]} if looked_up else {})
    try:
        yield
    finally:
        _request_generation.reset(token)


def remembered(key, build):
    """Return what `build()` returns, built once per generation in this process under `key`.

    Kept pickled: every caller gets its own copy, so nothing read from here is shared between
    threads or requests.
    """
    current = generation()
    held = _remembered.get(key)
    if held is None or held[0] != current:
        if len(_remembered) >= REMEMBERED_KEYS:
            _remembered.clear()  # keys that callers make up (hostnames): never unbounded
        held = _remembered[key] = (current, pickle.dumps(build(), pickle.HIGHEST_PROTOCOL))
    return pickle.loads(held[1])


def forget():
    """Drop what this process remembers (remembered()) and the entries it keeps, and read the
    generation anew."""
    _remembered.clear()
    _kept.clear()
    _watch.changed()


def generation_context(request):
    """Template context processor: `page_generation`, the generation this request renders
    under (read when a template first uses it), to key fragments that every page of a site
    shows alike, as `{% cache ... portal.site_id page_generation using="fragments" %}`: a
    fragment is then retired with the pages. The "fragments" cache is each process's memory,
    the generation the shared one."""
    return {"page_generation": SimpleLazyObject(generation)}


def purge_front(pages=(), paths=()):
    """Purge a front cache (settings.WAGTAILFRONTENDCACHE) of `pages`, the pages above them
    (section, home, with their feeds), each site's home and sitemap.xml, and the old `paths`
    (site-relative "/a/b/") of moved pages.

    Other pages' sidebars follow within FRONT_CACHE_SECONDS, the lifetime a front cache gets.
    """
    if not settings.WAGTAILFRONTENDCACHE:
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch
    from wagtail.models import Site

    batch = PurgeBatch()
    for page in pages:
        batch.add_page(page)
        batch.add_pages(page.get_ancestors().filter(depth__gt=1))
    for site in Site.objects.select_related("root_page"):
        batch.add_page(site.root_page)
        batch.add_url(site.root_url + "/sitemap.xml")
        batch.add_urls(site.root_url + path for path in paths)
    batch.purge()
