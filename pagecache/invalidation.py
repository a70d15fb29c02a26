"""What starts a new generation: any change a reader can see. Connected in PageCacheConfig.ready."""

from urllib.parse import urljoin

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import DraftStateMixin, Page, ReferenceIndex, Site

from pagecache.generations import invalidate

# Vocabularies shown on public pages that are neither snippets nor settings (named, not imported:
# home does not import the domain apps).
ALSO_SHOWN = {"home.targetgroup", "directory.language", "wagtailcore.site"}


def purge_cdn_for(instance):
    """Purge the CDN copies of the pages that show a changed snippet, and of its own page if it has one.

    A page that refers to the snippet (a case study to its actors) shows it, and so does a page the
    snippet refers to (an actor's municipality page lists it); both are found in Wagtail's reference
    index. Pages purge themselves through wagtail.contrib.frontend_cache; without a CDN this does nothing.
    """
    if not settings.WAGTAILFRONTENDCACHE:
        return
    from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache, purge_urls_from_cache

    referring = ReferenceIndex.get_references_to(instance).group_by_source_object()
    pages = [source for source, _references in referring if isinstance(source, Page)]
    outgoing = ReferenceIndex.get_references_for_object(instance)
    page_type = ContentType.objects.get_for_model(Page)
    referred_ids = outgoing.filter(to_content_type=page_type).values_list("to_object_id", flat=True)
    pages += Page.objects.filter(pk__in=[int(pk) for pk in referred_ids])
    live_pages = [page for page in pages if page.live]
    if live_pages:
        purge_pages_from_cache(live_pages)
    own_url = instance.get_url() if hasattr(instance, "get_url") else None
    site = Site.objects.filter(is_default_site=True).first()
    if own_url and site:
        purge_urls_from_cache([urljoin(site.root_url, own_url)])


def _shows_on_public_pages(model):
    """Models whose saved rows (not drafts) readers see: snippets, vocabularies, settings, images …"""
    if model._meta.label_lower in ALSO_SHOWN or issubclass(model, (BaseSiteSetting, BaseGenericSetting)):
        return True
    if model in (get_image_model(), get_document_model()):
        return True
    return hasattr(model, "snippet_viewset") and not issubclass(model, DraftStateMixin)


def _page_changed(sender, instance, **kwargs):
    invalidate()


def _draftable_changed(sender, instance, **kwargs):
    """A snippet with drafts (the actor) is visible only once published, so drafts do not empty the cache."""
    if not isinstance(instance, Page):
        invalidate()
        transaction.on_commit(lambda: purge_cdn_for(instance))


def _model_saved(sender, instance, raw=False, **kwargs):
    if not raw and _shows_on_public_pages(sender):
        invalidate()
        transaction.on_commit(lambda: purge_cdn_for(instance))


def _model_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) or _shows_on_public_pages(sender) or hasattr(sender, "snippet_viewset"):
        invalidate()
