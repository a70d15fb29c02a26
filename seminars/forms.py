import unicodedata

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from directory.models import MunicipalityPage
from pagecache.generations import memoized
from publicforms.antispam import AbuseProtectionMixin
from publicforms.fields import PublicCharField, PublicTextField, refuse_markup


class SeminarFilterForm(forms.Form):
    """Filter seminars by municipality (its official code, the same in every language)."""

    municipality = forms.ChoiceField(label=_("Municipality"), required=False)

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        # The same for every reader of a language, so kept per publish (pagecache.generations.memoized).
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


class RegistrationForm(AbuseProtectionMixin, forms.Form):
    """Registration for one seminar; the seminar is the Danish source page that all languages share."""

    name = PublicCharField(
        label=_("Name"),
        max_length=200,
        validators=[refuse_markup],
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        help_text=_("We send the confirmation here, with a link to cancel."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    organisation = PublicCharField(
        label=_("Organisation"),
        max_length=200,
        validators=[refuse_markup],
        help_text=_("Where you work, e.g. the library or the job centre."),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    municipality = forms.ChoiceField(label=_("Municipality"))
    diet = PublicTextField(
        label=_("Dietary needs"),
        max_length=500,
        required=False,
        rows=2,
        validators=[refuse_markup],
        help_text=_("For example vegetarian, halal or allergies."),
    )
    accessibility = PublicTextField(
        label=_("Accessibility needs"),
        max_length=500,
        required=False,
        rows=2,
        validators=[refuse_markup],
        help_text=_("For example step-free access, a hearing loop or an interpreter."),
    )
    wants_summary = forms.BooleanField(
        label=_("Send me an e-mail when the summary of the seminar is online"),
        required=False,
        help_text=_("After the seminar we write down what we learned and add the materials."),
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
