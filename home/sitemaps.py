"""The XML sitemap: an index of paged sections, each URL with its translations as hreflang alternates.

At national scale (5,000 actors and 500 case studies in five languages) a single sitemap.xml was a
19 MB document that took seconds to build. The sitemap is therefore an index (`/sitemap.xml`) of
sections (`/sitemap-pages.xml?p=2`). A section is paged by translation key, not by URL, so the
translations of one object always land on the same page and can list each other as alternates; only
the objects of the requested page are loaded.
"""

from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap
from wagtail.models import Page

from pagecache.generations import memoized


class TranslatedSitemap(Sitemap):
    """Subclasses give the live objects (`live_objects`) and each object's path (`path`)."""

    # Translation keys per sitemap page: up to 1,000 URLs with their alternates, about 0.7 MB at national
    # scale, far below the 50,000 URLs a sitemap may hold.
    limit = 200

    def __init__(self, request=None):
        self.request = request

    def live_objects(self):
        raise NotImplementedError

    def path(self, obj):
        raise NotImplementedError

    def last_modified(self, obj):
        return obj.last_published_at

    @property
    def paginator(self):
        """Django's, with its count (a DISTINCT over every object in the country) kept per publish.

        Only the index's number of sections comes from it: a section reads its own keys (`_urls`), so an
        object added since the count is never cut off.
        """
        paginator = super().paginator
        paginator.__dict__["count"] = memoized("sitemap-count", lambda: paginator.count, type(self).__name__)
        return paginator

    def items(self):
        return (
            self.live_objects()
            .order_by("translation_key")
            .values_list("translation_key", flat=True)
            .distinct()
        )

    def _urls(self, page, protocol, domain):
        number = self.paginator.validate_number(page) if str(page) != "1" else 1
        keys = list(self.items()[(number - 1) * self.limit : number * self.limit])
        groups = {}
        for obj in self.live_objects().filter(translation_key__in=keys).select_related("locale"):
            path = self.path(obj)
            if path:
                groups.setdefault(obj.translation_key, []).append((obj, obj.locale.language_code, path))
        origin = f"{protocol}://{domain}"
        urls = []
        for key in keys:
            group = sorted(groups.get(key, []), key=lambda entry: entry[1])
            alternates = (
                [{"lang_code": language, "location": origin + path} for _obj, language, path in group]
                if len(group) > 1
                else []
            )
            for obj, _language, path in group:
                urls.append(
                    {
                        "item": obj,
                        "location": origin + path,
                        "lastmod": self.last_modified(obj),
                        "changefreq": None,
                        "priority": "",
                        "alternates": alternates,
                    }
                )
        return urls


class PageSitemap(TranslatedSitemap):
    def live_objects(self):
        return Page.objects.live().public().filter(depth__gte=2).defer_streamfields()

    def path(self, page):
        url = page.get_url(self.request)
        return urlsplit(url).path if url else None

    def last_modified(self, page):
        return page.last_published_at or page.latest_revision_created_at
