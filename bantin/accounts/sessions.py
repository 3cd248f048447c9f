"""How long a signed-in session lasts: at most SESSION_COOKIE_AGE from sign-in, and it ends
after SESSION_IDLE_SECONDS without a request (issue 10)."""

import time

from django.conf import settings

SIGNED_IN_AT = "bantin_signed_in_at"
LAST_SEEN = "bantin_last_seen"
# Activity is written at most once a minute, so that not every admin request writes the session.
LAST_SEEN_EVERY = 60


def session_start(sender, request, user, **kwargs):
    now = int(time.time())
    request.session[SIGNED_IN_AT] = now
    request.session[LAST_SEEN] = now


def session_expired(session):
    """Return True if the session is past either limit; otherwise note this request as activity."""
    now = int(time.time())
    started = session.get(SIGNED_IN_AT)
    seen = session.get(LAST_SEEN)
    if started is None or seen is None:
        # A session from before these limits: they count from now.
        session[SIGNED_IN_AT] = started or now
        session[LAST_SEEN] = now
        return False
    if now - started > settings.SESSION_COOKIE_AGE or now - seen > settings.SESSION_IDLE_SECONDS:
        return True
    if now - seen >= LAST_SEEN_EVERY:
        session[LAST_SEEN] = now
    return False
