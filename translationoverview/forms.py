from django import forms
from django.utils.translation import gettext_lazy as _

from directory.models import MunicipalityPage
from translationoverview.overview import Kind, Status, danish, target_locales


class MunicipalityChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.title


class OverviewFilterForm(forms.Form):
    """The overview's filters. A value that is not one of the choices is ignored (and shown as an error)."""

    q = forms.CharField(label=_("Title contains"), required=False, max_length=255)
    municipality = MunicipalityChoiceField(
        label=_("Municipality"),
        queryset=MunicipalityPage.objects.none(),
        required=False,
        empty_label=_("All"),
    )
    kind = forms.ChoiceField(label=_("Type"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].queryset = (
            MunicipalityPage.objects.filter(locale=danish()).order_by("title").only("pk", "title")
        )
        self.fields["kind"].choices = [("", _("All")), *Kind.choices]
        self.fields["language"].choices = [
            ("", _("All")),
            *[(locale.language_code, locale.get_display_name()) for locale in target_locales()],
        ]
        self.fields["status"].choices = [("", _("All")), *Status.choices]

    def value(self, name):
        """The cleaned value of a valid field, or its empty value."""
        if not self.is_bound or not self.is_valid() and name in self.errors:
            return None
        return self.cleaned_data.get(name) or None
