"""Settings shared by every environment; every value that varies comes from an environment variable.

The embedded defaults (SQLite in WAL mode, a local-memory cache, media on disk) run the whole
portal on a fresh clone with no server installed; `DATABASE_URL` and `REDIS_URL` switch to
PostgreSQL and Redis (ARCHITECTURE.md).
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE

BASE_DIR = Path(__file__).resolve().parent.parent
PROJECT_DIR = BASE_DIR.parent


def env_list(name, default=""):
    """Return the comma-separated environment variable `name` as a list of non-empty items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
# Earlier keys, comma-separated, while moving to a new SECRET_KEY: what they signed (sessions,
# recovery codes) stays valid until they are dropped.
SECRET_KEY_FALLBACKS = [key for key in os.environ.get("SECRET_KEY_FALLBACKS", "").split(",")
                        if key]
DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],.localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
CSRF_FAILURE_VIEW = "bantin.core.views.csrf_failure"

INSTALLED_APPS = [
    "bantin.core",
    "bantin.news",
    "bantin.newsroom",
    "bantin.engagement",
    "bantin.search",
    "bantin.importer",
    "bantin.library",
    "bantin.accounts",
    "bantin.briefings",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.table_block",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Staff accounts: two-factor sign-in and lockouts (bantin/accounts).
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    # runserver leaves /static/ to WhiteNoise, so the demo serves the hashed, compressed
    # files with the headers production sends.
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    # Stored pages are answered first, before anything else runs; what they store was answered
    # through the whole stack, security headers included (bantin/core/pagecache.py).
    "bantin.core.middleware.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Security headers (README, "Security headers"): before WhiteNoise, so that static files
    # carry them too.
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "bantin.core.security.ContentSecurityPolicyMiddleware",
    # Static files are served by the portal itself, never from a CDN (agency networks block them).
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # request.user.is_verified(); the admin's second step and session limits (bantin/accounts).
    "bantin.accounts.middleware.OTPMiddleware",
    "bantin.accounts.middleware.SecondStepMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "bantin.core.middleware.SiteMiddleware",
    # Last, as django-axes asks: answers a locked sign-in with bantin/accounts/lockout.py's page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "bantin.urls"
WSGI_APPLICATION = "bantin.wsgi.application"

# Security headers (README, "Security headers"). The Content-Security-Policy (django-csp) of every
# response: everything from the portal itself, no inline script or style and no nonce (public
# pages are stored and shared, a nonce would be too), no frames, plugins or <base>.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "media-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "manifest-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    }
}
# Added in the Wagtail admin for signed-in staff only (bantin/core/security.py), each because a
# Wagtail 8 screen needs it (README, "Security headers"): its listings and editing forms start
# their widgets with inline <script>s that carry no nonce (event-handler attributes stay
# refused), its editor inserts <style> elements and style attributes, its menus' stylesheet has
# a data: image and its upload previews are blob: images, and the editor shows the page's
# preview in a frame of its own.
CONTENT_SECURITY_POLICY_ADMIN = {
    "script-src": [UNSAFE_INLINE],
    "script-src-attr": [NONE],
    "style-src": [UNSAFE_INLINE],
    "img-src": ["data:", "blob:"],
    "frame-src": [SELF],
}
# Features no page of the portal uses are switched off for it and anything it frames.
PERMISSIONS_POLICY = {feature: [] for feature in [
    "accelerometer", "camera", "display-capture", "geolocation", "gyroscope", "hid",
    "idle-detection", "magnetometer", "microphone", "midi", "payment", "screen-wake-lock",
    "serial", "usb", "xr-spatial-tracking",
]}
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
# The admin shows no avatars from Gravatar: the portal loads nothing from other hosts.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "bantin.core.pagecache.generation_context",
            ],
        },
    },
]

