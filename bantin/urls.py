"""URL configuration: the Wagtail admin, documents, sitemap, health check, reader endpoints,
search, the register of official documents, then the page tree."""

from django.conf import settings
from django.conf.urls.static import static
from django.urls import include, path
from django.utils.translation import gettext_lazy
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.documents.views import serve as wagtaildocs_serve

from bantin.core import pagecache
from bantin.core import views as core_views
from bantin.core.ratelimit import rate_limited
from bantin.library.sitemaps import DocumentSitemap

# The password forms of protected pages and documents, Wagtail's own views, tried at most
# PASSWORD_RATE_LIMIT times from one address in PASSWORD_RATE_WINDOW seconds (issue 10).
password_limited = rate_limited(
    "password", limit="PASSWORD_RATE_LIMIT", window="PASSWORD_RATE_WINDOW", methods=("POST",),
    message=gettext_lazy("Too many password attempts from your network. Please wait ten "
                         "minutes and try again."))

urlpatterns = [
    path(settings.ADMIN_PATH, include(wagtailadmin_urls)),
    path("tai-lieu/authenticate_with_password/<int:restriction_id>/",
         password_limited(wagtaildocs_serve.authenticate_with_password),
         name="wagtaildocs_authenticate_with_password"),
    path("tai-lieu/", include(wagtaildocs_urls)),
    path("sitemap.xml", pagecache.public_page(sitemap),
         {"sitemaps": {"pages": Sitemap, "documents": DocumentSitemap}}, name="sitemap"),
    path("healthz/", core_views.health, name="health"),
    path("tuong-tac/", include("bantin.engagement.urls")),
    path("tim-kiem/", include("bantin.search.urls")),
    path("van-ban/", include("bantin.library.urls")),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [
    path("_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
         password_limited(wagtail_views.authenticate_with_password),
         name="wagtailcore_authenticate_with_password"),
    path("", include(wagtail_urls)),
]

# A database that cannot be reached answers the maintenance page (503), not an error (issue 10).
handler500 = "bantin.core.faults.server_error"

