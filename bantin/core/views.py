"""The health check that load balancers and monitoring poll, and the answer to a form sent
without a valid CSRF token."""

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views import csrf
from django.views.decorators.cache import never_cache

from bantin.core.http import wants_json
from bantin.core.ratelimit import UNREACHABLE


def _cache_answers():
    # The "limits" alias: the one cache that reports an unreachable Redis instead of ignoring it.
    try:
        caches[settings.LIMITS_CACHE_ALIAS].get("healthz")
    except UNREACHABLE:
        return False
    return True


@never_cache
def health(request):
    """Return 200 when the database answers, 503 otherwise, with the state of the database and
    of the shared cache: without Redis the portal still serves (issue 10), so Redis down shows
    as "cache": "unavailable" for monitoring but does not take the process out of service."""
    state = {"cache": "ok" if _cache_answers() else "unavailable"}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unavailable", **state}, status=503)
    return JsonResponse({"status": "ok", "database": "ok", **state})


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: the portal's scripts get a Vietnamese message they can show (the
    reader forms send by fetch and would otherwise get a page they cannot read); browsers get
    templates/403_csrf.html, through Django's own view."""
    if wants_json(request):
        message = _("The form could not be checked. Please reload the page and send it again.")
        return JsonResponse({"ok": False, "message": message}, status=403)
    return csrf.csrf_failure(request, reason)
