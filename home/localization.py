"""Translations: creating them through wagtail-localize, and falling back where one is missing.

The demo loader (and any import of existing translations) records each translated string as a
wagtail-localize `StringTranslation` and then lets wagtail-localize build the translated object. The
result is exactly what a translator produces in the admin: the translation stays linked to its source,
shows up as out of date when the source changes, and can be synced.
"""

from contextvars import ContextVar

from django.conf import settings
from django.core.signals import request_finished, request_started
from django.db import transaction
from django.db.models import F, OuterRef, Q, Subquery
from django.db.models.signals import post_delete, post_save
from django.http import Http404
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import DraftStateMixin, Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue


def translate_with_strings(instance, language_code, strings, user=None):
    """Translate `instance` into `language_code`, using `strings` (source text -> translated text).

    Source strings not found in `strings` fall back to the source text, as wagtail-localize does for an
    unfinished translation. Returns the translated instance.
    """
    locale = Locale.objects.get(language_code=language_code)
    with transaction.atomic():
        source, _created = TranslationSource.update_or_create_from_instance(instance)
        wanted = {
            _as_segment_data(text): _as_segment_data(translated)
            for text, translated in strings.items()
            if translated
        }
        segments = StringSegment.objects.filter(source=source).select_related("string", "context")
        for segment in segments:
            translated = wanted.get(segment.string.data)
            if translated is None:
                continue
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": translated, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
            )
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        # Save a draft and publish it here rather than letting wagtail-localize publish on commit: a parent
        # published after its children were created would overwrite its child count (wagtail-localize #773).
        publishable = isinstance(instance, DraftStateMixin)
        translation.save_target(user=user, publish=not publishable)
        if publishable:
            instance.get_translation(locale).get_latest_revision().publish(user=user)
    return instance.get_translation(locale)


def _as_segment_data(text):
    return StringValue.from_plaintext(text).data


_request_locales = ContextVar("request_locales", default=None)
"""The locales by language code, read once per request: a page asked for them 4–12 times.

Kept for one request only, so a locale added or changed in another process is seen by the next request,
and emptied when a locale is saved or deleted during the request. Outside a request (commands, tests
calling code directly) nothing is kept and every call reads the table, as before.
"""


def _start_request(**kwargs):
    _request_locales.set({})


def _end_request(**kwargs):
    _request_locales.set(None)


def _forget_locales(**kwargs):
    memo = _request_locales.get()
    if memo is not None:
        memo.clear()


request_started.connect(_start_request, dispatch_uid="home_localization_request_started")
request_finished.connect(_end_request, dispatch_uid="home_localization_request_finished")
post_save.connect(_forget_locales, sender=Locale, dispatch_uid="home_localization_locale_saved")
post_delete.connect(_forget_locales, sender=Locale, dispatch_uid="home_localization_locale_deleted")


def locales():
    """Every locale by its language code (one query per request; a handful of rows)."""
    memo = _request_locales.get()
    if memo:
        return memo
    found = {locale.language_code: locale for locale in Locale.objects.all()}
    if memo is not None:
        memo.update(found)
    return found


def locale_for_code(language_code):
    """The locale with exactly this language code, or None."""
    return locales().get(language_code)


def locale_for_language(language_code):
    """Like `Locale.objects.get_for_language`, but read from the per-request memo; None when missing."""
    try:
        code = get_supported_content_language_variant(language_code)
    except LookupError:
        return None
    return locale_for_code(code)


def default_locale():
    """Like `Locale.get_default()`, read from the per-request memo."""
    locale = locale_for_language(settings.LANGUAGE_CODE)
    if locale is None:
        raise Locale.DoesNotExist(f"No locale for the default language {settings.LANGUAGE_CODE}.")
    return locale


def active_locale():
    """Like `Locale.get_active()` (the default locale when the active language has none), memoised."""
    return locale_for_language(get_language() or settings.LANGUAGE_CODE) or default_locale()


