import datetime

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from casestudies.models import CaseStudyMunicipality, CaseStudyPage, CaseStudyParticipant, Theme
from directory.models import MunicipalityPage, Region, Sector
from home.models import TargetGroup
from publicforms.fields import PublicCharField, PublicImageField, PublicTextField
from publicforms.forms import SubmitterForm


class CaseStudyFilterForm(forms.Form):
    """Facets of the case-study index. Every value is a code that is the same in every language."""

    theme = forms.ChoiceField(label=_("Theme"), required=False)
    region = forms.ChoiceField(label=_("Region"), required=False)
    municipality = forms.ChoiceField(label=_("Municipality"), required=False)
    sector = forms.ChoiceField(label=_("Sector taking part"), required=False)
    target_group = forms.ChoiceField(label=_("Target group"), required=False)

    def __init__(self, *args, locale=None, municipality_names=None, **kwargs):
        """`municipality_names`: {code: name} of the municipalities to offer (kept per publish)."""
        super().__init__(*args, **kwargs)
        every = [("", _("All"))]
        themes = Theme.objects.filter(locale=locale).order_by("name").values_list("slug", "name")
        names = municipality_names or {}
        self.fields["theme"].choices = every + list(themes)
        self.fields["region"].choices = every + list(Region.choices)
        self.fields["municipality"].choices = every + sorted(names.items(), key=lambda item: item[1])
        self.fields["sector"].choices = every + list(Sector.choices)
        self.fields["target_group"].choices = every + list(TargetGroup.Code.choices)

    def apply(self, case_studies):
        """Each facet as a semi-join on the page's id: no DISTINCT over joined rows, which PostgreSQL took
        longer to plan than to run."""
        if not self.is_bound or not self.is_valid():
            return case_studies
        data = self.cleaned_data
        about = CaseStudyMunicipality.objects.all()
        if data["theme"]:
            tagged = CaseStudyPage.themes.through.objects.filter(theme__slug=data["theme"])
            case_studies = case_studies.filter(pk__in=tagged.values("casestudypage_id"))
        if data["region"]:
            pages = MunicipalityPage.objects.filter(region=data["region"]).values("page_ptr_id")
            case_studies = case_studies.filter(
                pk__in=about.filter(municipality_id__in=pages).values("page_id")
            )
        if data["municipality"]:
            pages = MunicipalityPage.objects.filter(code=data["municipality"]).values("page_ptr_id")
            case_studies = case_studies.filter(
                pk__in=about.filter(municipality_id__in=pages).values("page_id")
            )
        if data["sector"]:
            taking_part = CaseStudyParticipant.objects.filter(actor__sector=data["sector"])
            case_studies = case_studies.filter(pk__in=taking_part.values("page_id"))
        if data["target_group"]:
            aimed = CaseStudyPage.target_groups.through.objects.filter(targetgroup__code=data["target_group"])
            case_studies = case_studies.filter(pk__in=aimed.values("casestudypage_id"))
        return case_studies


class CaseStudyShareForm(SubmitterForm):
    """A story of cooperation from anyone; it becomes a draft case study a coordinator completes and approves.

    The public writes plain text in the same sections every case study has, so the draft reads like the
    others once the coordinator has added the participating actors and themes.
    """

    consent_purpose = _("handle my case study and tell me whether it was published")
    content_fields = ("title", "municipality", "summary", "challenge", "approach", "results", "partners")

    title = PublicCharField(
        label=_("Title"), max_length=200, help_text=_("For example 'Job café at the library'.")
    )
    municipality = forms.TypedChoiceField(label=_("Municipality"), coerce=int)
    start_date = forms.DateField(
        label=_("When did it start?"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    summary = PublicTextField(
        label=_("Summary"),
        max_length=600,
        rows=3,
        help_text=_("Two or three sentences: who worked together, for whom, and what came of it."),
    )
    partners = PublicTextField(
        label=_("Who worked together?"),
        max_length=1000,
        rows=3,
        help_text=_("The organisations that took part and what each of them did."),
    )
    challenge = PublicTextField(label=_("The challenge"), max_length=4000)
    approach = PublicTextField(label=_("What you did"), max_length=4000)
    results = PublicTextField(label=_("Results"), max_length=4000, required=False)
    lessons = PublicTextField(label=_("Lessons learned"), max_length=4000, required=False)
    image = PublicImageField(
        label=_("A picture"),
        required=False,
        help_text=_(
            "Optional. JPEG, PNG or WebP. Only a picture you may share, and no one who has not agreed."
        ),
    )
    image_alt = PublicCharField(
        label=_("What does the picture show?"),
        max_length=250,
        required=False,
        help_text=_("A short description for readers who cannot see the picture."),
    )

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        municipalities = (
            MunicipalityPage.objects.filter(locale=locale).order_by("title").values_list("pk", "title")
        )
        self.fields["municipality"].choices = [("", _("Choose a municipality"))] + list(municipalities)
        self.fields["image"].help_text = _(
            "Optional. JPEG, PNG or WebP, at most %(size)d MB. Only a picture you may share."
        ) % {"size": settings.FORM_MAX_IMAGE_BYTES // (1024 * 1024)}

    def clean_start_date(self):
        start = self.cleaned_data["start_date"]
        if start > datetime.date.today():
            raise forms.ValidationError(_("The start date cannot be in the future."))
        if start.year < 1990:
            raise forms.ValidationError(_("Give a start date from 1990 or later."))
        return start

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("image") and not cleaned_data.get("image_alt"):
            self.add_error("image_alt", _("Describe what the picture shows."))
        return cleaned_data
