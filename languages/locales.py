"""The locales and the reader's language, read once per request, and the languages to fall back on."""

from contextvars import ContextVar

from django.conf import settings
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import DraftStateMixin, Locale

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
