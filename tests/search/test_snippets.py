"""The lines under a search result: whole sentences, paragraphs apart, from the sentence about the query."""

import pytest

from search.snippets import MAX_LENGTH, snippet
from tests.search.search_support import search

SUMMARY = (
    "<p>57 deltagere drøftede frivillige. Fælles for oplæggene var en klar arbejdsdeling med foreningen.</p>"
    "<p>Frivilligcenter Odense fremlagde en undersøgelse om fastholdelse.</p>"
)


class TestSnippet:
    def test_paragraphs_are_apart_as_sentences(self):
        text = "Arbejdsdeling med foreningen.\n\nFrivilligcenter Odense fremlagde noget."
        assert snippet(text) == "Arbejdsdeling med foreningen. Frivilligcenter Odense fremlagde noget."

    def test_it_starts_at_the_first_sentence_about_the_query(self):
        text = "Biblioteket ligger ved havnen. Om tirsdagen er der lektiehjælp for børn. Kaffen er gratis."
        assert snippet(text, "lektiehjælp") == "… Om tirsdagen er der lektiehjælp for børn. Kaffen er gratis."

    def test_an_inflected_query_word_finds_its_sentence(self):
        text = "Vi låner bøger ud. Der er sprogcafé om onsdagen."
        assert snippet(text, "sprogcaféer").startswith("… Der er sprogcafé")

    def test_it_ends_with_a_whole_sentence(self):
        text = " ".join(f"Sætning nummer {number} handler om biblioteket." for number in range(30))
        shown = snippet(text)
        assert len(shown) <= MAX_LENGTH
        assert shown.endswith("biblioteket.")

    def test_one_long_sentence_is_cut_after_a_whole_word(self):
        shown = snippet("ord " * 200)
        assert len(shown) <= MAX_LENGTH
        assert shown.endswith("ord…")

    def test_arabic_sentences_end_at_their_question_mark(self):
        assert snippet("هل تحتاج مساعدة؟ نحن هنا.", "نحن") == "… نحن هنا."

    def test_no_text_no_snippet(self):
        assert snippet("", "bibliotek") == ""


@pytest.mark.django_db
class TestResultSnippets:
    def test_a_seminars_paragraphs_keep_their_sentence_boundary(self, client, tree):
        tree["seminar"].summary = SUMMARY
        tree["seminar"].save_revision().publish()
        html = search(client, "da", "Formidlingsseminar").content.decode()
        assert "foreningen. Frivilligcenter" in html
        assert "foreningen.Frivilligcenter" not in html

    def test_an_actor_shows_the_part_of_its_description_about_the_query(self, client, tree):
        tree[
            "library"
        ].description = "<p>Vi har bøger på mange sprog.</p><p>Hver tirsdag er der sprogcafé i salen.</p>"
        tree["library"].save_revision().publish()
        result = next(
            result
            for result in search(client, "da", "sprogcafé").context["results"]
            if result["title"] == "Aarhus Hovedbibliotek"
        )
        assert result["summary"] == "… Hver tirsdag er der sprogcafé i salen."
