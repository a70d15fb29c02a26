"""The shared building blocks behave the same wherever they are used: the postal address, the text sanitiser
of the public forms, the guard against spreadsheet formulas and the links from one page to others."""

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from casestudies.factories import CaseStudyMunicipalityFactory
from casestudies.models import CaseStudyMunicipality, CaseStudyPage
from directory.factories import MunicipalityPageFactory
from directory.forms import ActorSuggestionForm
from directory.models import MunicipalityPage
from languages.translation import translate_with_strings
from publicforms.fields import PublicCharField, PublicTextField, clean_public_text
from publicforms.spreadsheets import spreadsheet_safe
from seminars.models import SeminarCaseStudy

POSTCODE_MESSAGE = "A Danish postcode has four digits."


def postcode_errors(instance):
    """The postcode's error messages, in English."""
    with translation.override("en"):
        with pytest.raises(ValidationError) as refused:
            instance.full_clean()
        return [str(message) for message in refused.value.message_dict.get("postcode", [])]


@pytest.mark.django_db
class TestPostcode:
    @pytest.mark.parametrize("postcode", ["12345", "abcd", " 8000", "800", "8000\n", "٨٠٠٠"])
    def test_a_seminar_venue_needs_four_digits(self, tree, postcode):
        seminar = tree["seminar"]
        seminar.postcode = postcode
        assert POSTCODE_MESSAGE in postcode_errors(seminar)

    @pytest.mark.parametrize("postcode", ["12345", "abcd", " 8000"])
    def test_an_actor_needs_four_digits(self, tree, postcode):
        actor = tree["library"]
        actor.postcode = postcode
        assert POSTCODE_MESSAGE in postcode_errors(actor)

    def test_a_seminar_with_a_danish_postcode_is_valid(self, tree):
        seminar = tree["seminar"]
        seminar.postcode = "8000"
        seminar.full_clean()

    def test_the_public_form_says_what_the_admin_says(self, tree):
        seminar = tree["seminar"]
        seminar.postcode = "abcd"
        form = ActorSuggestionForm(data={"postcode": "abcd"})
        with translation.override("en"):
            form.is_valid()
            assert list(form.errors["postcode"]) == postcode_errors(seminar) == [POSTCODE_MESSAGE]

    def test_the_message_is_translated(self):
        form = ActorSuggestionForm(data={"postcode": "12a4"})
        with translation.override("pl"):
            form.is_valid()
            assert form.errors["postcode"] == ["Duński kod pocztowy ma cztery cyfry."]


class TestPublicText:
    @pytest.mark.parametrize(
        "value",
        [
            "Evil\u202ecod.exe",  # right-to-left override
            "Mette \u2067Lund",  # right-to-left isolate
        ],
    )
    def test_direction_controls_are_refused(self, value):
        with pytest.raises(forms.ValidationError) as refused:
            clean_public_text(value, multiline=False)
        assert refused.value.code == "control"
        with translation.override("en"):
            assert "direction" in str(refused.value.message)

    @pytest.mark.parametrize("value", ["Bell\x07", "Nul\x00byte", "Escape\x1b[31m"])
    def test_control_characters_are_refused_in_one_line(self, value):
        with pytest.raises(forms.ValidationError):
            clean_public_text(value, multiline=False)

    def test_lines_and_tabs_are_kept_in_a_longer_text(self):
        assert clean_public_text("Mandag\r\n\tkl. 10", multiline=True) == "Mandag\n\tkl. 10"

    @pytest.mark.parametrize("value", ["\u200bMette\u2060 Lund\ufeff", "Met\u00adte Lund"])
    def test_zero_width_characters_are_dropped(self, value):
        assert clean_public_text(value, multiline=False) == "Mette Lund"

    def test_a_zero_width_character_carrying_accents_is_refused(self):
        """Dropping it would put the accents on the letter before, changing what the name looks like."""
        with pytest.raises(forms.ValidationError):
            clean_public_text("Mette\u200b\u0301\u0301", multiline=False)

    @pytest.mark.parametrize("value", ["Tag\U000e0041s", "Private\ue000use"])
    def test_other_invisible_characters_are_refused(self, value):
        with pytest.raises(forms.ValidationError):
            clean_public_text(value, multiline=False)

    @pytest.mark.parametrize("value", ["می\u200cخواهم", "👩\u200d💻 Zoë Ærø", "محمد العلي"])
    def test_joiners_and_every_script_are_kept(self, value):
        assert clean_public_text(value, multiline=False) == value

    def test_text_is_stored_in_one_unicode_form(self):
        assert clean_public_text("Zoe\u0308", multiline=False) == "Zo\u00eb"

    @pytest.mark.parametrize("field", [PublicCharField(), PublicTextField()])
    def test_form_fields_show_every_problem_at_once(self, field):
        with pytest.raises(forms.ValidationError) as refused:
            field.clean("Nul\x00byte")
        codes = {error.code for error in refused.value.error_list}
        assert codes == {"control", "null_characters_not_allowed"}


class TestSpreadsheetGuard:
    @pytest.mark.parametrize(
        "value",
        ["=cmd|' /C calc'!A0", "@SUM(A1:A2)", "+SUM(A1)", "-2+3", "\tTab", "\rReturn", '=HYPERLINK("x")'],
    )
    def test_a_formula_is_shown_not_run(self, value):
        assert spreadsheet_safe(value) == "'" + value

    @pytest.mark.parametrize("value", ["+45 12 34", "+45 89 40 92 00", "+45 (0) 12 34 56 78", "-12"])
    def test_phone_numbers_stay_as_they_are(self, value):
        assert spreadsheet_safe(value) == value

    @pytest.mark.parametrize(("value", "cell"), [(None, ""), (8000, "8000"), ("Aarhus C", "Aarhus C")])
    def test_other_values_become_plain_text(self, value, cell):
        assert spreadsheet_safe(value) == cell


@pytest.mark.django_db
class TestPageLinks:
    def test_linked_pages_are_read_in_the_linking_pages_language(self, tree, home_page):
        for page in (home_page, tree["case_index"], tree["seminar_index"]):
            translate_with_strings(page, "uk", {})
        translate_with_strings(tree["case_study"], "uk", {"Jobcafé på biblioteket": "Кафе вакансій"})
        ukrainian_seminar = translate_with_strings(tree["seminar"], "uk", {})
        linked = SeminarCaseStudy.localized_links(ukrainian_seminar, CaseStudyPage.objects.live())
        assert [page.title for page in linked] == ["Кафе вакансій"]

    def test_a_page_that_is_not_live_is_left_out(self, tree):
        tree["case_study"].unpublish()
        assert SeminarCaseStudy.localized_links(tree["seminar"], CaseStudyPage.objects.live()) == []

    def test_the_queries_do_not_grow_with_the_links(self, tree):
        def read_links():
            with CaptureQueriesContext(connection) as queries:
                linked = CaseStudyMunicipality.localized_links(
                    tree["case_study"], MunicipalityPage.objects.live()
                )
            return linked, len(queries)

        CaseStudyMunicipality.objects.filter(page=tree["case_study"]).update(sort_order=0)
        _linked, one_link = read_links()
        for number in range(5):
            other = MunicipalityPageFactory(parent=tree["directory"], title=f"Kommune {number}")
            CaseStudyMunicipalityFactory(page=tree["case_study"], municipality=other, sort_order=number + 1)
        linked, six_links = read_links()
        assert six_links == one_link
        assert [page.title for page in linked] == ["Aarhus", *(f"Kommune {number}" for number in range(5))]
