"""What readers get when the database cannot be reached: stored pages still come from the page
cache (it never asks the database), every other request answers the static 503 page "Cổng đang
bảo trì" instead of an error, and the portal recovers by itself when the database answers again
(issue 10). Also the record each process keeps of an outage, so the log says it once.
"""

import logging
import sys
import threading

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils.translation import gettext as _
from django.views import defaults

from bantin.core.http import wants_json

logger = logging.getLogger(__name__)

# How long a reader's browser (or a front cache) should wait before asking again, in seconds.
RETRY_AFTER_SECONDS = 60


class Outage:
    """A service this process depends on, logged once when it stops answering and once when it
    answers again: an outage of ten minutes leaves two records, not one per request."""

    def __init__(self, name):
        self.name = name
        self.failures = 0
        self._lock = threading.Lock()

    def failed(self, error):
        with self._lock:
            self.failures += 1
            first = self.failures == 1
        if first:
            logger.error("%s unreachable, answering without it until it returns: %s",
                         self.name, error, exc_info=error)

    def answered(self):
        if not self.failures:  # the common case: no lock taken
            return
        with self._lock:
            failures, self.failures = self.failures, 0
        if failures:
            logger.warning("%s answers again, after %d failures", self.name, failures)


DATABASE = Outage("Database")
CACHE = Outage("Redis (shared cache)")


def is_connection_failure(error):
    """Whether `error` says the database cannot be reached (refused, dropped, shut down), not
    that a query was wrong: IntegrityError, DataError and the like are bugs or bad input."""
    return isinstance(error, OperationalError | InterfaceError)


def maintenance_page():
    """The HTML of the 503 page "Cổng đang bảo trì", also written beside the static files for
    nginx to show while no app process answers (the collectstatic command)."""
    return loader.get_template("503.html").render()


def maintenance_response(request):
    """The 503 answer: the static page, or a JSON message for the portal's scripts. Rendered
    with no request context, so no context processor, tag or setting can touch the database."""
    message = _("The portal is under maintenance. Please come back in a few minutes.")
    if wants_json(request):
        response = JsonResponse({"ok": False, "message": message}, status=503)
    else:
        response = HttpResponse(maintenance_page(), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request, *args, **kwargs):
    """handler500: a database that cannot be reached gets the maintenance page (503); any
    other failure Django's own 500 page. Django calls it inside its `except` for every
    exception a view or middleware raised, so `sys.exc_info()` holds the one being handled."""
    error = sys.exc_info()[1]
    if not is_connection_failure(error):
        return defaults.server_error(request, *args, **kwargs)
    DATABASE.failed(error)
    response = maintenance_response(request)
    # Django would log every such request with its traceback; DATABASE logs the outage once.
    response._has_been_logged = True
    return response


def database_answered(sender, connection, **kwargs):
    """connection_created receiver: a new connection is the sign that an outage is over."""
    DATABASE.answered()
