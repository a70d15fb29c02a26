from urllib.parse import urlsplit

from directory.models import Actor
from home.sitemaps import TranslatedSitemap


class ActorSitemap(TranslatedSitemap):
    def entries(self):
        actors = Actor.objects.filter(live=True).select_related("municipality", "locale").order_by("pk")
        for actor in actors:
            yield (
                actor,
                actor.translation_key,
                actor.locale.language_code,
                urlsplit(actor.get_url(self.request)).path,
            )

    def lastmod(self, item):
        return item[0].last_published_at
