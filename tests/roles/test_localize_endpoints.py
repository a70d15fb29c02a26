"""wagtail-localize's views and JSON API, tried by every role (roles/localize.py).

Translations of pages and actors are the translators' and coordinators': a municipality editor may not
change any translation (not even of their own municipality's actor: editors work in Danish), and a
translator may not make or change Danish content. Each endpoint is called directly, as wagtail-localize's
React editor calls it, rather than through a button.
"""

from urllib.parse import urlencode

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
)

from directory.factories import ActorFactory
from directory.models import Actor
from languages.translation import translate_with_strings
from roles.groups import setup_roles
from tests.roles.roles_support import actor_post, actor_url, client_for, fresh, permission_denied

ALLOWED = True
DENIED = False

# Who may change the English translation of each actor: Aarhus's (the editor's own municipality) and
# Odense's (another municipality).
TRANSLATION_CASES = [
    ("coordinator", "library", ALLOWED),
    ("coordinator", "odense_actor", ALLOWED),
    ("translator", "library", ALLOWED),
    ("translator", "odense_actor", ALLOWED),
    ("editor", "library", DENIED),
    ("editor", "odense_actor", DENIED),
    ("organiser", "odense_actor", DENIED),
]


@pytest.fixture
def english(roles_site, django_capture_on_commit_callbacks):
    """Aarhus's and Odense's actors (and what they sit under) translated into English, and the roles set
    up again, as after adding a language, so that translators hold their permissions on the English pages."""
    for key in ("directory", "municipality", "odense", "library", "odense_actor"):
        with django_capture_on_commit_callbacks(execute=True):
            translate_with_strings(roles_site[key], "en", {})
    setup_roles()
    return roles_site


def translation_of(instance, language_code="en"):
    return Translation.objects.get(
        source__object_id=instance.translation_key, target_locale__language_code=language_code
    )


def name_segment(translation, instance):
    return StringSegment.objects.get(source=translation.source, string__data=instance.name)


def english_name(translation, segment):
    found = StringTranslation.objects.filter(
        translation_of_id=segment.string_id, locale=translation.target_locale, context_id=segment.context_id
    ).first()
    return found and found.data


def string_url(translation, segment):
    return reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])


def put(client, url, data):
    return client.put(url, urlencode(data), content_type="application/x-www-form-urlencoded")


def with_next(url):
    """wagtail-localize's views redirect to the dashboard unless told where to go, as a refusal does."""
    return f"{url}?{urlencode({'next': reverse('wagtailadmin_explore_root')})}"


def refused(response):
    return permission_denied(response) or response.status_code == 403


@pytest.mark.django_db
class TestStringEditApi:
    @pytest.mark.parametrize(("role", "actor_key", "allowed"), TRANSLATION_CASES)
    def test_put_a_string(self, english, role_users, role, actor_key, allowed):
        actor = english[actor_key]
        translation = translation_of(actor)
        segment = name_segment(translation, actor)
        response = put(client_for(role_users[role]), string_url(translation, segment), {"value": "Hacked"})
        assert refused(response) is not allowed
        assert (english_name(translation, segment) == "Hacked") is allowed

    @pytest.mark.parametrize(("role", "actor_key", "allowed"), TRANSLATION_CASES)
    def test_delete_a_string(self, english, role_users, role, actor_key, allowed):
        actor = english[actor_key]
        translation = translation_of(actor)
        segment = name_segment(translation, actor)
        StringTranslation.objects.create(
            translation_of_id=segment.string_id,
            locale=translation.target_locale,
            context_id=segment.context_id,
            data="Odense Central Library",
        )
        response = client_for(role_users[role]).delete(string_url(translation, segment))
        assert refused(response) is not allowed
        assert (english_name(translation, segment) is None) is allowed


@pytest.mark.django_db
class TestOverrideApi:
    @pytest.mark.parametrize(("role", "actor_key", "allowed"), TRANSLATION_CASES)
    def test_put_an_override(self, english, role_users, role, actor_key, allowed):
        """The actor's website, a synchronised field a translator may override for the English actor."""
        translation = translation_of(english[actor_key])
        segment = OverridableSegment.objects.get(source=translation.source, context__path="website")
        url = reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk])
        response = put(client_for(role_users[role]), url, {"value": "https://example.org/hacked"})
        assert refused(response) is not allowed
        overridden = SegmentOverride.objects.filter(locale=translation.target_locale, context=segment.context)
        assert overridden.exists() is allowed


