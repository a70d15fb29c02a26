"""Settings shared by every environment.

Every environment variable the portal reads is read in the block at the top of this file, with its
type and a safe default, so that one place tells an operator everything that can be configured.
"""

from pathlib import Path

import environ
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# --- Environment -------------------------------------------------------------------------------
env = environ.Env()
DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env.str("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}"),
}
REDIS_URL = env.str("REDIS_URL", default="")
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "var" / "media")
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "var" / "static")
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Erfaringsportalen <noreply@example.org>")
WAGTAILADMIN_BASE_URL = env.str("BASE_URL", default="http://127.0.0.1:8000")
DEEPL_API_KEY = env.str("DEEPL_API_KEY", default="")
# Personal data from the public forms is deleted this many days after it was given.
PERSONAL_DATA_RETENTION_DAYS = env.int("PERSONAL_DATA_RETENTION_DAYS", default=365)
# A public form sent faster than this many seconds after it was shown is taken for a robot.
FORM_MIN_FILL_SECONDS = env.int("FORM_MIN_FILL_SECONDS", default=3)
# Largest image the public may upload with a case study, in bytes.
FORM_MAX_IMAGE_BYTES = env.int("FORM_MAX_IMAGE_BYTES", default=5 * 1024 * 1024)
# Anonymous pages are kept this many seconds in the page cache (pagecache/generations.py); 0 turns it off.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300)
# Cache-Control of public pages: max-age for browsers, s-maxage for a CDN or proxy in front of the site.
CACHE_MAX_AGE = env.int("CACHE_MAX_AGE", default=60)
CACHE_S_MAXAGE = env.int("CACHE_S_MAXAGE", default=300)
# A CDN to purge when content is published: "cloudflare", "cloudfront", "http" (Varnish, Squid …) or off.
FRONTEND_CACHE_BACKEND = env.str("FRONTEND_CACHE_BACKEND", default="")
FRONTEND_CACHE_LOCATION = env.str("FRONTEND_CACHE_LOCATION", default="")
FRONTEND_CACHE_CLOUDFLARE_TOKEN = env.str("FRONTEND_CACHE_CLOUDFLARE_TOKEN", default="")
FRONTEND_CACHE_CLOUDFLARE_ZONEID = env.str("FRONTEND_CACHE_CLOUDFLARE_ZONEID", default="")
FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID = env.str("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID", default="")
# Uploaded images and documents go to S3-compatible object storage when a bucket is named; the
# credentials are boto3's own AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, read by boto3 itself.
AWS_STORAGE_BUCKET_NAME = env.str("AWS_STORAGE_BUCKET_NAME", default="")
AWS_S3_ENDPOINT_URL = env.str("AWS_S3_ENDPOINT_URL", default="") or None
AWS_S3_REGION_NAME = env.str("AWS_S3_REGION_NAME", default="") or None
AWS_S3_CUSTOM_DOMAIN = env.str("AWS_S3_CUSTOM_DOMAIN", default="") or None
# Seconds a database connection is kept open between requests (checked before reuse).
CONN_MAX_AGE = env.int("CONN_MAX_AGE", default=60)
# Failed admin logins (per user name and address) before the login is locked for AXES_COOLOFF_HOURS.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_HOURS = env.int("AXES_COOLOFF_HOURS", default=1)
# The reverse proxies (addresses or networks, comma-separated) whose X-Forwarded-For names the client; empty:
# believe no header and count each connecting address (publicforms/client_address.py).
TRUSTED_PROXIES = env.list("TRUSTED_PROXIES", default=[])
# Background work (e-mail, seminar reminders, Wagtail's own tasks): "database" keeps it in a queue in the
# database for `manage.py db_worker`; "immediate" does it at once, inside the request, without a worker.
TASKS_BACKEND = env.str("TASKS_BACKEND", default="database")
# An e-mail the mail server does not take is tried again, less and less often, for this many hours.
MAIL_RETRY_HOURS = env.int("MAIL_RETRY_HOURS", default=48)
# -----------------------------------------------------------------------------------------------

