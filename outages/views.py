"""The error pages: each the site's own, in the reader's language, made without touching the database.

Django's defaults are a bare English "Bad Request (400)" and a CSRF page whose inline style the CSP
blocks. These render a template of site/templates/ without the request, as the 503 page does, so no
context processor reaches for the user or the site settings: the failure may be the database itself.
The language comes from the URL prefix (or the browser), since the locale middleware may not have run.
"""

from django.core.exceptions import RequestDataTooBig
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import add_never_cache_headers


def reader_language(request):
    return translation.get_language_from_path(request.path_info) or translation.get_language_from_request(
        request
    )


def error_page(request, template, status, context=None):
    """`template` rendered in the reader's language with `status`; never cached."""
    with translation.override(reader_language(request)):
        content = render_to_string(template, context or {})
    response = HttpResponse(content, status=status)
    add_never_cache_headers(response)
    return response


def bad_request(request, exception=None):
    """handler400: a body over DATA_UPLOAD_MAX_MEMORY_SIZE gets 413, every other bad request 400."""
    if isinstance(exception, RequestDataTooBig):
        return error_page(request, "413.html", 413)
    return error_page(request, "400.html", 400)


def permission_denied(request, exception=None):
    return error_page(request, "403.html", 403)


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: a form sent from an expired or foreign page."""
    return error_page(request, "403.html", 403, {"csrf": True})