def locale_of(instance):
    """`instance.locale` without a query when the locale is already known in this request."""
    if "locale" in instance._state.fields_cache:
        return instance.locale
    for locale in locales().values():
        if locale.pk == instance.locale_id:
            return locale
    return instance.locale


def localized(instance):
    """Wagtail's `instance.localized` (its live translation in the active language, else itself), memoised."""
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return instance
    try:
        locale = active_locale()
    except Locale.DoesNotExist:
        return instance
    if locale.pk == instance.locale_id:
        return instance
    translation = instance.get_translation_or_none(locale)
    if translation is None or (isinstance(instance, DraftStateMixin) and not translation.live):
        return instance
    return translation


def fallback_chain(language_code=None):
    """The reader's language followed by the languages to fall back on, e.g. uk → en → da."""
    code = (language_code or get_language() or settings.LANGUAGE_CODE).split("-")[0]
    fallbacks = getattr(settings, "PORTAL_LANGUAGE_FALLBACKS", {}).get(code, [settings.LANGUAGE_CODE])
    chain = [code]
    for other in [*fallbacks, settings.LANGUAGE_CODE]:
        if other not in chain:
            chain.append(other)
    return chain


def prefer_locales(queryset, language_code=None, rivals=None):
    """One row per translation_key: the reader's language where it exists, else the next in the chain.

    Done in the database (one query, whatever the size), so filters, ordering and pagination still apply.
    `rivals` are the rows whose existence in a preferred language hides a row (the queryset itself by
    default). For a listing of all live pages of a type, `Page.objects.live()` gives the same answer, as
    translations share their type, and spares PostgreSQL joining the type's own table in each subquery
    (6 of the 10 ms of the Arabic case-study index's count).
    """
    rivals = queryset if rivals is None else rivals
    locale_ids = {code: locale.pk for code, locale in locales().items()}
    condition = Q(pk__in=[])
    preferred = []
    for code in fallback_chain(language_code):
        if code not in locale_ids:
            continue
        here = Q(locale_id=locale_ids[code])
        if preferred:
            here &= ~Q(translation_key__in=rivals.filter(locale_id__in=preferred).values("translation_key"))
        condition |= here
        preferred.append(locale_ids[code])
    return queryset.filter(condition)


def prefer_locale_rows(rows, language_code=None):
    """The rows, one per translation key, each in the reader's language or the nearest fallback.

    `rows` are tuples ending in (translation key, locale id). For a bounded list of keys, choosing among
    their translations here is cheaper than `prefer_locales`, whose NOT IN subqueries PostgreSQL checks
    against every row of the preferred languages (4 of 5 ms for the 87 actors like one actor's).
    """
    rank = {}
    for position, code in enumerate(fallback_chain(language_code)):
        locale = locales().get(code)
        if locale is not None:
            rank.setdefault(locale.pk, position)
    best = {}
    for row in rows:
        key, locale_id = row[-2], row[-1]
        if locale_id in rank and (key not in best or rank[locale_id] < rank[best[key][-1]]):
            best[key] = row
    return list(best.values())


def by_translation_key(queryset, keys, language_code=None):
    """{str(translation key): object} for `keys`, each in the reader's language or its nearest fallback.

    Two queries whatever the number of keys: the translations' ids and languages, then the chosen ones.
    Keys with no live object in any language are simply missing.
    """
    keys = {str(key) for key in keys}
    if not keys:
        return {}
    if hasattr(queryset, "defer_streamfields"):  # pages found this way are listed, not shown in full
        queryset = queryset.defer_streamfields()
    rows = (
        queryset.filter(translation_key__in=keys).order_by().values_list("pk", "translation_key", "locale_id")
    )
    chosen = [row[0] for row in prefer_locale_rows(rows, language_code)]
    found = queryset.select_related("locale").in_bulk(chosen) if chosen else {}
    return {str(item.translation_key): item for item in found.values()}


