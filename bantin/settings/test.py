"""Test settings: fast hashing, local-memory cache unless REDIS_URL is set, temporary media."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="bantin-test-media-"))
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
# The tests serve a second agency's site on its own host name (ARCHITECTURE.md).
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1", ".example.vn", ".localhost"]
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="bantin-test-static-"))