# Mail to an SMTP server goes through mail.smtp, which tells the outbox when the server is given a message.
if EMAIL_CONFIG["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend":
    EMAIL_CONFIG["EMAIL_BACKEND"] = "mail.smtp.EmailBackend"
vars().update(EMAIL_CONFIG)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

if REDIS_URL:
    # django-redis keeps one Redis client per server and reuses it (Django's own backend builds one per call).
    # Redis is only a cache: while it is unreachable every call is a miss (IGNORE_EXCEPTIONS), no call waits
    # long for it (the timeouts, in seconds), and pagecache.redis_client stops calling it until it answers
    # again, then starts a new page-cache generation (docs/operations.md, "Redis outage").
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.25,
                "SOCKET_TIMEOUT": 0.5,
                "REDIS_CLIENT_CLASS": "pagecache.redis_client.OutageAwareRedis",
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Sessions live in the database only, shared by every app server. Not in the cache as well (cached_db): a
# logout while Redis is unreachable could not delete the cached copy, which would log the user in again
# once Redis returns; and a session read is one query by primary key, made only for logged-in editors.
SESSION_ENGINE = "django.contrib.sessions.backends.db"

# Reconnect by itself after a database restart: a stale connection is tested before a request uses it.
DATABASES["default"]["CONN_MAX_AGE"] = CONN_MAX_AGE
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# A request that fails half-way (for instance when the database goes away) leaves nothing half-stored.
DATABASES["default"]["ATOMIC_REQUESTS"] = True

# The project's apps in the order of the README's Layout section: each imports only apps below it.
INSTALLED_APPS = [
    "demo",
    "opendata",
    "search",
    "translationoverview",
    "readability",
    "handouts",
    "seminars",
    "cooperation",
    "casestudies",
    "directory",
    "publicforms",
    "roles",
    "home",
    "languages",
    "pagecache",
    "outages",
    "mail",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "roles.apps.WagtailUsersConfig",  # wagtail.users with our users admin (roles/users.py)
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    # django-ninja's API docs page uses its own static files only when ninja is an installed app.
    "ninja",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    "csp",
    "axes",
    "django_tasks_db",
]

MIDDLEWARE = [
    "outages.middleware.DatabaseOutageMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "home.middleware.AdminSecurityHeadersMiddleware",
    # After the security headers, so its 400 page carries them too.
    "outages.middleware.OddInputMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    # Outside the session, language and user: a cache hit for an anonymous reader skips them all.
    "pagecache.middleware.PageCacheMiddleware",
    # Pages compressed for readers on a phone (a municipality page: 57 KB of HTML, 9 KB sent), inside the
    # page cache so that a hit is stored compressed and costs no compression; outside everything else
    # that reads or writes the body. CSRF tokens are masked per response (BREACH).
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "languages.middleware.AdminLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "languages.middleware.LanguageRootMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "OPTIONS": {
            # The apps' templates through a loader that translates the few English words Wagtail's admin
            # templates do not mark for translation (roles.admin_templates.py).
            "loaders": [
                (
                    "django.template.loaders.cached.Loader",
                    ["django.template.loaders.filesystem.Loader", "roles.admin_templates.Loader"],
                )
            ],
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-tasks (which Wagtail uses too): in production every app server may run `manage.py db_worker`;
# they share the queue in the database (docs/operations.md, "Background work").
TASKS = {
    "default": {
        "BACKEND": {
            "database": "django_tasks_db.DatabaseBackend",
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
        }[TASKS_BACKEND]
    }
}

# --- Security ----------------------------------------------------------------------------------
# django-axes counts failed logins (the Wagtail admin login included) in the database, so the count
# is shared by every app server, and locks that user name from that address after AXES_FAILURE_LIMIT.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_COOLOFF_TIME = AXES_COOLOFF_HOURS
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "lockout.html"
# The same client address as the forms' rate limits and the API throttle.
AXES_CLIENT_IP_CALLABLE = "publicforms.client_address.client_address"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# The admin and wagtail-localize read the CSRF token from the page, never from the cookie.
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
# The site's own translated 403 page; Django's default has an inline style the CSP blocks.
CSRF_FAILURE_VIEW = "outages.views.csrf_failure"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
# No feature the portal does not use: a script injected into a page cannot reach camera, location …
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": [],
    "camera": [],
    "display-capture": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
}
# The public site runs no inline script or style: only files from this site. The Wagtail admin
# needs inline scripts and styles, so it is left out here and gets its own, looser policy from
# home.middleware.AdminSecurityHeadersMiddleware.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": [NONE],
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    },
}