def find_fallback_child(page, slug):
    """A live child `slug` of `page`'s translations in the fallback languages that `page`'s language lacks."""
    for code in fallback_chain(page.locale.language_code)[1:]:
        parent = page.get_translation_or_none(locale_for_code(code))
        if parent is None:
            continue
        child = parent.get_children().live().filter(slug=slug).first()
        if (
            child is not None
            and not child.get_translations().live().filter(locale_id=page.locale_id).exists()
        ):
            return child
    return None


def route_by_url_path(page, request, path_components):
    """Wagtail's routing in two queries however deep the path, or None to let Wagtail route level by level.

    Used for paths of two or more parts; one part costs Wagtail two queries as well.

    Wagtail reads two rows per level (the child by slug, then its specific page): eight queries for an
    actor under /ar/albaladiyat/koebenhavn/. Here the pages on the path are read in one query (by slug,
    then matched on their `url_path`), and the deepest one as its specific type in a second; that page
    routes the rest itself.
    The answer is the same as Wagtail's: pages in between must route like Wagtail's `Page.route` (or only
    add a fallback on 404), and a routable page in between must not claim the rest of the path itself.
    Anything else (a 404 included, where the fallback languages may apply) goes the usual way.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.urls import Resolver404
    from wagtail.contrib.routable_page.models import RoutablePageMixin
    from wagtail.models import Page

    depth_of, url_path = {}, page.url_path
    for depth, slug in enumerate(path_components, 1):
        url_path = f"{url_path}{slug}/"
        depth_of[url_path] = depth
    # By slug, which has an index (url_path has none), and then by url_path among the few rows found.
    rows = (
        Page.objects.filter(slug__in=path_components, path__startswith=page.path)
        .order_by()
        .values_list("pk", "url_path", "content_type_id")
    )
    on_path = {
        depth_of[url_path]: (pk, content_type_id)
        for pk, url_path, content_type_id in rows
        if url_path in depth_of
    }
    deepest = 0
    while deepest + 1 in on_path:
        deepest += 1
    if not deepest:
        return None
    for depth in range(1, deepest + 1):
        model = ContentType.objects.get_for_id(on_path[depth][1]).model_class()
        if model is None:
            return None
        if depth == deepest:
            break
        if issubclass(model, RoutablePageMixin):
            rest = "/" + "/".join(path_components[depth:]) + "/"
            try:
                model.get_resolver().resolve(rest)
            except Resolver404:
                continue
            return None
        if model.route not in (Page.route, FallbackRoutingMixin.route):
            return None
    target = model.objects.filter(pk=on_path[deepest][0]).first()
    if target is None:
        return None
    try:
        return target.route(request, path_components[deepest:])
    except Http404:
        return None


class FallbackRoutingMixin:
    """Serve children that are not yet translated into this page's language from the fallback languages.

    A Ukrainian reader following /uk/…/<slug>/ to a case study that exists only in Danish gets the Danish
    content inside the Ukrainian interface, with a notice (see the `translation_notice` template tag),
    instead of a dead end.
    """

    def route(self, request, path_components):
        if len(path_components) > 1:
            found = route_by_url_path(self, request, path_components)
            if found is not None:
                return found
        try:
            return super().route(request, path_components)
        except Http404:
            if not path_components:
                raise
            child = find_fallback_child(self, path_components[0])
            if child is None:
                raise
            return child.specific.route(request, path_components[1:])


def out_of_date_sources(queryset):
    """Source-language objects published again since their translations were last synced.

    These are what translators should sync: each translation still shows the older text.
    """
    synced = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"), locale_id=OuterRef("locale_id")
    ).values("last_updated_at")[:1]
    return (
        queryset.filter(locale__language_code=settings.LANGUAGE_CODE)
        .annotate(synced_at=Subquery(synced))
        .filter(synced_at__isnull=False, last_published_at__gt=F("synced_at"))
        .order_by("-last_published_at")
    )
