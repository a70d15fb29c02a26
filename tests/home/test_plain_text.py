"""Rich text as plain text: sentence and paragraph boundaries kept, entities decoded once, escaped once."""

import json
import re

import pytest
from django.utils.html import escape

from directory.factories import ActorFactory
from home.plain_text import field_text, html_to_text, one_line
from search.views import _as_result

RICH = "<p>Children&#x27;s caf&eacute; &amp; more &lt;3.</p><p>Vi hjælper nytilkomne.</p><p>Vi hjælper</p>"
PLAIN = "Children's café & more <3.\n\nVi hjælper nytilkomne.\n\nVi hjælper"


class TestHtmlToText:
    def test_paragraphs_stay_apart_and_entities_are_decoded(self):
        assert html_to_text(RICH) == PLAIN

    def test_entities_are_decoded_only_once(self):
        assert (
            html_to_text("<p>&amp;lt;b&amp;gt; is how you write &lt;b&gt;</p>")
            == "&lt;b&gt; is how you write <b>"
        )

    def test_line_breaks_list_items_and_headings_are_boundaries(self):
        html = '<h2>Åbent</h2><p>Mandag<br/>Tirsdag</p><ul><li>Kaffe</li><li><a href="/x">Kage</a></li></ul>'
        assert html_to_text(html) == "Åbent\n\nMandag\nTirsdag\n\nKaffe\n\nKage"

    def test_inline_markup_does_not_split_words(self):
        assert html_to_text("<p>Sprog<b>café</b> i <i>Aarhus</i> </p>") == "Sprogcafé i Aarhus"

    def test_scripts_and_embeds_leave_nothing(self):
        html = '<p>Hej</p><script>alert(1)</script><embed embedtype="image" id="1"/><p>med dig</p>'
        assert html_to_text(html) == "Hej\n\nmed dig"

    def test_one_line_keeps_a_space_at_each_boundary_and_cuts_at_a_word(self):
        assert one_line(PLAIN) == "Children's café & more <3. Vi hjælper nytilkomne. Vi hjælper"
        assert one_line("Vi hjælper nytilkomne", max_length=15) == "Vi hjælper…"


@pytest.mark.django_db
class TestWhereItIsShown:
    @pytest.fixture
    def actor(self, tree):
        return ActorFactory(
            municipality=tree["municipality"], name="Børn & unge", slug="born-unge", description=RICH
        )

    def test_the_meta_description_and_open_graph_are_escaped_once(self, client, actor):
        html = client.get(actor.get_url()).content.decode()
        expected = escape(one_line(PLAIN))
        assert f'<meta name="description" content="{expected}">' in html
        assert f'<meta property="og:description" content="{expected}">' in html
        assert "&amp;amp;" not in html and "&amp;#x27;" not in html

    def test_markup_written_as_text_stays_text(self, client, tree):
        hostile = ActorFactory(
            municipality=tree["municipality"],
            slug="hostile",
            description="<p>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>",
        )
        html = client.get(hostile.get_url()).content.decode()
        assert "<script>alert(1)" not in html
        assert 'content="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in html

    def test_json_ld_holds_the_text_itself(self, client, actor):
        html = client.get(actor.get_url()).content.decode()
        payload = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
        assert "<3" not in payload  # still safe inside a script element
        assert json.loads(payload)["description"] == PLAIN

    def test_the_correction_form_starts_from_the_text_as_written(self, client, actor):
        html = client.get(f"{actor.municipality.url}{actor.slug}/suggest/").content.decode()
        assert escape(PLAIN) in html

    def test_a_search_snippet_keeps_its_sentence_boundaries(self, tree):
        page = tree["municipality"]
        page.intro = RICH
        assert _as_result(page, "")["summary"] == one_line(PLAIN)

    def test_a_plain_text_field_is_not_taken_for_html(self, tree):
        case_study = tree["case_study"]
        case_study.summary = "Brug <b> & &amp; som de står."
        assert field_text(case_study, "summary") == "Brug <b> & &amp; som de står."
        assert _as_result(case_study, "")["summary"] == "Brug <b> & &amp; som de står."