@pytest.mark.django_db
class TestTranslationViews:
    @pytest.mark.parametrize(("role", "actor_key", "allowed"), TRANSLATION_CASES)
    def test_upload_a_po_file(self, english, role_users, role, actor_key, allowed):
        actor = english[actor_key]
        translation = translation_of(actor)
        po = translation.export_po()
        for entry in po:
            if entry.msgid == actor.name:
                entry.msgstr = "Uploaded name"
        url = with_next(reverse("wagtail_localize:upload_pofile", args=[translation.pk]))
        upload = SimpleUploadedFile("actor.po", str(po).encode(), "text/x-gettext-translation")
        response = client_for(role_users[role]).post(url, {"file": upload})
        assert refused(response) is not allowed
        assert (english_name(translation, name_segment(translation, actor)) == "Uploaded name") is allowed

    @pytest.mark.parametrize(("role", "actor_key", "allowed"), TRANSLATION_CASES)
    def test_download_a_po_file(self, english, role_users, role, actor_key, allowed):
        url = reverse("wagtail_localize:download_pofile", args=[translation_of(english[actor_key]).pk])
        response = client_for(role_users[role]).get(url)
        assert (response.status_code == 200) is allowed

    @pytest.mark.parametrize(("role", "actor_key", "allowed"), TRANSLATION_CASES)
    def test_machine_translate(self, english, role_users, settings, role, actor_key, allowed):
        settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
            "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"
        }
        actor = english[actor_key]
        translation = translation_of(actor)
        url = with_next(reverse("wagtail_localize:machine_translate", args=[translation.pk]))
        response = client_for(role_users[role]).post(url)
        assert refused(response) is not allowed
        assert (english_name(translation, name_segment(translation, actor)) is not None) is allowed

    @pytest.mark.parametrize(("role", "actor_key", "allowed"), TRANSLATION_CASES)
    def test_stop_the_translation(self, english, role_users, role, actor_key, allowed):
        translation = translation_of(english[actor_key])
        url = reverse("wagtail_localize:stop_translation", args=[translation.pk])
        client_for(role_users[role]).post(url)
        translation.refresh_from_db()
        assert translation.enabled is not allowed

    @pytest.mark.parametrize(
        ("role", "allowed"),
        [("coordinator", ALLOWED), ("translator", ALLOWED), ("editor", DENIED), ("organiser", DENIED)],
    )
    def test_preview_a_page_translation(self, english, role_users, role, allowed):
        url = reverse("wagtail_localize:preview_translation", args=[translation_of(english["odense"]).pk])
        response = client_for(role_users[role]).get(url)
        assert (response.status_code == 200) is allowed

    @pytest.mark.parametrize(
        ("role", "allowed"),
        [("coordinator", ALLOWED), ("translator", ALLOWED), ("editor", DENIED), ("organiser", DENIED)],
    )
    def test_sync_translations(self, english, role_users, role, allowed):
        translation = translation_of(english["odense_actor"])
        url = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
        response = client_for(role_users[role]).post(url, {"publish_translations": "on"})
        assert refused(response) is not allowed

    @pytest.mark.parametrize(
        ("role", "allowed"),
        [("coordinator", ALLOWED), ("translator", ALLOWED), ("editor", DENIED), ("organiser", DENIED)],
    )
    def test_convert_a_translated_page_to_an_alias(self, english, role_users, role, allowed):
        english_odense = english["odense"].get_translation(Locale.objects.get(language_code="en"))
        url = reverse("wagtail_localize:convert_to_alias", args=[english_odense.pk])
        client_for(role_users[role]).post(url)
        english_odense.refresh_from_db()
        assert (english_odense.alias_of_id is not None) is allowed


@pytest.fixture
def english_only_actor(english):
    """An actor written in English first (a coordinator may do that), with no Danish version yet."""
    english_aarhus = english["municipality"].get_translation(Locale.objects.get(language_code="en"))
    return ActorFactory(
        municipality=english_aarhus,
        locale=english_aarhus.locale,
        name="Newcomer Service Aarhus",
        slug="newcomer-service-aarhus",
    )


@pytest.mark.django_db
class TestSubmitTranslation:
    @pytest.mark.parametrize(
        ("role", "allowed"), [("coordinator", ALLOWED), ("translator", DENIED), ("editor", DENIED)]
    )
    def test_translate_into_danish(self, english_only_actor, role_users, role, allowed):
        """A translation into Danish is Danish content: not the translators'."""
        url = reverse(
            "wagtail_localize:submit_snippet_translation",
            args=["directory", "actor", english_only_actor.pk],
        )
        danish = Locale.objects.get(language_code="da")
        client_for(role_users[role]).post(url, {"locales": [str(danish.pk)]})
        exists = Actor.objects.filter(translation_key=english_only_actor.translation_key, locale=danish)
        assert exists.exists() is allowed

    @pytest.mark.parametrize(
        ("role", "allowed"), [("coordinator", ALLOWED), ("translator", ALLOWED), ("editor", DENIED)]
    )
    def test_translate_an_actor_into_polish(self, english, role_users, role, allowed):
        actor = english["odense_actor"]
        url = reverse("wagtail_localize:submit_snippet_translation", args=["directory", "actor", actor.pk])
        polish = Locale.objects.get(language_code="pl")
        client_for(role_users[role]).post(url, {"locales": [str(polish.pk)]})
        assert Actor.objects.filter(translation_key=actor.translation_key, locale=polish).exists() is allowed


@pytest.mark.django_db
class TestTranslatedActorEditor:
    """The edit view of an English actor is wagtail-localize's translation editor: not the editors'."""

    @pytest.mark.parametrize(("role", "actor_key", "allowed"), TRANSLATION_CASES)
    def test_open(self, english, role_users, role, actor_key, allowed):
        english_actor = english[actor_key].get_translation(Locale.objects.get(language_code="en"))
        response = client_for(role_users[role]).get(actor_url("edit", english_actor))
        assert (response.status_code == 200) is allowed
        assert refused(response) is not allowed

    @pytest.mark.parametrize("actor_key", ["library", "odense_actor"])
    def test_an_editor_cannot_publish_it(
        self, english, role_users, actor_key, django_capture_on_commit_callbacks
    ):
        english_actor = english[actor_key].get_translation(Locale.objects.get(language_code="en"))
        with django_capture_on_commit_callbacks(execute=True):
            response = client_for(role_users["editor"]).post(
                actor_url("edit", english_actor), {**actor_post(english_actor), "action": "publish"}
            )
        assert refused(response)
        assert fresh(english_actor).latest_revision_id == english_actor.latest_revision_id
