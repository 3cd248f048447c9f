"""Defences of the reader forms that need no outside service: a honeypot field, a minimum time
to fill the form, a rate limit per address (bantin/core/ratelimit.py), banned words and
duplicate detection.
"""

import hashlib
import re
import time
import unicodedata

from django.conf import settings
from django.core import signing
from django.utils.translation import gettext as _

from bantin.core import ratelimit
from bantin.core.text import fold_vi

HONEYPOT_FIELD = "website"
_STARTED_SALT = "bantin.engagement.form-started"


class Refused(Exception):
    """A submission turned away; the message says why, in Vietnamese, to the reader."""


def started_token():
    """Return a signed token of the time a form was handed out (filled in by the page-state
    endpoint, so a cached page still gets a fresh one)."""
    return signing.dumps(time.time(), salt=_STARTED_SALT)


def check_started(token):
    """Refuse a form sent faster than a person can fill it, or handed out too long ago."""
    try:
        started = signing.loads(token or "", salt=_STARTED_SALT,
                                max_age=settings.READER_FORM_MAX_AGE)
    except signing.SignatureExpired as error:
        raise Refused(_("The form has expired. Please reload the page and send it again.")) \
            from error
    except signing.BadSignature as error:
        raise Refused(_("The form could not be checked. Please reload the page and send it "
                        "again.")) from error
    if time.time() - float(started) < settings.READER_FORM_MIN_SECONDS:
        raise Refused(_("The form was sent too fast. Please read it over and send it again."))


def check_honeypot(data):
    """Refuse a form whose hidden field (invisible to people, filled by robots) has a value."""
    if data.get(HONEYPOT_FIELD):
        raise Refused(_("The form could not be sent. Please reload the page and try again."))


def _rate_key(request, scope):
    return f"engagement:rate:{scope}:{ratelimit.client_address(request)}"


def check_rate(request, scope):
    """Raise ratelimit.Limited for a submission of `scope` from an address that has already had
    READER_RATE_LIMIT accepted in READER_RATE_WINDOW seconds (refused ones are not counted)."""
    if ratelimit.count(_rate_key(request, scope)) >= settings.READER_RATE_LIMIT:
        window = settings.READER_RATE_WINDOW
        raise ratelimit.Limited(
            _("Too many submissions from your network. Please wait %(minutes)d minutes and "
              "try again.") % {"minutes": max(1, window // 60)}, retry_after=window)


def count_rate(request, scope):
    """Count one accepted submission of `scope` from the request's address."""
    ratelimit.count_in_window(_rate_key(request, scope), settings.READER_RATE_WINDOW)


def banned_words_found(text, banned):
    """Return the entries of `banned` (one word or phrase per line) found in `text`.

    Whole words only. An entry matches its own spelling and the same words typed without
    diacritics ("lừa đảo" also finds "lua dao", not "lửa đạn"); an entry written without
    diacritics matches every accented form.
    """
    words = re.findall(r"\w+", unicodedata.normalize("NFC", text).casefold())
    found = []
    for line in banned.splitlines():
        entry = re.findall(r"\w+", unicodedata.normalize("NFC", line).casefold())
        if not entry:
            continue
        size, plain = len(entry), fold_vi(" ".join(entry))
        for start in range(len(words) - size + 1):
            window = words[start:start + size]
            folded = fold_vi(" ".join(window))
            if window == entry or (folded == plain and (
                    folded == " ".join(window) or plain == " ".join(entry))):
                found.append(" ".join(entry))
                break
    return found


def fingerprint(text):
    """Return a digest of `text` that ignores case, diacritics, spacing and punctuation, so
    that a message sent again with small changes is recognised."""
    words = re.findall(r"\w+", fold_vi(text))
    return hashlib.sha256(" ".join(words).encode()).hexdigest()
