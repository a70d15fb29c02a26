import logging
import sys

from django.conf import settings
from django.db.utils import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.views import defaults

logger = logging.getLogger(__name__)


class AdminLanguageMiddleware:
    """Speak Danish in the Wagtail admin unless the user chose another language in their preferences.

    Wagtail falls back to the browser's language for users without a preference; the portal's editors
    are Danish librarians, so the admin's default is the site's source language instead.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/admin/"):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
        return self.get_response(request)


DATABASE_ERRORS = (OperationalError, InterfaceError)
# Seconds a browser is told to wait before trying again while the database is unreachable.
OUTAGE_RETRY_AFTER = 30


def outage_response(request):
    """The 503 page shown while the database is unreachable, made without touching the database.

    It is rendered without the request, so no context processor can reach for the user or the site
    settings; the language comes from the URL prefix (or the browser) since the locale middleware
    may not have run yet when the session or user lookup was what failed.
    """
    language = translation.get_language_from_path(request.path_info) or translation.get_language_from_request(
        request
    )
    with translation.override(language):
        content = render_to_string("503.html", {"form_sent": request.method == "POST"})
    response = HttpResponse(content, status=503)
    response["Retry-After"] = str(OUTAGE_RETRY_AFTER)
    add_never_cache_headers(response)
    return response


class DatabaseOutageMiddleware:
    """Answer 503 with a friendly page, not a traceback, when PostgreSQL is down or restarting.

    It is the first middleware, so it also sees errors from everything after it. Django turns an
    exception raised inside another middleware (the session or user lookup) into a response before
    it reaches an outer middleware, so those errors arrive through `server_error` (the 500 handler)
    instead; both end in `outage_response`. With CONN_HEALTH_CHECKS the next request after the
    database is back opens a fresh connection, so the site recovers by itself; with ATOMIC_REQUESTS
    a form sent during the outage stores nothing half-done.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ERRORS):
            logger.error("Database unreachable, answering 503: %s", exception)
            return outage_response(request)
        return None


def server_error(request):
    """The 500 handler: a database outage gets the 503 page; every other error the plain 500 page."""
    exception = sys.exc_info()[1]
    if isinstance(exception, DATABASE_ERRORS):
        logger.error("Database unreachable, answering 503: %s", exception)
        return outage_response(request)
    return defaults.server_error(request)


class AdminSecurityHeadersMiddleware:
    """The Wagtail admin's own Content-Security-Policy, looser than the public site's.

    The admin (and wagtail-localize's editor) relies on inline scripts and styles, so the public
    policy from django-csp leaves /admin/ out; the admin still must not be framed by other sites,
    have its base URL rewritten, load plugins or post its forms elsewhere.
    """

    policy = (
        "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:; img-src 'self' data: blob: https:; "
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"
    )

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith("/admin/"):
            response.setdefault("Content-Security-Policy", self.policy)
        return response


class LanguageRootMiddleware:
    """Route Wagtail pages from the site and its language root kept per publish, not read per request.

    Wagtail's `Page.route_for_request` reads the site, the active locale, the root page's translation and
    that page's specific type before it routes anything: four queries and 3 ms on every page. The pair
    (site, language root) changes only when a page is published, moved or deleted or a site is saved,
    which all start a new generation of `home.caching`, so it is kept with `memoized` like the menu.
    Routing below the root is left to the pages' own `route`, as Wagtail would call it; the result goes
    where Wagtail looks for it first (`request._wagtail_route_for_request`, `request._wagtail_site`).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        from wagtail import views as wagtail_views

        if view_func is not wagtail_views.serve or hasattr(request, "_wagtail_route_for_request"):
            return None
        try:
            return self._route(request, view_args, view_kwargs)
        except DATABASE_ERRORS as exception:  # process_exception sees only the view's own errors
            logger.error("Database unreachable, answering 503: %s", exception)
            return outage_response(request)

    def _route(self, request, view_args, view_kwargs):
        from django.http import Http404

        from home.caching import memoized

        language = translation.get_language()
        site, root = memoized("language-root", lambda: _language_root(request), request.get_host(), language)
        if site is None or root is None:
            return None  # Wagtail answers as usual (a 404 without a site)
        request._wagtail_site = site
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        try:
            request._wagtail_route_for_request = root.route(
                request, [part for part in path.split("/") if part]
            )
        except Http404:
            request._wagtail_route_for_request = None
        return None


def _language_root(request):
    from wagtail.models import Site

    from home.localization import localized

    site = Site.find_for_request(request)
    return site, (localized(site.root_page).specific if site is not None else None)
