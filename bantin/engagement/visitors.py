"""Who a request comes from, as far as counting and anti-abuse need to know: the client's
address, whether it is a robot, and an anonymous visitor key kept in a signed cookie.
"""

import hashlib
import re

from django.conf import settings
from django.core import signing

from bantin.core.ratelimit import client_address

VISITOR_COOKIE = "bantin_khach"
VISITOR_COOKIE_AGE = 365 * 24 * 3600
_SALT = "bantin.engagement.visitor"

# Crawlers, link previewers, monitors and command-line clients: their requests are not readers.
# Headless browsers are not listed: a reader's assistive or archiving tool may be one.
BOT_PATTERN = re.compile(
    r"bot\b|bot/|crawl|spider|slurp|scrap|archiver|facebookexternalhit|embedly|preview|"
    r"monitor|pingdom|uptime|curl/|wget/|python-requests|python-urllib|aiohttp|httpx|"
    r"go-http-client|java/|okhttp|libwww|httpclient|headlesschecker|lighthouse",
    re.IGNORECASE,
)


def is_bot(request):
    """Return True if the request's user agent is a robot's, or missing."""
    agent = request.headers.get("User-Agent", "").strip()
    return not agent or bool(BOT_PATTERN.search(agent))


def _cookie_key(request):
    return request.get_signed_cookie(VISITOR_COOKIE, default=None, salt=_SALT)


def visitor_key(request):
    """Return the visitor's anonymous key: the signed cookie's, else one derived from the
    address and browser (so that the first request and the next, with the cookie, agree)."""
    seed = f"{client_address(request)}|{request.headers.get('User-Agent', '')}"
    return _cookie_key(request) or hashlib.sha256(
        f"{settings.SECRET_KEY}|{seed}".encode()).hexdigest()[:32]


def has_visitor_cookie(request):
    return _cookie_key(request) is not None


def cookie_value(key):
    """Return the signed cookie value that carries the visitor key `key`."""
    return signing.get_cookie_signer(salt=VISITOR_COOKIE + _SALT).sign(key)


def remember_visitor(request, response, key):
    """Set the visitor cookie on `response` unless the request carried a valid one."""
    if not has_visitor_cookie(request):
        response.set_cookie(VISITOR_COOKIE, cookie_value(key), max_age=VISITOR_COOKIE_AGE,
                            httponly=True, samesite="Lax", secure=request.is_secure())
    return response
