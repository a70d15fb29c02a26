"""Translations: creating them through wagtail-localize, and falling back where one is missing.

The demo loader (and any import of existing translations) records each translated string as a
wagtail-localize `StringTranslation` and then lets wagtail-localize build the translated object. The
result is exactly what a translator produces in the admin: the translation stays linked to its source,
shows up as out of date when the source changes, and can be synced.
"""

from django.conf import settings
from django.db import transaction
from django.db.models import F, OuterRef, Q, Subquery
from django.http import Http404
from django.utils.translation import get_language
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


def fallback_chain(language_code=None):
    """The reader's language followed by the languages to fall back on, e.g. uk → en → da."""
    code = (language_code or get_language() or settings.LANGUAGE_CODE).split("-")[0]
    fallbacks = getattr(settings, "PORTAL_LANGUAGE_FALLBACKS", {}).get(code, [settings.LANGUAGE_CODE])
    chain = [code]
    for other in [*fallbacks, settings.LANGUAGE_CODE]:
        if other not in chain:
            chain.append(other)
    return chain


def prefer_locales(queryset, language_code=None):
    """One row per translation_key: the reader's language where it exists, else the next in the chain.

    Done in the database (one query, whatever the size), so filters, ordering and pagination still apply.
    """
    locale_ids = dict(
        Locale.objects.filter(language_code__in=fallback_chain(language_code)).values_list(
            "language_code", "pk"
        )
    )
    condition = Q(pk__in=[])
    preferred = []
    for code in fallback_chain(language_code):
        if code not in locale_ids:
            continue
        here = Q(locale_id=locale_ids[code])
        if preferred:
            here &= ~Q(translation_key__in=queryset.filter(locale_id__in=preferred).values("translation_key"))
        condition |= here
        preferred.append(locale_ids[code])
    return queryset.filter(condition)


def find_fallback_child(page, slug):
    """A live child `slug` of `page`'s translations in the fallback languages that `page`'s language lacks."""
    for code in fallback_chain(page.locale.language_code)[1:]:
        parent = page.get_translation_or_none(Locale.objects.filter(language_code=code).first())
        if parent is None:
            continue
        child = parent.get_children().live().filter(slug=slug).first()
        if (
            child is not None
            and not child.get_translations().live().filter(locale_id=page.locale_id).exists()
        ):
            return child
    return None


class FallbackRoutingMixin:
    """Serve children that are not yet translated into this page's language from the fallback languages.

    A Ukrainian reader following /uk/…/<slug>/ to a case study that exists only in Danish gets the Danish
    content inside the Ukrainian interface, with a notice (see the `translation_notice` template tag),
    instead of a dead end.
    """

    def route(self, request, path_components):
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
