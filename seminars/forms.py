from django import forms
from django.utils.translation import gettext_lazy as _

from directory.models import MunicipalityPage


class SeminarFilterForm(forms.Form):
    """Filter seminars by municipality (its official code, the same in every language)."""

    municipality = forms.ChoiceField(label=_("Municipality"), required=False)

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        from seminars.models import SeminarPage

        used = SeminarPage.objects.live().values("municipality_id")
        municipalities = MunicipalityPage.objects.filter(pk__in=used).values_list("code", "translation_key")
        keys = {key for _code, key in municipalities}
        names = dict(
            MunicipalityPage.objects.filter(translation_key__in=keys, locale=locale).values_list(
                "code", "title"
            )
        )
        codes = sorted({code for code, _key in municipalities}, key=lambda code: names.get(code, code))
        self.fields["municipality"].choices = [("", _("All municipalities"))] + [
            (code, names.get(code, code)) for code in codes
        ]

    def municipality_code(self):
        """The chosen municipality's code, or None for all (also when the input was not a valid choice)."""
        return (self.cleaned_data.get("municipality") or None) if self.is_valid() else None
