"""sitemap.xml over every language: each URL lists its translations as hreflang alternates."""

from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap
from wagtail.models import Page


class TranslatedSitemap(Sitemap):
    """Items are (object, translation key, language code, path) in every locale.

    Django builds each <loc> from the request's scheme and host plus the path; the translations of the
    same object (sharing a translation key) are added as <xhtml:link rel="alternate" hreflang>.
    """

    def __init__(self, request=None):
        self.request = request

    def entries(self):
        raise NotImplementedError

    def items(self):
        entries = list(self.entries())
        self.paths_by_key = {}
        for _obj, key, language, path in entries:
            self.paths_by_key.setdefault(key, []).append((language, path))
        return entries

    def location(self, item):
        return item[3]

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        for url in urls:
            _obj, key, _language, path = url["item"]
            origin = url["location"][: -len(path)]
            translations = self.paths_by_key.get(key, [])
            if len(translations) > 1:
                url["alternates"] = [
                    {"lang_code": language, "location": origin + other} for language, other in translations
                ]
        return urls


class PageSitemap(TranslatedSitemap):
    def entries(self):
        pages = Page.objects.live().public().filter(depth__gte=2).select_related("locale").order_by("path")
        for page in pages.defer_streamfields():
            url = page.get_url(self.request)
            if url:
                yield page, page.translation_key, page.locale.language_code, urlsplit(url).path

    def lastmod(self, item):
        page = item[0]
        return page.last_published_at or page.latest_revision_created_at
