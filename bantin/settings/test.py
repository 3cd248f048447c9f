"""Test settings: fast hashing, local-memory cache unless REDIS_URL is set, temporary media."""

import os
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
# On SQLite the test database is a file, not memory: the live server's threads then each open
# their own connection, as a real server's would, and the load tests meet SQLite's real locking.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": str(Path(tempfile.mkdtemp(prefix="bantin-test-db-")) / "test.sqlite3")
    }
# Redis keys of a test run never meet those of a running portal.
if REDIS_URL:  # noqa: F405
    CACHES["default"]["KEY_PREFIX"] = "bantin-test"  # noqa: F405
    CACHES[LIMITS_CACHE_ALIAS]["KEY_PREFIX"] = "bantin-test"  # noqa: F405
IMPORT_ORIGINALS_ROOT = Path(tempfile.mkdtemp(prefix="bantin-test-originals-"))
LIBRARY_FILES_ROOT = Path(tempfile.mkdtemp(prefix="bantin-test-documents-"))
# Stored pages of a test run go to their own folder (or Redis keys under the test prefix).
if REDIS_URL:  # noqa: F405
    CACHES[PAGE_CACHE_ALIAS]["KEY_PREFIX"] = "bantin-test-pages"  # noqa: F405
else:
    # PAGE_CACHE_DIR lets the app processes a test starts share the test's folder.
    CACHES[PAGE_CACHE_ALIAS]["LOCATION"] = (  # noqa: F405
        os.environ.get("PAGE_CACHE_DIR") or tempfile.mkdtemp(prefix="bantin-test-pages-"))
# A "replica" alias mirroring default (Django's TEST MIRROR) lets tests/core/test_db_router.py
# try the replica router on SQLite and PostgreSQL alike. The router is switched on only there:
# every other test reads what it wrote inside its own transaction, on the one connection.
DATABASES["replica"] = {**DATABASES["default"], "TEST": {"MIRROR": "default"}}  # noqa: F405
DATABASE_ROUTERS = []
# The per-address limits of bantin/core/ratelimit.py are off: tests send hundreds of requests from
# one address (the payload corpus, the load tests); tests/core/test_ratelimit.py turns them on.
HIT_RATE_LIMIT = SEARCH_RATE_LIMIT = PASSWORD_RATE_LIMIT = 0
