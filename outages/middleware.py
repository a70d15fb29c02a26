"""A database outage answers a translated 503 page that asks the reader to try again, never a stack trace;
a query string no person writes answers the translated 400 page, never a database error."""

import logging
import re
import sys

from django.conf import settings
from django.db.utils import InterfaceError, OperationalError
from django.http import JsonResponse
from django.utils import translation
from django.utils.translation import gettext as _

from outages.views import error_page

logger = logging.getLogger(__name__)


DATABASE_ERRORS = (OperationalError, InterfaceError)


# Seconds a browser is told to wait before trying again while the database is unreachable.
OUTAGE_RETRY_AFTER = 30


def database_unreachable(request, exception):
    """Log the outage and answer the 503 page: every place that catches a database error ends here."""
    logger.error("Database unreachable, answering 503: %s", exception)
    return outage_response(request)


def outage_response(request):
    """The 503 page shown while the database is unreachable, made without touching the database."""
    response = error_page(request, "503.html", 503, {"form_sent": request.method == "POST"})
    response["Retry-After"] = str(OUTAGE_RETRY_AFTER)
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
            return database_unreachable(request, exception)
        return None


def server_error(request):
    """The 500 handler: a database outage gets the 503 page; every other error the translated 500 page."""
    exception = sys.exc_info()[1]
    if isinstance(exception, DATABASE_ERRORS):
        return database_unreachable(request, exception)
    return error_page(request, "500.html", 500)


# C0 control characters and DEL: no link or form of the site makes them, and PostgreSQL refuses NUL in text.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
# The same in a query string as it arrives: as they are, or percent-encoded (%00–%1F, %7F).
CONTROL_CHARACTERS_IN_QUERY = re.compile(r"[\x00-\x1f\x7f]|%(?:[01][0-9a-fA-F]|7[fF])")


def has_odd_input(path_info, query_string):
    """Control characters in the (decoded) path or anywhere in the raw query string.

    The query string is read as it arrives rather than parsed into keys and values on every request: the
    verdict is the same, since a decoded key or value holds a control character only where the raw text
    holds it or its percent-encoding (UTF-8 encodes every other character with bytes from 0x80 up).
    """
    return bool(CONTROL_CHARACTERS.search(path_info) or CONTROL_CHARACTERS_IN_QUERY.search(query_string))


class OddInputMiddleware:
    """Answer 400 to a path or query string with control characters before a view hands them to the database.

    One check for every view and every parameter: a NUL byte in `q` was a 500 on PostgreSQL and, through
    SQLite's error, the 503 "database down" page. The API answers in JSON, as it does for its other errors.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if has_odd_input(request.path_info, request.META.get("QUERY_STRING", "")):
            return self.bad_query(request)
        return self.get_response(request)

    def bad_query(self, request):
        if request.path_info.startswith("/api/"):
            language = request.GET.get("language")
            with translation.override(
                language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
            ):
                message = _("The query holds characters that are not allowed, such as a NUL byte.")
            return JsonResponse({"errors": {"query": message}}, status=400)
        return error_page(request, "400.html", 400)
