"""Test settings: fast password hashing, in-memory e-mail, media in a throwaway folder."""

import tempfile

from .base import *  # noqa: F403
from .base import DATABASES

SECRET_KEY = "test-only-key"
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="erfaringsportalen-media-")
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
DATABASES["default"].setdefault("TEST", {})
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # A file-based test database lets pytest --reuse-db skip the Wagtail migrations on later runs.
    DATABASES["default"]["TEST"]["NAME"] = str(DATABASES["default"]["NAME"]) + ".test"
DEMO_ADMIN_LOGIN = False
# The page cache and the login lockout stay out of other tests' way; tests/pagecache/test_caching.py and
# tests/home/test_security.py switch them on. Django's test client logs in without a request,
# which django-axes refuses, so its backend is left out here.
PAGE_CACHE_SECONDS = 0
AXES_ENABLED = False
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
SILENCED_SYSTEM_CHECKS = ["axes.W003"]
# Background tasks run at once (e-mail after the commit, through django_capture_on_commit_callbacks);
# tests/mail/ also drive the database backend and its worker.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Tests post forms at once; the tests of the minimum fill time set their own value.
FORM_MIN_FILL_SECONDS = 0