# SQLite runs in WAL mode with immediate transactions so that readers never wait on the writer
# and concurrent writers queue instead of failing with "database is locked".
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
}
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{PROJECT_DIR / 'var' / 'bantin.sqlite3'}", conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = SQLITE_OPTIONS
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# A streaming read replica of the primary (docs/deploy.md): anonymous readers' reads go there when
# that is safe, everything else to the primary (bantin/core/db_router.py). After any write every
# read stays on the primary this many seconds, which must exceed the replica's lag.
DATABASE_REPLICA_URL = os.environ.get("DATABASE_REPLICA_URL", "")
DATABASE_REPLICA_PIN_SECONDS = float(os.environ.get("DATABASE_REPLICA_PIN_SECONDS", "2"))
if DATABASE_REPLICA_URL:
    DATABASES["replica"] = dj_database_url.parse(DATABASE_REPLICA_URL, conn_max_age=60)
    DATABASE_ROUTERS = ["bantin.core.db_router.ReplicaRouter"]
    MIDDLEWARE.insert(0, "bantin.core.db_router.ReplicaRoutingMiddleware")
# A persistent connection broken by a database restart is tested at the start of the next request
# and opened anew, instead of failing that request (issue 10, bantin/core/faults.py); on
# PostgreSQL without a round trip (bantin/core/postgresql).
for database in DATABASES.values():
    database["CONN_HEALTH_CHECKS"] = True
    if database["ENGINE"] == "django.db.backends.postgresql":
        database["ENGINE"] = "bantin.core.postgresql"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "bantin"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Redis down (issue 10): the caches answer "nothing stored" at once instead of raising, so pages
# render from the database. The limits on forms and the counters' "already counted" marks go to
# the "limits" alias, which does raise: they are then kept in each process's memory instead
# (bantin/core/ratelimit.py), and hits go straight to the database (engagement/counters.py).
LIMITS_CACHE_ALIAS = "limits"
if REDIS_URL:
    from redis.backoff import NoBackoff
    from redis.retry import Retry

    # Seconds; and one retry at once, not redis-py's ten with growing pauses: a Redis that does
    # not answer costs a request at most two connection timeouts.
    REDIS_OPTIONS = {"SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 2,
                     "CONNECTION_POOL_KWARGS": {"retry": Retry(NoBackoff(), 1)}}
    CACHES[LIMITS_CACHE_ALIAS] = {**CACHES["default"], "OPTIONS": REDIS_OPTIONS}
    CACHES["default"]["OPTIONS"] = {**REDIS_OPTIONS, "IGNORE_EXCEPTIONS": True}
else:
    CACHES[LIMITS_CACHE_ALIAS] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                                  "LOCATION": "limits"}
LIMITS_FALLBACK_CACHE_ALIAS = "limits-local"
CACHES[LIMITS_FALLBACK_CACHE_ALIAS] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                                       "LOCATION": "limits-local",
                                       "OPTIONS": {"MAX_ENTRIES": 10000}}
# The page cache (bantin/core/pagecache.py): in Redis beside the rest, or else in files, which
# every worker process of one machine shares (a local-memory cache would let one process serve
# a page that another has retired).
PAGE_CACHE_ALIAS = "pages"
# Off only to measure rendering (bench/portal_speed.py) or to find a fault.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
if REDIS_URL:
    CACHES[PAGE_CACHE_ALIAS] = {**CACHES["default"],
                                "KEY_PREFIX": CACHES["default"]["KEY_PREFIX"] + "-pages"}
else:
    CACHES[PAGE_CACHE_ALIAS] = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ.get("PAGE_CACHE_DIR", str(PROJECT_DIR / "var" / "cache" / "pages")),
        "OPTIONS": {"MAX_ENTRIES": 20000},
    }
