"""The municipality handout: the page's actors in the reader's language, as the page filters them."""

import pytest
from django.utils import translation

from tests.handouts import pdf_reading
from tests.handouts.conftest import (
    ARABIC_LIBRARY,
    ARABIC_MUNICIPALITY,
    POLISH_LIBRARY,
    UKRAINIAN_LIBRARY,
    UKRAINIAN_MUNICIPALITY,
)

pytestmark = pytest.mark.django_db


class TestActorsInTheReadersLanguage:
    def test_danish_handout_lists_every_actor(self, handouts_site, render_once):
        text = pdf_reading.text(render_once("municipality", "municipality", "da"))
        assert "Aarhus Hovedbibliotek" in text
        assert "Jobcenter Aarhus" in text

    def test_arabic_handout_names_the_translated_actor_in_arabic(self, handouts_site, render_once):
        text = pdf_reading.text(render_once("municipality", "municipality", "ar"))
        assert ARABIC_LIBRARY in text
        assert "Aarhus Hovedbibliotek" not in text

    def test_an_untranslated_actor_falls_back_to_danish(self, handouts_site, render_once):
        text = pdf_reading.text(render_once("municipality", "municipality", "ar"))
        assert "Jobcenter Aarhus" in text

    def test_ukrainian_handout_is_in_cyrillic(self, handouts_site, render_once):
        text = pdf_reading.text(render_once("municipality", "municipality", "uk"))
        assert UKRAINIAN_LIBRARY in text
        assert UKRAINIAN_MUNICIPALITY in text

    def test_languages_are_named_in_their_own_script(self, handouts_site, render_once):
        text = pdf_reading.text(render_once("municipality", "municipality", "da"))
        assert "العربية" in text
        assert "Українська" in text

    def test_polish_letters_come_out_as_written(self, handouts_site, render_once):
        pdf = render_once("municipality", "municipality", "pl")
        assert POLISH_LIBRARY in pdf_reading.flowing_text(pdf)
        assert "Latin-Ext" in pdf_reading.handout_families(pdf)

    def test_a_language_in_a_script_the_fonts_lack_is_named_in_the_readers_language(
        self, handouts_site, render_once
    ):
        text = pdf_reading.text(render_once("municipality", "municipality", "da"))
        with translation.override("da"):
            tamil = str(translation.get_language_info("ta")["name_translated"])
        assert tamil in text
        assert "தமிழ்" not in text

    def test_arabic_title_reads_in_logical_order(self, handouts_site, render_once):
        pdf = render_once("municipality", "municipality", "ar")
        with translation.override("ar"):
            title = translation.gettext("Where newcomers can get help in %(municipality)s") % {
                "municipality": ARABIC_MUNICIPALITY
            }
        assert pdf_reading.title(pdf) == title
        assert ARABIC_MUNICIPALITY in pdf_reading.text(pdf)
        assert ARABIC_MUNICIPALITY[::-1] not in pdf_reading.text(pdf)


class TestAccessiblePdf:
    def test_is_identified_as_pdf_ua(self, handouts_site, render_once):
        assert pdf_reading.pdfua_part(render_once("municipality", "municipality", "ar")) == 1

    def test_is_tagged(self, handouts_site, render_once):
        assert pdf_reading.is_tagged(render_once("municipality", "municipality", "da"))

    @pytest.mark.parametrize("language_code", ["da", "ar", "uk"])
    def test_declares_the_readers_language(self, handouts_site, render_once, language_code):
        assert (
            pdf_reading.language(render_once("municipality", "municipality", language_code)) == language_code
        )

    @pytest.mark.parametrize("language_code", ["da", "ar", "uk", "pl"])
    def test_every_font_is_embedded(self, handouts_site, render_once, language_code):
        fonts = pdf_reading.fonts(render_once("municipality", "municipality", language_code))
        assert fonts
        assert all(fonts.values()), fonts

    @pytest.mark.parametrize("language_code", ["da", "ar", "uk", "pl"])
    def test_no_text_falls_back_to_a_system_font(self, handouts_site, render_once, language_code):
        fonts = pdf_reading.fonts(render_once("municipality", "municipality", language_code))
        assert all(name.startswith("Handout-Plex-") for name in fonts), fonts

    def test_arabic_is_set_in_the_arabic_face(self, handouts_site, render_once):
        families = pdf_reading.handout_families(render_once("municipality", "municipality", "ar"))
        assert "Arabic" in families

    def test_ukrainian_is_set_in_the_cyrillic_face(self, handouts_site, render_once):
        families = pdf_reading.handout_families(render_once("municipality", "municipality", "uk"))
        assert "Cyrillic" in families


