import unicodedata

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from directory.models import MunicipalityPage
from home.antispam import AbuseProtectionMixin
from home.caching import memoized


class SeminarFilterForm(forms.Form):
    """Filter seminars by municipality (its official code, the same in every language)."""

    municipality = forms.ChoiceField(label=_("Municipality"), required=False)

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        # The same for every reader of a language, so kept per publish (home.caching.memoized).
        choices = memoized("seminar-municipalities", lambda: self.municipality_choices(locale), locale.pk)
        self.fields["municipality"].choices = [("", _("All municipalities")), *choices]

    @staticmethod
    def municipality_choices(locale):
        """(code, name in `locale`) of the municipalities with a live seminar, by name."""
        from seminars.models import SeminarPage

        used = SeminarPage.objects.live().values("municipality_id")
        codes = set(MunicipalityPage.objects.filter(pk__in=used).values_list("code", flat=True))
        # Codes are the same in every language: the names in the reader's language come with the codes.
        names = dict(
            MunicipalityPage.objects.filter(locale=locale, code__in=codes).values_list("code", "title")
        )
        ordered = sorted(codes, key=lambda code: names.get(code, code))
        return [(code, names.get(code, code)) for code in ordered]

    def municipality_code(self):
        """The chosen municipality's code, or None for all (also when the input was not a valid choice)."""
        return (self.cleaned_data.get("municipality") or None) if self.is_valid() else None


ALLOWED_FORMAT_CHARACTERS = {"\u200c", "\u200d"}
"""Zero-width non-joiner and joiner: needed to spell some names correctly, so they are kept."""

ALLOWED_CONTROL_CHARACTERS = {"\n", "\r", "\t"}


def validate_plain_text(value):
    """Refuse markup and invisible characters in what organisers will read and export.

    Angle brackets are never needed in a name or an organisation, and refusing them keeps pasted markup
    out of the list. Control and bidirectional-override characters would make a name look different
    from what is stored (e.g. reversed text), so the person is asked to type it again.
    """
    if "<" in value or ">" in value:
        raise forms.ValidationError(
            _("Please write plain text without the characters < and >."), code="markup"
        )
    for character in value:
        category = unicodedata.category(character)
        invisible = category in {"Cs", "Co", "Cn"} or (
            category == "Cf" and character not in ALLOWED_FORMAT_CHARACTERS
        )
        control = category == "Cc" and character not in ALLOWED_CONTROL_CHARACTERS
        if invisible or control:
            raise forms.ValidationError(
                _("The text contains invisible control characters. Please type it again without them."),
                code="control",
            )


class PlainTextField(forms.CharField):
    """A CharField that stores text in one Unicode form (NFC) and refuses markup and control characters."""

    default_validators = [validate_plain_text]

    def to_python(self, value):
        value = super().to_python(value)
        return unicodedata.normalize("NFC", value) if value else value


class RegistrationForm(AbuseProtectionMixin, forms.Form):
    """Registration for one seminar; the seminar is the Danish source page that all languages share."""

    name = PlainTextField(
        label=_("Name"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        help_text=_("We send the confirmation here, with a link to cancel."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    organisation = PlainTextField(
        label=_("Organisation"),
        max_length=200,
        help_text=_("Where you work, e.g. the library or the job centre."),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    municipality = forms.ChoiceField(label=_("Municipality"))
    diet = PlainTextField(
        label=_("Dietary needs"),
        max_length=500,
        required=False,
        help_text=_("For example vegetarian, halal or allergies."),
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    accessibility = PlainTextField(
        label=_("Accessibility needs"),
        max_length=500,
        required=False,
        help_text=_("For example step-free access, a hearing loop or an interpreter."),
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    consent = forms.BooleanField(required=True)

    def __init__(self, *args, seminar, **kwargs):
        super().__init__(*args, **kwargs)
        from seminars.models import municipality_choices

        self.seminar = seminar
        self.fields["municipality"].choices = [("", _("Choose your municipality")), *municipality_choices()]
        self.fields["consent"].label = self.consent_text()
        self.fields["consent"].error_messages["required"] = _(
            "Please agree to how we keep your details, or we cannot register you."
        )

    @staticmethod
    def consent_text():
        """The consent wording in the active language, stored with the registration as it was shown."""
        days = settings.PERSONAL_DATA_RETENTION_DAYS
        return ngettext(
            "I agree that the organisers keep these details to run the seminar, and that they are deleted "
            "%(days)d day after the seminar.",
            "I agree that the organisers keep these details to run the seminar, and that they are deleted "
            "%(days)d days after the seminar.",
            days,
        ) % {"days": days}

    def clean_name(self):
        name = self.cleaned_data["name"]
        if not any(unicodedata.category(character).startswith("L") for character in name):
            raise forms.ValidationError(_("Please write your name with letters."), code="no_letters")
        return name

    def clean_email(self):
        email = self.cleaned_data["email"]
        if self.seminar.registrations.active().filter(email__iexact=email).exists():
            raise forms.ValidationError(duplicate_message(), code="duplicate")
        return email


def duplicate_message():
    return _(
        "This e-mail address is already registered for this seminar. The confirmation e-mail has a link "
        "to cancel."
    )
