"""The case-study transfer kit and the seminar programme."""

import datetime

import pytest
from django.utils import timezone
from django.utils.translation import gettext, override

from tests.handouts import pdf_reading
from tests.handouts.conftest import ARABIC_CASE_STUDY, handout_url

pytestmark = pytest.mark.django_db


class TestTransferKit:
    def test_tells_the_story_section_by_section(self, handouts_site, render_once):
        text = pdf_reading.text(render_once("case-study", "case_study", "da"))
        assert "Jobcafé på biblioteket" in text
        assert "Mange partnere manglede netværk." in text
        assert "40 fik job." in text

    def test_lists_the_participants_with_their_roles(self, handouts_site, render_once):
        text = pdf_reading.text(render_once("case-study", "case_study", "da"))
        assert "Aarhus Hovedbibliotek" in text
        assert "Lagde lokaler til" in text
        assert "Sendte jobsøgere" in text

    def test_without_a_municipality_names_the_sectors_to_contact(self, handouts_site, render_once):
        text = pdf_reading.text(render_once("case-study", "case_study", "en"))
        assert "How to start this in your municipality" in text
        assert "Library" in text
        assert "Job centre" in text

    def test_with_the_readers_municipality_lists_its_local_actors(self, handouts_site, render_once):
        text = pdf_reading.text(render_once("case-study", "case_study", "en", municipality="751"))
        assert "How to start this in Aarhus" in text
        assert "jobcenter-aarhus@example.org" in text

    def test_arabic_title_reads_in_logical_order(self, handouts_site, render_once):
        pdf = render_once("case-study", "case_study", "ar")
        text = pdf_reading.text(pdf)
        assert ARABIC_CASE_STUDY in text
        assert ARABIC_CASE_STUDY[::-1] not in text
        with override("ar"):
            assert pdf_reading.title(pdf) == gettext("Transfer kit: %(title)s") % {"title": ARABIC_CASE_STUDY}

    def test_arabic_kit_is_accessible_and_embeds_the_arabic_face(self, handouts_site, render_once):
        pdf = render_once("case-study", "case_study", "ar")
        assert pdf_reading.language(pdf) == "ar"
        assert pdf_reading.pdfua_part(pdf) == 1
        assert all(pdf_reading.fonts(pdf).values())
        assert "Arabic" in pdf_reading.handout_families(pdf)

    def test_an_unknown_municipality_code_gives_the_general_kit(self, client, handouts_site):
        response = client.get(
            handout_url("case-study", handouts_site["case_study"], "en", municipality="999")
        )
        assert response.status_code == 200
        text = pdf_reading.text(b"".join(response.streaming_content))
        assert "How to start this in your municipality" in text


class TestSeminarHandout:
    def test_has_the_programme(self, handouts_site, render_once):
        text = pdf_reading.text(render_once("seminar", "seminar", "da"))
        assert "Formidlingsseminar i Aarhus" in text
        assert "Velkomst" in text
        assert "Mette Lund" in text
        assert "09:30" in text

    def test_names_the_case_studies_presented(self, handouts_site, render_once):
        assert "Jobcafé på biblioteket" in pdf_reading.text(render_once("seminar", "seminar", "da"))

    def test_arabic_programme_shows_the_danish_seminar_in_an_arabic_document(
        self, handouts_site, render_once
    ):
        pdf = render_once("seminar", "seminar", "ar")
        assert "Formidlingsseminar i Aarhus" in pdf_reading.text(pdf)
        assert pdf_reading.language(pdf) == "ar"

    def test_after_the_seminar_it_is_the_summary(self, client, handouts_site):
        seminar = handouts_site["seminar"]
        seminar.start = timezone.now() - datetime.timedelta(days=3)
        seminar.end = seminar.start + datetime.timedelta(hours=5)
        seminar.status = "held"
        seminar.summary = "<p>Tre kommuner vil starte en jobcafé.</p>"
        seminar.save_revision().publish()
        response = client.get(handout_url("seminar", seminar, "da"))
        pdf = b"".join(response.streaming_content)
        assert "Tre kommuner vil starte en jobcafé." in pdf_reading.text(pdf)
        assert pdf_reading.title(pdf) == gettext("Seminar summary: %(title)s") % {"title": seminar.title}
