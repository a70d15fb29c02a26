"""Translating through wagtail-localize gives translations linked to their Danish source."""

import pytest
from django.utils import translation
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from directory.models import Actor
from languages.translation import translate_with_strings


@pytest.fixture
def english_directory(tree, home_page, english, django_capture_on_commit_callbacks):
    # One commit per translation, as in the admin: wagtail-localize publishes each one on commit, and a
    # parent published after its children were added would lose its child count (wagtail-localize #773).
    for page, strings in [
        (home_page, {"Erfaringsportalen": "The Experience Portal"}),
        (tree["directory"], {"Kommuner": "Municipalities"}),
        (tree["municipality"], {}),
    ]:
        with django_capture_on_commit_callbacks(execute=True):
            translate_with_strings(page, "en", strings)
    return tree


@pytest.mark.django_db
class TestTranslatingAnActor:
    def test_admin_submission_creates_a_linked_english_actor(
        self, english_directory, english, admin_user, django_capture_on_commit_callbacks
    ):
        library = english_directory["library"]
        with django_capture_on_commit_callbacks(execute=True):
            TranslationCreator(admin_user, [english]).create_translations(library)
        translated = Actor.objects.get(locale=english, translation_key=library.translation_key)
        assert translated.slug == library.slug
        assert translated.municipality_id == english_directory["municipality"].get_translation(english).pk
        assert Translation.objects.filter(
            source__object_id=library.translation_key, target_locale=english
        ).exists()

    def test_translated_strings_reach_the_english_actor_and_its_page(
        self, client, english_directory, english, django_capture_on_commit_callbacks
    ):
        library = english_directory["library"]
        with django_capture_on_commit_callbacks(execute=True):
            translated = translate_with_strings(
                library,
                "en",
                {"Aarhus Hovedbibliotek": "Aarhus Main Library", "Man–fre 10–18": "Mon–Fri 10am–6pm"},
            )
        assert translated.name == "Aarhus Main Library"
        assert translated.opening_hours == "Mon–Fri 10am–6pm"
        assert translated.phone == library.phone
        with translation.override("en"):
            response = client.get(translated.get_url())
        assert response.status_code == 200
        assert "<h1>Aarhus Main Library</h1>" in response.content.decode()

    def test_a_changed_source_field_is_synchronised_on_the_next_sync(
        self, english_directory, english, django_capture_on_commit_callbacks
    ):
        library = english_directory["library"]
        with django_capture_on_commit_callbacks(execute=True):
            translate_with_strings(library, "en", {"Aarhus Hovedbibliotek": "Aarhus Main Library"})
        library.phone = "+45 00 00 99 99"
        library.save_revision().publish()
        source, _created = TranslationSource.update_or_create_from_instance(library)
        with django_capture_on_commit_callbacks(execute=True):
            source.create_or_update_translation(english, fallback=True)
        translated = Actor.objects.get(locale=english, translation_key=library.translation_key)
        assert translated.phone == "+45 00 00 99 99"
        assert translated.name == "Aarhus Main Library"


@pytest.mark.django_db
class TestTranslatingACaseStudy:
    def test_case_study_translation_is_linked_and_placed_under_the_translated_index(
        self, client, english_directory, english, django_capture_on_commit_callbacks
    ):
        case_study = english_directory["case_study"]
        with django_capture_on_commit_callbacks(execute=True):
            translate_with_strings(
                english_directory["library"], "en", {"Aarhus Hovedbibliotek": "Aarhus Main Library"}
            )
        with django_capture_on_commit_callbacks(execute=True):
            translate_with_strings(english_directory["case_index"], "en", {"Cases": "Case studies"})
        with django_capture_on_commit_callbacks(execute=True):
            translated = translate_with_strings(
                case_study,
                "en",
                {
                    "Jobcafé på biblioteket": "Job café at the library",
                    "Mange partnere manglede netværk.": "Many partners lacked a network.",
                    "Lagde lokaler til": "Provided the rooms",
                },
            )
        assert translated.translation_key == case_study.translation_key
        assert translated.locale == english
        assert translated.get_parent().specific == english_directory["case_index"].get_translation(english)
        participants = {p.actor.name: p.role for p in translated.participants.select_related("actor")}
        assert participants["Aarhus Main Library"] == "Provided the rooms"
        with translation.override("en"):
            html = client.get(translated.url).content.decode()
        assert "Many partners lacked a network." in html
        assert '<html lang="en"' in html

    def test_every_content_locale_exists(self):
        assert Locale.objects.count() == 5
