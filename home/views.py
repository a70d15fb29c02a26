from django.contrib.sitemaps import views as sitemap_views
from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.middleware.gzip import re_accepts_gzip
from django.templatetags.static import static
from django.utils.cache import patch_vary_headers, set_response_etag
from django.utils.text import compress_string
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from pagecache.generations import memoized


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/search/",
        "Allow: /",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def favicon(request):
    """The icon at the address browsers and feed readers ask for whatever the page says (its hashed static
    name in production, so the redirect is looked up per request rather than when the URLs load)."""
    return HttpResponsePermanentRedirect(static("img/favicon-32.png"))


def sitemap_index(request, **kwargs):
    """Django's sitemap index, kept per publish for each scheme and host (its addresses are absolute).

    It lists every page of every section, so it grows with the content: at ten times the content it took
    1.7 times as long. What the middleware would otherwise redo on every request, from the whole document,
    is kept with it: its headers (the type, `X-Robots-Tag`), its ETag (ConditionalGetMiddleware hashes the
    body for one) and its gzip compression (GZipMiddleware leaves alone a response that has its encoding).
    The index holds nothing secret, so it needs none of the random padding GZipMiddleware adds against BREACH.
    """

    def make():
        response = sitemap_views.index(request, **kwargs)
        response.render()
        set_response_etag(response)
        headers = {name: response[name] for name in ("Content-Type", "X-Robots-Tag", "ETag")}
        return response.content, compress_string(response.content), headers

    content, compressed, headers = memoized("sitemap-index-encoded", make, request.scheme, request.get_host())
    if re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
        weak_etag = f"W/{headers['ETag']}"
        response = HttpResponse(
            compressed, headers={**headers, "ETag": weak_etag, "Content-Encoding": "gzip"}
        )
    else:
        response = HttpResponse(content, headers=headers)
    patch_vary_headers(response, ("Accept-Encoding",))
    return response
