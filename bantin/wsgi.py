"""WSGI entry point; production servers set DJANGO_SETTINGS_MODULE=bantin.settings.production.
Stored pages are answered before Django builds a request (bantin/core/pagecache.py)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bantin.settings.production")
application = get_wsgi_application()

from bantin.core.pagecache import CachedApplication  # noqa: E402 (needs the settings loaded)

application = CachedApplication(application)
