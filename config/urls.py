from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from directory.sitemaps import ActorSitemap
from home import views as home_views
from home.sitemaps import PageSitemap
from opendata.api import api
from search import views as search_views

# The site's own translated error pages (outages/views.py). A database outage raised outside a view
# (session, user lookup) reaches the 500 handler: it answers 503.
handler400 = "outages.views.bad_request"
handler403 = "outages.views.permission_denied"
handler500 = "outages.middleware.server_error"

SITEMAPS = {"pages": PageSitemap, "actors": ActorSitemap}

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    # Browsers and feed readers ask for /favicon.ico whatever the page says: send them to the icon.
    path("favicon.ico", home_views.favicon, name="favicon"),
    # The read-only JSON API; its language is a parameter, not a URL prefix.
    path("api/v1/", api.urls),
    # An index of paged sections (home/sitemaps.py): no section's document grows with the content; the
    # index, which does, is kept per publish.
    path(
        "sitemap.xml",
        home_views.sitemap_index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path("sitemap-<section>.xml", sitemap_views.sitemap, {"sitemaps": SITEMAPS}, name="sitemap_section"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
elif not settings.AWS_STORAGE_BUCKET_NAME:
    from django.views.static import serve

    # One machine without object storage: gunicorn serves the image renditions itself. Documents are
    # left out: they go through /documents/, where Wagtail checks their privacy settings.
    urlpatterns += [re_path(r"^media/(?P<path>images/.+)$", serve, {"document_root": settings.MEDIA_ROOT})]

# Every public page lives under its language prefix (/da/, /en/ …); "/" redirects to the visitor's language.
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("open-data/", include("opendata.urls")),
    path("handouts/", include("handouts.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
