"""The page cache for anonymous readers, and every response's Cache-Control."""

import hashlib

from django.conf import settings
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_response_headers

from pagecache.generations import read_stamped, store_stamped

# Never cached: the admin, documents (which may be private), the API (it counts requests to throttle them).
UNCACHED_PREFIXES = ("/admin/", "/documents/", "/api/")


def cache_key(request):
    language = translation.get_language_from_path(request.path_info) or ""
    # Stored as sent: compressed for a client that accepts gzip (GZipMiddleware runs inside this one).
    encoding = "gzip" if "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "") else ""
    address = f"{request.get_host()}{request.get_full_path()}|{language}|{encoding}"
    return f"portal:page-cache:{hashlib.sha256(address.encode()).hexdigest()}"


def is_anonymous_request(request):
    """No session cookie means no logged-in user: decided without a database query."""
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


def has_only_shared_cookies(request):
    """Any cookie but the CSRF token or language (a message after a form, a session) may change the page."""
    return set(request.COOKIES) <= {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}


def is_cacheable_request(request):
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and not request.path_info.startswith(UNCACHED_PREFIXES)
        and has_only_shared_cookies(request)
    )


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

        key = cache_key(request)
        generation, cached = read_stamped(key)
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
            store_stamped(
                key, generation, (response.content, list(response.items())), settings.PAGE_CACHE_SECONDS
            )
            response["X-Page-Cache"] = "miss"
        elif is_private(request, response):
            add_never_cache_headers(response)
        return response
