from urllib.parse import urlsplit

from directory.models import Actor
from home.sitemaps import TranslatedSitemap


class ActorSitemap(TranslatedSitemap):
    def live_objects(self):
        return Actor.objects.filter(live=True, municipality__live=True).select_related("municipality")

    def path(self, actor):
        municipality_url = actor.municipality.get_url(self.request)
        return f"{urlsplit(municipality_url).path}{actor.slug}/" if municipality_url else None