class TestFilters:
    def test_a_sector_filter_leaves_the_other_actors_out(self, handouts_site, render_once):
        text = pdf_reading.text(render_once("municipality", "municipality", "da", sector="job_centre"))
        assert "Jobcenter Aarhus" in text
        assert "Aarhus Hovedbibliotek" not in text

    def test_a_language_filter_keeps_the_actors_serving_in_it(self, handouts_site, render_once):
        text = pdf_reading.text(render_once("municipality", "municipality", "ar", language="ar"))
        assert ARABIC_LIBRARY in text
        assert "Jobcenter Aarhus" not in text

    def test_the_handout_says_it_is_filtered(self, handouts_site, render_once):
        text = pdf_reading.text(render_once("municipality", "municipality", "da", sector="job_centre"))
        assert "1 actor of 2" in text or "1 aktør af 2" in text


def _left_edges(pdf, names):
    """{name: the x of the left edge of the first run of text starting with it, on the first page}."""
    found = {}

    def visit(text, cm, tm, font, size):
        for name in names:
            if name not in found and text.strip().startswith(name):
                found[name] = cm[0] * tm[4] + cm[4]

    pdf_reading.reader(pdf).pages[0].extract_text(visitor_text=visit)
    assert set(found) == set(names), found
    return found


def _image_left_edges(pdf):
    """The x of the left edge of each picture (the QR codes) on the first page."""
    edges = []

    def visit(operator, operands, cm, tm):
        if operator == b"Do":
            edges.append(cm[4])

    pdf_reading.reader(pdf).pages[0].extract_text(visitor_operand_before=visit)
    return edges


class TestCardsInRows:
    """The cards two by two in rows, in reading order: the first of a row on the left in Danish and on the
    right in Arabic; a card alone in its row keeps half the width, on the side a reader starts from."""

    @pytest.fixture
    def four_libraries(self, handouts_site):
        from directory.factories import ActorFactory
        from pagecache.generations import bump_generation

        for name in ("Bibliotek Nord", "Bibliotek Syd", "Bibliotek Vest"):
            ActorFactory(municipality=handouts_site["municipality"], name=name)
        bump_generation()
        return handouts_site

    def render(self, client, site, language_code):
        from tests.handouts.conftest import handout_url

        page = site["municipality"] if language_code == "da" else site["arabic_municipality"]
        response = client.get(handout_url("municipality", page, language_code))
        assert response.status_code == 200
        return b"".join(response.streaming_content)

    def test_danish_rows_read_from_the_left(self, client, four_libraries):
        pdf = self.render(client, four_libraries, "da")
        x = _left_edges(pdf, ["Aarhus Hovedbibliotek", "Bibliotek Nord", "Bibliotek Syd", "Bibliotek Vest"])
        x.update(_left_edges(pdf, ["Jobcenter Aarhus"]))
        assert x["Aarhus Hovedbibliotek"] < x["Bibliotek Nord"]
        assert x["Bibliotek Syd"] < x["Bibliotek Vest"]
        assert x["Aarhus Hovedbibliotek"] == pytest.approx(x["Bibliotek Syd"], abs=1)
        assert x["Bibliotek Nord"] == pytest.approx(x["Bibliotek Vest"], abs=1)
        # Alone in its sector: in the first column, not stretched over the page.
        assert x["Jobcenter Aarhus"] == pytest.approx(x["Aarhus Hovedbibliotek"], abs=1)
        page_middle = float(pdf_reading.reader(pdf).pages[0].mediabox.width) / 2
        qr_codes = _image_left_edges(pdf)
        # Five cards, then the page's own QR code; each card's at its right edge: two in the second column.
        assert len([edge for edge in qr_codes[:5] if edge > page_middle]) == 2

    def test_arabic_rows_read_from_the_right(self, client, four_libraries):
        pdf = self.render(client, four_libraries, "ar")
        # The library is translated; the three new ones and the job centre are shown from Danish.
        x = _left_edges(pdf, ["Bibliotek Nord", "Bibliotek Syd", "Bibliotek Vest", "Jobcenter Aarhus"])
        page_middle = float(pdf_reading.reader(pdf).pages[0].mediabox.width) / 2
        # Sorted by name, the Latin names before the Arabic: Nord | Syd, then Vest | Aarhus's own library.
        assert x["Bibliotek Nord"] > page_middle > x["Bibliotek Syd"]
        assert x["Bibliotek Vest"] > page_middle
        assert x["Bibliotek Nord"] == pytest.approx(x["Bibliotek Vest"], abs=1)
        assert x["Jobcenter Aarhus"] > page_middle
