"""URL configuration: the Wagtail admin, documents, sitemap, health check, reader endpoints,
search, the register of official documents, then the page tree."""

from django.conf import settings
from django.conf.urls.static import static
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from bantin.core import pagecache
from bantin.core import views as core_views
from bantin.library.sitemaps import DocumentSitemap

urlpatterns = [
    path(settings.ADMIN_PATH, include(wagtailadmin_urls)),
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

urlpatterns += [path("", include(wagtail_urls))]
