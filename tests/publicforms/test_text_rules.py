"""The one set of rules for text from the public: normalise what a real name carries, refuse what deceives."""

import pytest
from django import forms
from django.core.cache import cache
from django.utils import translation

from casestudies.forms import CaseStudyShareForm
from directory.forms import ActorContactForm, ActorSuggestionForm
from publicforms.antispam import signed_start
from publicforms.fields import PublicCharField, PublicTextField, clean_public_text
from seminars.forms import RegistrationForm
from seminars.models import Registration

PUBLIC_FORMS = [ActorSuggestionForm, ActorContactForm, CaseStudyShareForm, RegistrationForm]
# Text fields with a strict format of their own, checked by their validators rather than the text rules.
FORMATTED = {"postcode", "your_email", "email", "phone", "web_address", "website", "started"}
SCOTLAND = "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"


class TestDirectionMarks:
    @pytest.mark.parametrize("mark", ["\u200f", "\u200e", "\u061c"])
    @pytest.mark.parametrize("multiline", [False, True])
    def test_a_direction_mark_is_removed_not_refused(self, mark, multiline):
        assert clean_public_text(f"محمد{mark} العلي{mark}", multiline=multiline) == "محمد العلي"

    @pytest.mark.parametrize("field", [PublicCharField(), PublicTextField()])
    def test_a_form_field_accepts_an_arabic_name_with_a_mark(self, field):
        assert field.clean("\u200fمحمد العلي") == "محمد العلي"

    @pytest.mark.parametrize(
        "control", ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2069"]
    )
    def test_embeddings_overrides_and_isolates_stay_refused(self, control):
        with pytest.raises(forms.ValidationError):
            PublicCharField().clean(f"Evil{control}cod.exe")


class TestLineBreaks:
    @pytest.mark.parametrize("brk", ["\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\t"])
    def test_a_one_line_field_joins_lines_with_a_space(self, brk):
        assert PublicCharField().clean(f"Mette {brk} Lund") == "Mette Lund"

    @pytest.mark.parametrize("brk", ["\r\n", "\r", "\u2028", "\x85"])
    def test_a_longer_text_keeps_its_lines_as_newlines(self, brk):
        assert PublicTextField().clean(f"Mandag{brk}kl. 10") == "Mandag\nkl. 10"

    def test_a_paragraph_separator_starts_a_paragraph(self):
        assert PublicTextField().clean("Første.\u2029Anden.") == "Første.\n\nAnden."


class TestCodePoints:
    def test_an_emoji_newer_than_the_unicode_database_is_kept(self):
        assert clean_public_text("Hej \U0001fae8", multiline=False) == "Hej \U0001fae8"

    def test_a_flag_built_from_tag_characters_is_kept(self):
        assert clean_public_text(f"Glasgow {SCOTLAND}", multiline=False) == f"Glasgow {SCOTLAND}"

    @pytest.mark.parametrize(
        "value", ["Tag\U000e0041s", "\U0001f3f4\U000e0067x", "Non\uffffchar", "Non\ufdd0char"]
    )
    def test_hidden_tags_and_noncharacters_stay_refused(self, value):
        with pytest.raises(forms.ValidationError):
            clean_public_text(value, multiline=False)


class TestEveryPublicForm:
    @pytest.mark.parametrize("form_class", PUBLIC_FORMS)
    def test_every_free_text_field_is_cleaned_by_the_public_rules(self, form_class):
        loose = [
            name
            for name, field in form_class.base_fields.items()
            if isinstance(field, forms.CharField)
            and name not in FORMATTED
            and not isinstance(field, PublicCharField)
        ]
        assert loose == []

    @pytest.mark.parametrize("form_class", PUBLIC_FORMS)
    def test_one_line_fields_have_a_one_line_widget(self, form_class):
        for name, field in form_class.base_fields.items():
            if isinstance(field, PublicCharField):
                assert isinstance(field.widget, forms.Textarea) == field.multiline, name


@pytest.mark.django_db
class TestRegistration:
    def test_a_forged_name_with_lines_and_marks_is_stored_on_one_line(self, client, tree, settings):
        cache.clear()
        settings.FORM_MIN_FILL_SECONDS = 0
        seminar = tree["seminar"]
        data = {
            "name": "\u200fمحمد\nالعلي",
            "email": "m@example.org",
            "organisation": "Aarhus\r\nHovedbibliotek\u200e",
            "municipality": "751",
            "consent": "on",
            "website": "",
            "started": signed_start(),
        }
        with translation.override("ar"):
            response = client.post(seminar.url + seminar.reverse_subpage("register"), data)
        assert response.status_code == 302
        registration = Registration.objects.get()
        assert (registration.name, registration.organisation) == ("محمد العلي", "Aarhus Hovedbibliotek")
