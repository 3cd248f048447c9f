"""Reads of anonymous readers from the PostgreSQL read replica, everything else from the primary.

`DATABASE_REPLICA_URL` adds the "replica" alias and this router (bantin/settings/base.py). A
read goes to the replica only when all of these hold, and to "default" (the primary) otherwise:

- it runs inside a request that `ReplicaRoutingMiddleware` saw: management commands, migrations,
  the scheduler and shells always read from the primary, so a batch job that writes reads what
  it wrote;
- the request is an anonymous GET or HEAD: no session cookie (every editor and every logged-in
  user has one, and so has a reader whose session holds a page password) and no messages
  cookie; a POST reads where it writes;
- nothing was written in this request yet, and no transaction is open on the primary;
- nothing was written anywhere in the last `DATABASE_REPLICA_PIN_SECONDS` (2 by default; up to
  a quarter more). Every write, in any process, leaves a mark in the shared cache (Redis) until
  then, set before the statement runs and set again once its transaction commits. This is what
  keeps a page that was just published from being rendered from a replica that has not
  replayed it yet, and stored by the page cache as new (bantin/core/pagecache.py retires pages
  when the transaction commits, and the mark is set before that). Editors are always on the
  primary anyway.

A write is a statement that changes data, seen by an execute wrapper on the primary's
connection: Django also asks `db_for_write` for the lookup of every `get_or_create()`, which
Wagtail's site settings run on each page, and those change nothing.

Writes always go to the primary, and only the primary is migrated. The replica serves the
anonymous readers that the page caches miss while no one writes; during a burst of editing
the readers follow the editors to the primary, which is the safe side. The pin must exceed
the replica's real lag (`pg_stat_replication.replay_lag`, milliseconds on a healthy
replica). A per-process cache (no `REDIS_URL`) does not share the mark between processes, so a
replica needs Redis (docs/deploy.md).
"""

import contextvars
import math
import time
from dataclasses import dataclass

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections, transaction

REPLICA = "replica"
PIN_KEY = "db-router:primary-until"
READ_METHODS = {"GET", "HEAD"}
# Statements that change no data; any other statement on the primary counts as a write.
READ_STATEMENTS = ("SELECT", "BEGIN", "SAVEPOINT", "RELEASE", "ROLLBACK", "COMMIT", "SET",
                   "SHOW", "PRAGMA", "EXPLAIN")


@dataclass
class RequestState:
    """What the router knows of the request being served."""

    anonymous_read: bool
    wrote: bool = False
    # When the shared write mark was read (once per request, at its first routed read).
    pinned: bool | None = None


_request = contextvars.ContextVar("bantin_db_request", default=None)
# Until when this process last set the write mark. The mark reaches a quarter of the pin
# beyond it and is set again only when less than the pin remains: every write is followed by
# at least the pin, and a burst of writes costs a cache write per quarter pin, not one each.
_marked_until = 0.0
OVERSHOOT = 1.25


def anonymous_read(request):
    """Whether `request` may be answered from the replica: a GET or HEAD with no session."""
    cookies = request.COOKIES
    return (
        request.method in READ_METHODS
        and settings.SESSION_COOKIE_NAME not in cookies
        and CookieStorage.cookie_name not in cookies
        and "HTTP_AUTHORIZATION" not in request.META
    )


def note_write():
    """Keep every read of every process on the primary for the next pin seconds."""
    global _marked_until
    pin = settings.DATABASE_REPLICA_PIN_SECONDS
    now = time.time()
    if _marked_until - now > pin:
        return
    _marked_until = now + OVERSHOOT * pin
    cache.set(PIN_KEY, _marked_until, timeout=math.ceil(OVERSHOOT * pin) + 1)


def _pinned(state):
    if state.pinned is None:
        state.pinned = (cache.get(PIN_KEY) or 0) > time.time()
    return state.pinned


def _watch_writes(execute, sql, params, many, context):
    """Execute wrapper of the primary's connection: note each statement that changes data."""
    if not sql.lstrip()[:9].upper().startswith(READ_STATEMENTS):
        state = _request.get()
        if state is not None:
            state.wrote = True
        note_write()
        primary = context["connection"]
        if primary.in_atomic_block and not any(
            note_write in entry for entry in primary.run_on_commit
        ):
            # Again once the transaction commits: a long one may outlast the first mark.
            transaction.on_commit(note_write, using=primary.alias)
    return execute(sql, params, many, context)


def _primary():
    """The primary's connection of this thread, watched for writes."""
    primary = connections[DEFAULT_DB_ALIAS]
    if _watch_writes not in primary.execute_wrappers:
        # First, not last: `connection.execute_wrapper()` blocks pop the last one when they end.
        primary.execute_wrappers.insert(0, _watch_writes)
    return primary


class ReplicaRouter:
    """Send the reads of anonymous GETs to the replica when it is safe, all else to default."""

    def db_for_read(self, model, **hints):
        primary = _primary()
        state = _request.get()
        if (
            state is None
            or not state.anonymous_read
            or state.wrote
            or primary.in_atomic_block
            or _pinned(state)
        ):
            return DEFAULT_DB_ALIAS
        return REPLICA

    def db_for_write(self, model, **hints):
        # Django also asks here for the reads of get_or_create() and select_for_update(): only
        # statements that change data count as writes (_watch_writes).
        _primary()
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        # The replica is a copy of the primary: an object read from one may point at the other.
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db != REPLICA


class ReplicaRoutingMiddleware:
    """Tell the router, for the length of each request, whether it is an anonymous read."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request.set(RequestState(anonymous_read=anonymous_read(request)))
        try:
            return self.get_response(request)
        finally:
            _request.reset(token)
