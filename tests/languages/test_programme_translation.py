"""A seminar programme reads whole in every language: who takes part in three pieces (issue 17).

The part ("Hosts:", "Moderator:") is interface, the name is the same in every language and never sent to
translators, the role ("bibliotekar") is the seminar's text and translated with it.
"""

import datetime
import importlib

import pytest
from django.utils import translation
from django.utils.translation import gettext
from wagtail_localize.models import StringSegment, TranslationSource

from languages.translation import translate_with_strings

split_speaker = importlib.import_module("seminars.migrations.0004_programme_speaker_parts").split_speaker


def programme_item(title, part="speaker", speaker="", role=""):
    return (
        "item",
        {
            "time": datetime.time(10, 0),
            "title": title,
            "part": part,
            "speaker": speaker,
            "speaker_role": role,
            "description": "",
        },
    )


@pytest.fixture
def seminar(tree):
    seminar = tree["seminar"]
    seminar.programme = [
        programme_item("Velkomst", part="hosts", role="Aarhus Kommunes Biblioteker"),
        programme_item("Sprogcafé", speaker="Mette Lund", role="bibliotekar, Aarhus Hovedbibliotek"),
        programme_item("Panel", part="moderator", speaker="Karen Thygesen"),
    ]
    seminar.save_revision().publish()
    return seminar


def get(client, language, url):
    with translation.override(language):
        return client.get(url).content.decode()


@pytest.mark.django_db
class TestProgrammeTranslation:
    def test_names_are_not_offered_to_translators_but_roles_are(self, seminar):
        source, _created = TranslationSource.update_or_create_from_instance(seminar)
        strings = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))
        assert "bibliotekar, Aarhus Hovedbibliotek" in strings
        assert "Aarhus Kommunes Biblioteker" in strings
        assert "Mette Lund" not in strings
        assert "Karen Thygesen" not in strings

    def test_the_translation_keeps_the_names_and_translates_the_roles(self, client, seminar, home_page, tree):
        for page in (home_page, tree["seminar_index"]):
            translate_with_strings(page, "en", {})
        english = translate_with_strings(
            seminar,
            "en",
            {
                "bibliotekar, Aarhus Hovedbibliotek": "librarian, Aarhus Main Library",
                "Aarhus Kommunes Biblioteker": "Aarhus Public Libraries",
            },
        )
        html = get(client, "en", english.url)
        assert "<bdi>Mette Lund</bdi>, librarian, Aarhus Main Library" in html
        assert "bibliotekar" not in html

    def test_the_part_is_named_in_the_readers_language(self, client, seminar):
        html = get(client, "da", seminar.url)
        with translation.override("da"):
            hosts, moderator = gettext("Hosts:"), gettext("Moderator:")
        assert f"{hosts} Aarhus Kommunes Biblioteker" in html
        assert f"{moderator} <bdi>Karen Thygesen</bdi>" in html

    def test_a_danish_role_on_a_fallback_page_carries_its_language(self, client, seminar, home_page, tree):
        for page in (home_page, tree["seminar_index"]):
            translate_with_strings(page, "uk", {})
        html = get(client, "uk", f"/uk/seminarer/{seminar.slug}/")
        assert '<bdi lang="da" dir="ltr">bibliotekar, Aarhus Hovedbibliotek</bdi>' in html
        assert '<span class="programme__title" lang="da" dir="ltr">Sprogcafé</span>' in html


class TestSplittingTheOldSpeakerText:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Mette Lund, bibliotekar, Aarhus Hovedbibliotek",
                ("speaker", "Mette Lund", "bibliotekar, Aarhus Hovedbibliotek"),
            ),
            ("Værter: Vejle Bibliotekerne", ("hosts", "", "Vejle Bibliotekerne")),
            ("Ordstyrer: Tina Sørensen", ("moderator", "Tina Sørensen", "")),
            ("Mette Lund", ("speaker", "Mette Lund", "")),
            ("", ("speaker", "", "")),
            (None, ("speaker", "", "")),
        ],
    )
    def test_the_part_name_and_role_are_read_from_the_text(self, text, expected):
        assert split_speaker(text) == expected
