"""Whether the edit form being rendered is for a text in the source language, for the LIX script.

Wagtail's `insert_editor_js` hook is called without the request or the object, so the edit and create
views' `before_*` hooks (readability/wagtail_hooks.py) note here, for the current request only, whether
the page or snippet in the form is in the source language; the script is inserted only then. The note is
a context variable cleared when each request starts (the same pattern as `languages.locales`), so a form
never inherits the previous request's answer; a view that runs none of these hooks gets no script.

The script checks once more in the browser (Wagtail's ACTIVE_CONTENT_LOCALE), which covers the one view
that cannot tell from its hook: a snippet copied from a translation.
"""

from contextvars import ContextVar

from django.conf import settings
from wagtail.models import TranslatableMixin

from languages.locales import default_locale, locale_for_code

_source_form = ContextVar("readability_source_form", default=False)


def forget(**kwargs):
    """request_started receiver: no form is known yet."""
    _source_form.set(False)


def note_locale(locale_id):
    _source_form.set(locale_id is not None and locale_id == default_locale().pk)


def note_instance(instance):
    note_locale(instance.locale_id if isinstance(instance, TranslatableMixin) else None)


def note_new_snippet(request, model):
    """A new snippet is created in the locale of `?locale=` (Wagtail's default: the default locale)."""
    if not issubclass(model, TranslatableMixin):
        note_locale(None)
        return
    locale = locale_for_code(request.GET.get("locale") or settings.LANGUAGE_CODE)
    note_locale(locale.pk if locale else None)


def is_source_form():
    return _source_form.get()
