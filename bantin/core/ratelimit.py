"""Limits per client address over a time window, for the public forms and endpoints (issue 10).

Counts live in the "limits" cache: Redis, shared by every process, when there is one. While it
cannot be reached they live in this process's memory instead, so a Redis outage neither raises
nor lifts a limit (each process then counts on its own). A request over a limit gets a 429
answer in Vietnamese with a Retry-After header. The address is the peer's, or behind the
proxies of TRUSTED_PROXIES the one they forwarded (client_address, which django-axes's lockouts
use too).
"""

import functools
import ipaddress

import redis
from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import ImproperlyConfigured
from django.http import JsonResponse
from django.shortcuts import render

from bantin.core.faults import CACHE
from bantin.core.http import wants_json

# What a cache that cannot be reached raises (django-redis re-raises redis-py's errors).
UNREACHABLE = (redis.RedisError, OSError)


class Limited(Exception):
    """A request turned away by a limit: the message says why, in Vietnamese, to the reader;
    `retry_after` says in how many seconds to come back."""

    def __init__(self, message, *, retry_after):
        super().__init__(message)
        self.retry_after = retry_after


def client_address(request):
    """Return the client's IP address in its canonical form (one key per address, however
    written). X-Forwarded-For is believed only when TRUST_X_FORWARDED_FOR is on and the request
    comes from one of TRUSTED_PROXIES: then the client is its right-most hop that is not itself
    a trusted proxy (what is left of that hop anyone may have written). A hop on the way there
    that is not an address makes the peer's address the answer: a forged header must not reach
    an address column."""
    peer = request.META.get("REMOTE_ADDR", "")
    client = peer_address = _parsed(peer)
    if peer_address is None:
        return peer
    if settings.TRUST_X_FORWARDED_FOR and _is_trusted_proxy(peer_address):
        forwarded = request.headers.get("X-Forwarded-For", "")
        for hop in reversed([hop.strip() for hop in forwarded.split(",") if hop.strip()]):
            hop_address = _parsed(hop)
            if hop_address is None:
                return str(peer_address)
            client = hop_address
            if not _is_trusted_proxy(client):
                break
    return str(client)


def _parsed(text):
    """Return `text` as an IP address (an IPv4 address written as IPv6, ::ffff:a.b.c.d, as the
    IPv4 one), or None if it is not one."""
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    return getattr(address, "ipv4_mapped", None) or address


def trusted_proxies():
    """Return the networks of TRUSTED_PROXIES; ImproperlyConfigured names an entry that is not
    an address or a network (the app checks them at startup)."""
    return _networks(tuple(settings.TRUSTED_PROXIES))


@functools.cache
def _networks(entries):
    networks = []
    for entry in entries:
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError:
            raise ImproperlyConfigured(
                f"TRUSTED_PROXIES: {entry!r} không phải là địa chỉ hay dải mạng IP.") from None
    return tuple(networks)


def _is_trusted_proxy(address):
    return any(address in network for network in trusted_proxies())


def _call(method, *args):
    """Call `method` of the limits cache, or of this process's memory while it cannot be
    reached."""
    try:
        result = getattr(caches[settings.LIMITS_CACHE_ALIAS], method)(*args)
    except UNREACHABLE as error:
        CACHE.failed(error)
        return getattr(caches[settings.LIMITS_FALLBACK_CACHE_ALIAS], method)(*args)
    CACHE.answered()
    return result


def mark(key, seconds):
    """Mark `key` for `seconds`; return True if it was not marked yet. Atomic (SET NX in
    Redis): of two simultaneous callers, one gets True."""
    return _call("add", key, 1, seconds)


def count(key):
    """Return the counter `key` (0 when it has expired or never started)."""
    return _call("get", key, 0)


def count_in_window(key, seconds):
    """Add one to the counter `key`, which lives `seconds` from its first count, and return
    it. Atomic in the cache (INCR in Redis): simultaneous requests each get their own number."""
    if mark(key, seconds):
        return 1
    try:
        return _call("incr", key)
    except ValueError:  # expired in between
        mark(key, seconds)
        return 1


def limited_response(request, limited):
    """The 429 answer to a limited request: JSON for the portal's scripts, else a page."""
    if wants_json(request):
        response = JsonResponse({"ok": False, "message": str(limited)}, status=429)
    else:
        response = render(request, "429.html", {"message": str(limited)}, status=429)
    response["Retry-After"] = str(limited.retry_after)
    return response


def rate_limited(scope, *, limit, window, message, methods=("GET", "POST")):
    """Decorate a view: from one address, at most settings.<limit> requests by `methods` in
    settings.<window> seconds (a limit of 0 turns it off); past that, `message` with a 429."""

    def decorate(view):
        @functools.wraps(view)
        def limited_view(request, *args, **kwargs):
            allowed, seconds = getattr(settings, limit), getattr(settings, window)
            if allowed and request.method in methods and count_in_window(
                    f"ratelimit:{scope}:{client_address(request)}", seconds) > allowed:
                return limited_response(request, Limited(str(message), retry_after=seconds))
            return view(request, *args, **kwargs)

        return limited_view

    return decorate