# --- Languages ---------------------------------------------------------------------------------
# Danish is the source language: editors write in Danish, translators translate from it.
LANGUAGE_CODE = "da"
LANGUAGES = [
    ("da", _("Danish")),
    ("en", _("English")),
    ("uk", _("Ukrainian")),
    ("ar", _("Arabic")),
    ("pl", _("Polish")),
]
# Where a reader's language lacks a translation, show the first of these that exists, with a notice.
PORTAL_LANGUAGE_FALLBACKS = {"en": ["da"], "uk": ["en", "da"], "ar": ["en", "da"], "pl": ["en", "da"]}
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin speaks Danish unless a user picks another language in their account settings.
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    ("da", "Dansk"),
    ("en", "English"),
    ("uk", "Українська"),
    ("ar", "العربية"),
    ("pl", "Polski"),
]
# The project's own catalogues first, then its Danish translation of Wagtail's and wagtail-localize's admin
# (`manage.py update_admin_catalogue`), which Django prefers to the packages' own catalogues.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "admin"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Copenhagen"
# Our own date formats for English (British, 24-hour) and Arabic (day month year); Django's otherwise.
FORMAT_MODULE_PATH = ["config.formats"]

# --- Static and media files ---------------------------------------------------------------------
STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": AWS_S3_ENDPOINT_URL,
            "region_name": AWS_S3_REGION_NAME,
            "custom_domain": AWS_S3_CUSTOM_DOMAIN,
            "default_acl": None,
            "file_overwrite": False,
            # Private documents are served through Wagtail's permission check, never by a public URL.
            "querystring_auth": True,
        },
    }
    MEDIA_HOST = AWS_S3_CUSTOM_DOMAIN or AWS_S3_ENDPOINT_URL or f"{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com"
    MEDIA_HOST = MEDIA_HOST if "://" in MEDIA_HOST else f"https://{MEDIA_HOST}"
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(MEDIA_HOST)
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["media-src"].append(MEDIA_HOST)
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Wagtail -----------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Erfaringsportalen"
# Full-text search in PostgreSQL with each language's own stemming (see search/backend.py);
# SQLite falls back to Wagtail's database backend.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "search.backend",
        "LANGUAGE_CONFIGS": {"da": "danish", "en": "english", "ar": "arabic", "uk": "simple", "pl": "simple"},
    }
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_MODERATION_ENABLED = True
# The admin calls no outside service: no avatars from Gravatar, no check for new Wagtail releases.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_WORKFLOW_ENABLED = True
# Public forms: how many times one address may send each form (valid or not), as (count, seconds).
FORM_RATE_LIMITS = {"suggest": (10, 3600), "share": (10, 3600), "contact": (10, 3600), "register": (10, 3600)}
# Most pixels (width × height) an uploaded image may have; more is refused as a decompression bomb.
FORM_MAX_IMAGE_PIXELS = 25_000_000
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Purge a CDN in front of the site when pages are published; off unless FRONTEND_CACHE_BACKEND is set.
_FRONTEND_CACHE_BACKENDS = {
    "http": {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": FRONTEND_CACHE_LOCATION,
    },
    "cloudflare": {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": FRONTEND_CACHE_CLOUDFLARE_TOKEN,
        "ZONEID": FRONTEND_CACHE_CLOUDFLARE_ZONEID,
    },
    "cloudfront": {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID,
    },
}
WAGTAILFRONTENDCACHE = (
    {"default": _FRONTEND_CACHE_BACKENDS[FRONTEND_CACHE_BACKEND]} if FRONTEND_CACHE_BACKEND else {}
)
# Machine translation offers translators a first draft from DeepL; without a key the button is not shown.
# A free-plan key (ending in ":fx") is sent to DeepL's free endpoint automatically.
if DEEPL_API_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY},
    }
