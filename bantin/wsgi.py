"""WSGI entry point; production servers set DJANGO_SETTINGS_MODULE=bantin.settings.production.
Stored pages are answered before Django builds a request (bantin/core/pagecache.py)."""

import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bantin.settings.production")
application = get_wsgi_application()

from bantin.core.pagecache import CachedApplication  # noqa: E402 (needs the settings loaded)

application = CachedApplication(application)

# What is loaded by now (Django, Wagtail, the URLs and models) lives as long as the worker: kept
# out of the garbage collector's full passes, which otherwise stop a request for tens of
# milliseconds every few hundred requests to scan it again.
gc.collect()
gc.freeze()
