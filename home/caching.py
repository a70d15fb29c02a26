"""Full-page cache for anonymous readers, emptied at once by every publish.

Why a generation number instead of deleting keys: an actor is shown on its own page, on its
municipality's page, on case studies, in search results and on the home page listings in five languages;
finding every cached URL that shows it is fragile. Instead every cache entry is stamped with a site-wide
"generation" kept in the cache, and any change readers can see (a page or actor published, unpublished,
moved or deleted; a theme, language, target group or site setting saved) increments it. An entry with an
older stamp is never served again; the next reader's request replaces it. The number lives in the shared
cache (Redis in production), so every app server sees a publish at the same moment. The generation and
the entry are read together, in one round trip to Redis (`cache.get_many`), so a page served from the
cache costs one read.

Why not wagtail-cache: it clears its cache when a page is published, but a snippet (an actor) that is
published on its own leaves every page that lists it stale; the generation covers both in one place.
"""

import hashlib
import time
from urllib.parse import urljoin

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_response_headers
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import DraftStateMixin, Page, ReferenceIndex, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

GENERATION_KEY = "portal:page-cache:generation"
# Vocabularies shown on public pages that are neither snippets nor settings (named, not imported:
# home does not import the domain apps).
ALSO_SHOWN = {"home.targetgroup", "directory.language", "wagtailcore.site"}
# Never cached: the admin, documents (which may be private), the API (it counts requests to throttle them).
UNCACHED_PREFIXES = ("/admin/", "/documents/", "/api/")


def _start_generation():
    # Milliseconds since the epoch: if the key was evicted, the new number is still one never used.
    cache.add(GENERATION_KEY, int(time.time() * 1000), timeout=None)
    return cache.get(GENERATION_KEY)


def read_stamped(key):
    """The current generation and what is kept under `key` if it was stored in that generation, else None.

    One round trip: the generation and the entry are read together.
    """
    found = cache.get_many([GENERATION_KEY, key])
    generation = found.get(GENERATION_KEY)
    if generation is None:
        return _start_generation(), None
    stamped = found.get(key)
    if stamped is not None and stamped[0] == generation:
        return generation, stamped[1]
    return generation, None


def store_stamped(key, generation, value, timeout):
    """Keep `value` under `key`, stamped with the generation read before it was computed: should a publish
    happen meanwhile, the stamp is already old and the value is never served."""
    cache.set(key, (generation, value), timeout)


def memoized(name, compute, *parts, timeout=3600):
    """What `compute()` derives from published content, computed once per generation and shared.

    For the parts every page repeats (the menu, the footer), which would otherwise be read from the
    database on each request. Any publish starts a new generation, so it is never stale.
    """
    key = f"portal:memo:{name}:" + ":".join(str(part) for part in parts)
    generation, found = read_stamped(key)
    if found is None:
        found = compute()
        store_stamped(key, generation, found, timeout)
    return found


def bump_generation():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, int(time.time() * 1000), timeout=None)


def invalidate():
    """Empty the page cache now, and again once the change is committed.

    The second bump closes a race: a request that read the old rows just before the commit could
    otherwise store them under the new generation.
    """
    bump_generation()
    transaction.on_commit(bump_generation)


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


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def _page_changed(sender, instance, **kwargs):
    invalidate()


@receiver(published)
@receiver(unpublished)
def _draftable_changed(sender, instance, **kwargs):
    """A snippet with drafts (the actor) is visible only once published, so drafts do not empty the cache."""
    if not isinstance(instance, Page):
        invalidate()
        transaction.on_commit(lambda: purge_cdn_for(instance))


@receiver(post_save)
def _model_saved(sender, instance, raw=False, **kwargs):
    if not raw and _shows_on_public_pages(sender):
        invalidate()
        transaction.on_commit(lambda: purge_cdn_for(instance))


@receiver(post_delete)
def _model_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) or _shows_on_public_pages(sender) or hasattr(sender, "snippet_viewset"):
        invalidate()
