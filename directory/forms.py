from django import forms
from django.utils.translation import gettext_lazy as _


class ActorFilterForm(forms.Form):
    """Filters for a municipality's actors. A filtered view is a plain GET link that can be shared.

    The choices come from the actors actually listed, so a reader never picks a filter that shows nothing.
    Filtering happens in Python over the page's actors (a few dozen at most per municipality), which keeps
    the page at a fixed number of queries whatever the filters.
    """

    sector = forms.ChoiceField(label=_("Sector"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    target_group = forms.ChoiceField(label=_("Target group"), required=False)

    def with_choices_from(self, actors):
        sectors, languages, groups = {}, {}, {}
        for actor in actors:
            sectors[actor.sector] = actor.get_sector_display()
            for language in actor.languages.all():
                languages[language.code] = language.autonym
            for group in actor.target_groups.all():
                groups[group.code] = str(group)
        every = [("", _("All"))]
        self.fields["sector"].choices = every + sorted(sectors.items(), key=lambda item: str(item[1]))
        self.fields["language"].choices = every + sorted(languages.items(), key=lambda item: item[1])
        self.fields["target_group"].choices = every + sorted(groups.items(), key=lambda item: item[1])
        return self

    def apply(self, actors):
        if not self.is_bound or not self.is_valid():
            return actors
        sector = self.cleaned_data.get("sector")
        language = self.cleaned_data.get("language")
        group = self.cleaned_data.get("target_group")
        return [
            actor
            for actor in actors
            if (not sector or actor.sector == sector)
            and (not language or any(item.code == language for item in actor.languages.all()))
            and (not group or any(item.code == group for item in actor.target_groups.all()))
        ]
