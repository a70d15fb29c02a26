from django.contrib.sitemaps import views as sitemap_views
from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.utils.cache import set_response_etag
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
    1.7 times as long. Its headers (the type, `X-Robots-Tag`) are kept with it, and so is its ETag, which
    ConditionalGetMiddleware would otherwise hash from the whole document on every request."""

    def make():
        response = sitemap_views.index(request, **kwargs)
        response.render()
        set_response_etag(response)
        return response.content, {name: response[name] for name in ("Content-Type", "X-Robots-Tag", "ETag")}

    content, headers = memoized("sitemap-index", make, request.scheme, request.get_host())
    return HttpResponse(content, headers=headers)
