"""The stock baseline's WSGI application."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "stock_wagtail.settings")
application = get_wsgi_application()
