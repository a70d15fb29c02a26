"""Settings of the server the browser tests drive: the development settings with DEBUG off.

DEBUG stays off so that a missing page gets the portal's own 404 template (with DEBUG on Django shows its
technical 404 page, which is not what visitors see and not what the accessibility checks must judge).
`runserver --insecure` serves the static files; `site_urls` serves the generated demo images.
"""

from config.settings.dev import *  # noqa: F403

DEBUG = False
ROOT_URLCONF = "tests.browser.site_urls"
# No background worker runs beside this server: its tasks (e-mail, Wagtail's reference index) run at once.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
