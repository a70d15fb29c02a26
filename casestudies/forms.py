from django import forms
from django.utils.translation import gettext_lazy as _

from casestudies.models import Theme
from directory.models import REGION_CHOICES, MunicipalityPage, Sector
from home.models import TargetGroup


class CaseStudyFilterForm(forms.Form):
    """Facets of the case-study index. Every value is a code that is the same in every language."""

    theme = forms.ChoiceField(label=_("Theme"), required=False)
    region = forms.ChoiceField(label=_("Region"), required=False)
    municipality = forms.ChoiceField(label=_("Municipality"), required=False)
    sector = forms.ChoiceField(label=_("Sector taking part"), required=False)
    target_group = forms.ChoiceField(label=_("Target group"), required=False)

    def __init__(self, *args, locale=None, municipality_codes=(), **kwargs):
        super().__init__(*args, **kwargs)
        every = [("", _("All"))]
        themes = Theme.objects.filter(locale=locale).order_by("name").values_list("slug", "name")
        names = dict(
            MunicipalityPage.objects.filter(locale=locale, code__in=municipality_codes).values_list(
                "code", "title"
            )
        )
        self.fields["theme"].choices = every + list(themes)
        self.fields["region"].choices = every + list(REGION_CHOICES)
        self.fields["municipality"].choices = every + sorted(names.items(), key=lambda item: item[1])
        self.fields["sector"].choices = every + list(Sector.choices)
        self.fields["target_group"].choices = every + list(TargetGroup.CHOICES)

    def apply(self, case_studies):
        if not self.is_bound or not self.is_valid():
            return case_studies
        data = self.cleaned_data
        if data["theme"]:
            case_studies = case_studies.filter(themes__slug=data["theme"])
        if data["region"]:
            pages = MunicipalityPage.objects.filter(region=data["region"]).values("page_ptr_id")
            case_studies = case_studies.filter(municipalities__municipality_id__in=pages)
        if data["municipality"]:
            pages = MunicipalityPage.objects.filter(code=data["municipality"]).values("page_ptr_id")
            case_studies = case_studies.filter(municipalities__municipality_id__in=pages)
        if data["sector"]:
            case_studies = case_studies.filter(participants__actor__sector=data["sector"])
        if data["target_group"]:
            case_studies = case_studies.filter(target_groups__code=data["target_group"])
        return case_studies.distinct()