# Fragments every page of a site shows alike (sidebar, footer), kept in each process's memory
# under the page cache's generation (bantin/core/pagecache.py: generation_context).
CACHES["fragments"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                       "LOCATION": "fragments", "OPTIONS": {"MAX_ENTRIES": 2000}}
# How long a stored page lives when nothing retires it earlier (the most-viewed lists follow
# the counters at least this often), and how long a front cache (nginx, a CDN) may keep one:
# publishing purges a page's own addresses there, the sidebars of others follow within this.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
# With Redis, each process also keeps the pages it answered, up to this many bytes of them, and
# answers them from its memory until a publish is announced (bantin/core/pagecache.py).
PAGE_CACHE_PROCESS_BYTES = int(os.environ.get("PAGE_CACHE_PROCESS_BYTES", str(64 * 1024 * 1024)))
FRONT_CACHE_SECONDS = int(os.environ.get("FRONT_CACHE_SECONDS", "5"))
# A front cache purged on publishing through wagtail.contrib.frontend_cache, e.g.
# FRONTEND_CACHE_URL=http://127.0.0.1:8080 for the nginx of deploy/nginx/bantin.conf.
WAGTAILFRONTENDCACHE = (
    {"nginx": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
               "LOCATION": os.environ["FRONTEND_CACHE_URL"]}}
    if os.environ.get("FRONTEND_CACHE_URL") else {}
)
# Where view and visit hits are counted first: Redis when there is one, else the database.
COUNTERS_BACKEND = os.environ.get("COUNTERS_BACKEND", "redis" if REDIS_URL else "database")
# Reader forms (feedback, questions): a person needs some seconds to fill one; a form handed out
# hours ago is stale; one network sends at most READER_RATE_LIMIT in READER_RATE_WINDOW seconds.
READER_FORM_MIN_SECONDS = int(os.environ.get("READER_FORM_MIN_SECONDS", "3"))
READER_FORM_MAX_AGE = 6 * 3600
READER_RATE_LIMIT = int(os.environ.get("READER_RATE_LIMIT", "5"))
READER_RATE_WINDOW = int(os.environ.get("READER_RATE_WINDOW", "600"))
# The sender's address is kept with feedback and questions this many days, to handle abuse.
READER_ADDRESS_DAYS = int(os.environ.get("READER_ADDRESS_DAYS", "90"))
# One ballot per poll per visitor, and per address at most one in this many seconds: short,
# because a whole agency office often shares one address.
POLL_ADDRESS_WINDOW = int(os.environ.get("POLL_ADDRESS_WINDOW", "120"))
POLL_BALLOTS_PER_ADDRESS_PER_DAY = int(os.environ.get("POLL_BALLOTS_PER_ADDRESS_PER_DAY", "300"))
# Page loads counted from one address without a visitor cookie, per 30 minutes (a client that
# keeps no cookie could otherwise inflate counts by changing its browser name).
COOKIELESS_HITS_PER_ADDRESS = int(os.environ.get("COOKIELESS_HITS_PER_ADDRESS", "30"))
# Requests from one address per window (seconds) to the page-load counters (page state, counter
# image), the search and the password forms of protected pages and documents; past it a 429
# (bantin/core/ratelimit.py). Generous: a whole agency office often shares one address. 0: off.
HIT_RATE_LIMIT = int(os.environ.get("HIT_RATE_LIMIT", "600"))
HIT_RATE_WINDOW = 60
SEARCH_RATE_LIMIT = int(os.environ.get("SEARCH_RATE_LIMIT", "60"))
SEARCH_RATE_WINDOW = 60
PASSWORD_RATE_LIMIT = int(os.environ.get("PASSWORD_RATE_LIMIT", "10"))
PASSWORD_RATE_WINDOW = 600
# Behind nginx, the client's address is taken from X-Forwarded-For, but only on requests from
# TRUSTED_PROXIES (addresses or networks: nginx's, and a CDN's if nginx does not replace its
# address with the reader's): the right-most hop that is not one of them (core/ratelimit.py).
TRUST_X_FORWARDED_FOR = env_bool("TRUST_X_FORWARDED_FOR")
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", "127.0.0.1,::1")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    # Django's rule, with its message in Vietnamese (bantin/accounts/passwords.py).
    {"NAME": "bantin.accounts.passwords.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Staff accounts (issue 10, bantin/accounts): two-factor sign-in (django-otp), lockout after
# repeated failed sign-ins (django-axes), sessions that end. README: "Staff sign-in".
AUTHENTICATION_BACKENDS = [
    # Refuses a locked account or address before any password is checked (and, being also a
    # ModelBackend, can load the user of a session, as Wagtail's test helpers ask of the first).
    "axes.backends.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# An account is locked after LOCKOUT_ACCOUNT_FAILURES failed sign-ins (a wrong password, or a
# wrong code at the second step) and an address after LOCKOUT_ADDRESS_FAILURES, each for
# LOCKOUT_MINUTES from the failure that locked it (attempts refused meanwhile do not prolong it).
AXES_FAILURE_LIMIT = int(os.environ.get("LOCKOUT_ACCOUNT_FAILURES", "5"))
LOCKOUT_ADDRESS_FAILURES = int(os.environ.get("LOCKOUT_ADDRESS_FAILURES", "20"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOCKOUT_MINUTES", "15")))
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# In this order: bantin/accounts/lockout.py reads the account's count, then the address's.
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_HANDLER = "bantin.accounts.lockout.AccountAndAddressHandler"
AXES_LOCKOUT_CALLABLE = "bantin.accounts.lockout.lockout_response"
# The address the reader forms' limits use: X-Forwarded-For's hop behind TRUSTED_PROXIES.
AXES_CLIENT_IP_CALLABLE = "bantin.engagement.visitors.client_address"
# Sign-ins are in the audit trail (newsroom/audit.py); axes keeps the failures only, without
# the code typed at the second step.
AXES_DISABLE_ACCESS_LOG = True
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "code"]
# Wagtail's sign-in form with the Vietnamese its own catalogue lacks.
WAGTAILADMIN_USER_LOGIN_FORM = "bantin.accounts.forms.LoginForm"
# The issuer an authenticator app shows beside the account's name.
OTP_TOTP_ISSUER = os.environ.get("OTP_TOTP_ISSUER", "Bantin")
# A session lasts at most SESSION_HOURS from sign-in (with "Remember me"; without it the cookie
# ends when the browser closes) and ends after SESSION_IDLE_MINUTES without a request.
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_HOURS", "8")) * 3600
SESSION_IDLE_SECONDS = int(os.environ.get("SESSION_IDLE_MINUTES", "30")) * 60

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt")]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
# Our own catalogue first; then our Vietnamese for the admin strings of Wagtail, django-taggit
# and django-filter that their own catalogues lack (`make messages` writes only the first).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "third_party_locale"]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", PROJECT_DIR / "var" / "static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", PROJECT_DIR / "var" / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # One storage everywhere (nothing exists only in production): after collectstatic, names
    # carry a hash of the content and a .gz copy lies beside each file, so WhiteNoise sends them
    # compressed and cacheable for good (immutable); before it (tests, a fresh clone) the plain
    # names are served from the apps' folders. See bantin/core/staticfiles.py (issue 9).
    "staticfiles": {"BACKEND": "bantin.core.staticfiles.PortalStaticFilesStorage"},
}
# Without `collectstatic` (development, tests) WhiteNoise finds files through the app finders;
# production serves only collected files.
WHITENOISE_USE_FINDERS = True
# Media (images, editors' documents) in an S3-compatible bucket when MEDIA_S3_BUCKET is set;
# credentials come from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY. Pages still address media
# under the portal's own /media/, which nginx passes to the bucket (docs/deploy.md).
MEDIA_S3_BUCKET = os.environ.get("MEDIA_S3_BUCKET", "")
if MEDIA_S3_BUCKET:
    STORAGES["default"] = {
        "BACKEND": "bantin.core.media_storage.MediaS3Storage",
        "OPTIONS": {
            "bucket_name": MEDIA_S3_BUCKET,
            "endpoint_url": os.environ.get("MEDIA_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("MEDIA_S3_REGION") or None,
            "location": os.environ.get("MEDIA_S3_PREFIX", "media"),
            "file_overwrite": False,
            "default_acl": None,
            "querystring_auth": False,
        },
    }

WAGTAIL_SITE_NAME = "Bantin"
ADMIN_PATH = os.environ.get("ADMIN_PATH", "quan-tri/")
# Pages and documents restricted to signed-in people or to groups send a reader to the admin's
# sign-in, where the second step follows (bantin/accounts/middleware.py), not to Wagtail's
# /_util/login/, which knows nothing of it.
WAGTAIL_FRONTEND_LOGIN_URL = "wagtailadmin_login"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "core.PortalImage"
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "gif"]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_ENABLE_UPDATE_CHECK = False
# The largest saved page import_legacy reads (a page of an old portal is rarely over 1 MB).
IMPORT_MAX_BYTES = int(os.environ.get("IMPORT_MAX_BYTES", str(5 * 1024 * 1024)))
# The files import_legacy read, kept for audit; not under MEDIA_ROOT, so never served.
IMPORT_ORIGINALS_ROOT = Path(os.environ.get("IMPORT_ORIGINALS_ROOT",
                                            PROJECT_DIR / "var" / "originals"))
# Files attached to the documents of the register ("văn bản"): each type allowed here needs a
# content check in bantin/library/files.py; the size limit is in bytes (20 MB by default).
LIBRARY_ATTACHMENT_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "odt", "ods"]
LIBRARY_MAX_UPLOAD_BYTES = int(os.environ.get("LIBRARY_MAX_UPLOAD_BYTES", str(20 * 1024 * 1024)))
# The register's files, outside MEDIA_ROOT: only /van-ban/tai-ve/ (which checks the document is
# public and of the site) hands them out, never the web server's /media/.
LIBRARY_FILES_ROOT = Path(os.environ.get("LIBRARY_FILES_ROOT", PROJECT_DIR / "var" / "documents"))
# Uploads (issue 10, README "Uploads"). Pictures are decoded and encoded again before they are
# stored (bantin/core/images.py), up to IMAGE_MAX_UPLOAD_BYTES and IMAGE_MAX_PIXELS (pixels times
# frames: a decompression bomb is refused). Wagtail's documents pass the register's checks
# (bantin/library/forms.py) and are always sent as downloads by the view that checks their
# collection's privacy, even from S3 (nginx never serves /media/documents/).
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(os.environ.get("IMAGE_MAX_UPLOAD_BYTES",
                                                   str(10 * 1024 * 1024)))
WAGTAILIMAGES_MAX_IMAGE_PIXELS = int(os.environ.get("IMAGE_MAX_PIXELS", "40000000"))
WAGTAILIMAGES_IMAGE_FORM_BASE = "bantin.core.forms.PortalImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "bantin.library.forms.PortalDocumentForm"
WAGTAILDOCS_EXTENSIONS = LIBRARY_ATTACHMENT_EXTENSIONS
WAGTAILDOCS_MAX_UPLOAD_SIZE = LIBRARY_MAX_UPLOAD_BYTES
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
# The type each document is sent with (the register's downloads too), whatever the system's
# table of types says.
WAGTAILDOCS_CONTENT_TYPES = {
    "pdf": "application/pdf",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
}
# Where `manage.py backup` writes its archives unless told otherwise (issue 10, point 6): best
# on another disk than the database and MEDIA_ROOT, and copied off the machine.
BACKUP_ROOT = Path(os.environ.get("BACKUP_ROOT", PROJECT_DIR / "var" / "backups"))
WAGTAIL_ALLOW_UNICODE_SLUGS = False
TAGGIT_CASE_INSENSITIVE = True
# Pages an editor protects with a password ask for it inside the portal, in Vietnamese.
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "news/password_required.html"

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "bantin@localhost")
# The mail server, for EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL")
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "30"))
# Review e-mails go to the people of the section's teams, not to every technical superuser.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
# A unit that has not submitted its report to a briefing is reminded from this many hours
# before the deadline until as long after it, at most once per interval (issue 11).
REPORT_REMINDER_HOURS = int(os.environ.get("REPORT_REMINDER_HOURS", "48"))
REPORT_REMINDER_INTERVAL_HOURS = int(os.environ.get("REPORT_REMINDER_INTERVAL_HOURS", "24"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
