"""The Content-Security-Policy of each response (django-csp): settings.CONTENT_SECURITY_POLICY
everywhere, and in the Wagtail admin, for signed-in staff only, the additions of
settings.CONTENT_SECURITY_POLICY_ADMIN that Wagtail's own editing screens need (README,
"Security headers")."""

from csp.constants import SELF
from csp.middleware import CSPMiddleware
from django.conf import settings


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def process_response(self, request, response):
        if getattr(request, "is_dummy", False):
            # Wagtail's preview runs the page through the middleware again, as a request for the
            # page's own address (make_preview_request): the admin view around it sets the policy.
            return response
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        if request.path_info.startswith("/" + settings.ADMIN_PATH) and _signed_in(request):
            parts.update = {**settings.CONTENT_SECURITY_POLICY_ADMIN, **(parts.update or {})}
        if response.get("X-Frame-Options") == "SAMEORIGIN":
            # A view that may be framed by the portal itself (Wagtail's preview, shown beside
            # the editor): frame-ancestors says what X-Frame-Options says.
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts


def _signed_in(request):
    """Whether the request comes from a signed-in user: the admin's login and password pages,
    which anyone may load, keep the strict policy."""
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated
