"""The health check that load balancers and monitoring poll."""

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

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
