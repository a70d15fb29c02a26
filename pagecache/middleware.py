"""The page cache for anonymous readers, and every response's Cache-Control.

Behind gunicorn a hit is answered before this middleware, by the WSGI application in front of Django
(pagecache/wsgi.py), which hands its lookup to this middleware on a miss and keeps the whole response it
gets back. Without it (the test client, ASGI) this middleware reads and keeps the pages itself.
"""

import hashlib

from django.conf import settings
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_response_headers

from pagecache.generations import read_stamped, store_stamped

# Never cached: the admin, documents (which may be private), the API (it counts requests to throttle them).
UNCACHED_PREFIXES = ("/admin/", "/documents/", "/api/")
# What the WSGI application in front of Django (pagecache/wsgi.py) and this middleware pass each other in
# the WSGI environ, which is the request's META: the wrapper's lookup (key, generation, entry), and this
# middleware's verdict that the response may be kept.
LOOKUP = "pagecache.lookup"
KEEP = "pagecache.keep"


def cache_key(request, *, whole_response=False):
    """The entry of this address, language and encoding.

    Entries kept by the WSGI application hold the whole response's headers (the security headers and CSP
    added outside this middleware included), those kept here only the headers set inside it, so the two
    never share a key. The scheme is part of the address: outside this middleware an http request is
    redirected to https, and HSTS is sent over https only.
    """
    language = translation.get_language_from_path(request.path_info) or ""
    # Stored as sent: compressed for a client that accepts gzip (GZipMiddleware runs inside this one).
    encoding = "gzip" if "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "") else ""
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}|{language}|{encoding}"
    kind = "whole" if whole_response else "inner"
    return f"portal:page-cache:{kind}:{hashlib.sha256(address.encode()).hexdigest()}"


def is_anonymous_request(request):
    """No session cookie means no logged-in user: decided without a database query."""
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


def only_shared_cookies(cookies):
    """Any cookie but the CSRF token or language (a message after a form, a session) may change the page."""
    return set(cookies) <= {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}


def is_cacheable_address(method, path_info):
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and method in ("GET", "HEAD")
        and not path_info.startswith(UNCACHED_PREFIXES)
    )


def is_cacheable_request(request):
    return is_cacheable_address(request.method, request.path_info) and only_shared_cookies(request.COOKIES)


def is_cacheable_response(request, response):
    """Only a plain 200 page that is the same for every anonymous reader.

    A response that sets a cookie or used the CSRF token (a page with a POST form) is someone's own.
    """
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
    )


def is_private(request, response):
    """The admin, a logged-in editor's view of a page, and a page carrying a form's CSRF token."""
    return request.path_info.startswith("/admin/") or (
        response.status_code == 200
        and (
            not is_anonymous_request(request)
            or bool(response.cookies)
            or bool(request.META.get("CSRF_COOKIE_NEEDS_UPDATE"))
        )
    )


class PageCacheMiddleware:
    """Serves anonymous GET/HEAD requests from the page cache and sets every response's Cache-Control.

    Public pages get `public, max-age` for browsers and `s-maxage` for a CDN; the admin, logged-in
    editors and pages with forms get `private, no-store`.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_cacheable_request(request):
            response = self.get_response(request)
            if is_private(request, response):
                add_never_cache_headers(response)
            return response

        lookup = request.META.get(LOOKUP)
        if lookup is None:
            key = cache_key(request)
            generation, cached = read_stamped(key)
        else:
            # Read by the WSGI application already: a conditional request for a kept page, or a miss.
            key, generation, cached = lookup
        if cached is not None:
            content, headers = cached
            response = HttpResponse(content)
            for name, value in headers:
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response

        response = self.get_response(request)
        if is_cacheable_response(request, response):
            patch_response_headers(response, cache_timeout=settings.CACHE_MAX_AGE)
            patch_cache_control(response, public=True, s_maxage=settings.CACHE_S_MAXAGE)
            # Browsers and a CDN revalidate with this ETag and get 304 (ConditionalGetMiddleware).
            if not response.has_header("ETag"):
                response["ETag"] = f'"{hashlib.md5(response.content, usedforsecurity=False).hexdigest()}"'
            if lookup is None:
                store_stamped(
                    key, generation, (response.content, list(response.items())), settings.PAGE_CACHE_SECONDS
                )
            else:
                # The WSGI application keeps it, with the headers the middleware outside this one add.
                request.META[KEEP] = True
            response["X-Page-Cache"] = "miss"
        elif is_private(request, response):
            add_never_cache_headers(response)
        return response
