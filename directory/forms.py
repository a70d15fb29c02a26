from django import forms
from django.utils.translation import gettext_lazy as _

from home.models import validate_postcode
from publicforms.fields import PublicCharField, PublicTextField
from publicforms.forms import SubmitterForm


class ActorFilterForm(forms.Form):
    """Filters for a municipality's actors. A filtered view is a plain GET link that can be shared.

    The choices come from the actors actually listed, so a reader never picks a filter that shows nothing.
    Filtering happens in Python over the page's actors (a few dozen at most per municipality), which keeps
    the page at a fixed number of queries whatever the filters.
    """

    sector = forms.ChoiceField(label=_("Sector"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    target_group = forms.ChoiceField(label=_("Target group"), required=False)

    @staticmethod
    def choices_from(actors):
        """The choices the listed actors offer, as plain strings in the active language: a municipality
        page keeps them per publish (`memoized`), so that a filter is checked without reading its actors."""
        sectors, languages, groups = {}, {}, {}
        for actor in actors:
            sectors[actor.sector] = str(actor.get_sector_display())
            for language in actor.language_list:
                languages[language.code] = language.autonym
            for group in actor.target_group_list:
                groups[group.code] = str(group)
        return {
            "sector": sorted(sectors.items(), key=lambda item: item[1]),
            "language": sorted(languages.items(), key=lambda item: item[1]),
            "target_group": sorted(groups.items(), key=lambda item: item[1]),
        }

    def with_choices(self, choices):
        every = [("", _("All"))]
        for name, offered in choices.items():
            self.fields[name].choices = every + list(offered)
        return self

    def with_choices_from(self, actors):
        return self.with_choices(self.choices_from(actors))

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
            and (not language or any(item.code == language for item in actor.language_list))
            and (not group or any(item.code == group for item in actor.target_group_list))
        ]


class ActorSuggestionForm(SubmitterForm):
    """A new actor or a correction of one, suggested by anyone; a coordinator approves it before it shows.

    Only the organisation's own work details are asked for; the submitter's details are kept apart.
    """

    consent_purpose = _("handle my suggestion and tell me whether it was published")
    content_fields = (
        "name",
        "sector",
        "description",
        "address",
        "postcode",
        "city",
        "phone",
        "email",
        "web_address",
        "opening_hours",
        "note",
    )

    name = PublicCharField(label=_("Name of the organisation"), max_length=255)
    sector = forms.ChoiceField(label=_("Sector"))
    description = PublicTextField(
        label=_("What does the organisation do for newcomers?"),
        max_length=4000,
        help_text=_("Plain text. Leave an empty line between paragraphs."),
    )
    address = PublicCharField(label=_("Street address"), max_length=255, required=False)
    postcode = forms.CharField(
        label=_("Postcode"), required=False, max_length=4, validators=[validate_postcode]
    )
    city = PublicCharField(label=_("City"), max_length=100, required=False)
    phone = forms.RegexField(
        label=_("The organisation's phone"),
        regex=r"^\+?[0-9 ]{8,20}$",
        required=False,
        max_length=32,
        error_messages={
            "invalid": _("Write the phone number with digits and spaces only, e.g. 89 40 92 00.")
        },
    )
    email = forms.EmailField(
        label=_("The organisation's e-mail"),
        required=False,
        max_length=254,
        help_text=_("A shared work address such as info@…, not a private person's."),
    )
    # Not "website": that name is the honeypot's (home.antispam).
    web_address = forms.URLField(label=_("Website"), required=False, max_length=200, assume_scheme="https")
    opening_hours = PublicTextField(label=_("Opening hours"), required=False, max_length=500, rows=3)
    note = PublicTextField(
        label=_("Anything the coordinator should know?"),
        required=False,
        max_length=2000,
        rows=3,
        help_text=_("For example where the information comes from. This is not published."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from directory.models import Sector

        self.fields["sector"].choices = [("", _("Choose a sector"))] + list(Sector.choices)


class ActorContactForm(SubmitterForm):
    """A message relayed to an actor's e-mail, so the page never shows a personal address."""

    consent_purpose = _("pass my message on to the organisation, which can answer me by e-mail")
    content_fields = ("subject", "message")

    subject = PublicCharField(label=_("Subject"), max_length=150)
    message = PublicTextField(label=_("Your message"), max_length=4000, min_length=10)
