"""Creating translations through wagtail-localize, as a translator would.

The demo loader (and any import of existing translations) records each translated string as a
wagtail-localize `StringTranslation` and then lets wagtail-localize build the translated object. The
result is exactly what a translator produces in the admin: the translation stays linked to its source,
shows up as out of date when the source changes, and can be synced.
"""

from django.conf import settings
from django.db import transaction
from django.db.models import F, OuterRef, Subquery
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
