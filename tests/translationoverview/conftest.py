"""The translation overview's tests use the role tests' users and site (tests/roles/conftest.py)."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from languages.translation import translate_with_strings
from roles.groups import setup_roles
from tests.roles.conftest import role_users, role_users_data, roles_data, roles_site  # noqa: F401


def start_translation(instance, language_code):
    """What wagtail-localize's "Translate" form does for one language: a source and a translation."""
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    return Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code=language_code)
    )


def translate_segments(translation, count=None):
    """Translate the first `count` of the source's segments (all of them when None), as in the editor.

    Returns (translated, total)."""
    segments = list(
        StringSegment.objects.filter(source=translation.source)
        .select_related("string", "context")
        .order_by("order")
    )
    chosen = segments if count is None else segments[:count]
    for segment in chosen:
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            data=f"EN {segment.string.data}",
            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        )
    return len(chosen), len(segments)


@pytest.fixture
def save_target(django_capture_on_commit_callbacks):
    """translation.save_target(), with the publishing it leaves for the end of the transaction done now."""

    def save(translation, publish=True):
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=publish)
        return translation.get_target_instance()

    return save


@pytest.fixture
def english_site(roles_site, home_page, django_capture_on_commit_callbacks):  # noqa: F811
    """The English home page, and the roles set up again, as after adding a language: translators then hold
    their page permissions on it."""
    with django_capture_on_commit_callbacks(execute=True):
        translate_with_strings(home_page, "en", {})
    setup_roles()
    return roles_site
