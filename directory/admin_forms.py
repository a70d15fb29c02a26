"""The admin forms of the directory: the actor snippet's and the municipality page's.

**Actor.** Wagtail's page chooser opened at the root of the tree and offered every page in every language,
so a Ukrainian municipality page could be saved on a Danish actor. The municipality is a plain list of
names instead: the municipality pages in the actor's language that the user may put an actor in. Who may
use which municipality is the actor permission policy's answer (`directory.permissions`), asked through
Wagtail's policy registry, so the list and the views' checks cannot disagree: an editor gets their own
municipalities, a coordinator or a superuser every one. Any other id in a POST — another editor's
municipality, a page in another language, a page of another type, no page at all — is refused at the
field. A translation takes its municipality and slug from the Danish actor (the model's
`translatable_fields`), so its form shows them without letting them change.

**Municipality page.** A municipality's code and region come from the official list
(`directory.municipalities`), as the demo loader and the scale generator make them: the code is chosen from
that list when the page is created and the region follows from it. After that neither is a form field (the
panels are read-only), so nobody — a superuser included — can change them, and a forged POST has nothing
to change.

The models name these forms as their `base_form_class` and this module imports no model of its own app:
the models are reached through the form's own model and the app registry.
"""

from django import forms
from django.apps import apps
from django.core.exceptions import ValidationError
from django.forms.models import ModelChoiceIterator
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.models import Locale
from wagtail.permissions import policy_registry

from directory.municipalities import municipality_choices, official_municipalities

# Danish sorts Æ, Ø, Å after Z, in that order; code points put Å first.
DANISH_LETTERS = str.maketrans({"æ": "{", "ø": "|", "å": "}"})  # the three characters after "z"


def is_page_id(value):
    """Whether `value` could be a page's primary key (a 32-bit AutoField)."""
    text = str(value)
    return text.isascii() and text.isdigit() and 0 < int(text) < 2**31


def danish_order(name):
    return name.casefold().translate(DANISH_LETTERS)


class ByDanishName(ModelChoiceIterator):
    """The pages by title in Danish order (the database's collation may not know Danish)."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for page in sorted(self.queryset, key=lambda page: danish_order(page.title)):
            yield self.choice(page)


class MunicipalityChoiceField(forms.ModelChoiceField):
    """The municipality pages in `queryset`, by name; a refused id says why, in the user's words."""

    iterator = ByDanishName
    default_error_messages = {
        "invalid_choice": _("Choose a municipality from the list."),
        "other_language": _(
            "That page is in another language than the actor. Choose a municipality from the list."
        ),
        # The message of the views' own check (directory.permissions.MunicipalityCheckMixin).
        "not_yours": _("You can only add and edit actors in the municipalities you are an editor for."),
    }

    def __init__(self, queryset, *, language_pages, **kwargs):
        super().__init__(queryset, empty_label=_("Choose a municipality"), **kwargs)
        self.language_pages = language_pages

    def to_python(self, value):
        if value not in self.empty_values and not is_page_id(value):
            # Django would ask the database, and SQLite fails on a number longer than 64 bits.
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        try:
            return super().to_python(value)
        except ValidationError as refused:
            raise self.reason(value) or refused from None

    def reason(self, value):
        """Why a page id that is not on the list was refused, when it is a municipality page at all."""
        if self.language_pages.filter(pk=value).exists():
            return ValidationError(self.error_messages["not_yours"], code="not_yours")
        if self.language_pages.model.objects.filter(pk=value).exists():
            return ValidationError(self.error_messages["other_language"], code="other_language")
        return None


class ActorAdminForm(WagtailAdminModelForm):
    """The actor's form: its municipality from a list scoped to the user, or the Danish actor's."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.municipality_pages = apps.get_model("directory", "MunicipalityPage").objects
        if "municipality" not in self.fields:
            return
        if self.is_translation():
            self.follow_the_source()
        else:
            self.choose_among_municipalities()

    def is_translation(self):
        actor = self.instance
        default = Locale.get_default()
        if actor.pk is None or actor.locale_id in (None, default.pk):
            return False
        sources = type(actor).objects.filter(translation_key=actor.translation_key, locale=default)
        return sources.exists()

    def follow_the_source(self):
        """The municipality and the slug are the Danish actor's: shown, never changed here."""
        field = self.fields["municipality"]
        current = self.municipality_pages.filter(pk=self.instance.municipality_id)
        self.fields["municipality"] = MunicipalityChoiceField(
            current,
            language_pages=current,
            label=field.label,
            disabled=True,
            help_text=_("The same municipality as the Danish actor's. Change it there."),
        )
        if "slug" in self.fields:
            self.fields["slug"].disabled = True
            self.fields["slug"].help_text = _("The same as the Danish actor's. Change it there.")
            if "name" in self.fields:
                # The name field would otherwise fill the (disabled) slug in as the translator types.
                self.fields["name"].widget.attrs["data-w-sync-disabled-value"] = "true"

    def choose_among_municipalities(self):
        actor = self.instance
        locale_id = actor.locale_id or Locale.get_default().pk
        language_pages = self.municipality_pages.filter(locale_id=locale_id)
        allowed = self.allowed_pages(language_pages, locale_id)
        field = self.fields["municipality"]
        self.fields["municipality"] = MunicipalityChoiceField(
            language_pages.filter(pk__in=allowed),
            language_pages=language_pages,
            label=field.label,
            help_text=field.help_text,
        )
        if len(allowed) == 1 and not actor.municipality_id:
            self.initial["municipality"] = allowed[0]

    def allowed_pages(self, language_pages, locale_id):
        """The ids of the pages the actor permission policy lets the user put this actor in."""
        action = "add" if self.instance.pk is None else "change"
        # The policy is registered in wagtail_hooks.py; a form built before Wagtail has read those would
        # otherwise get (and fix for good) Wagtail's default policy.
        hooks.search_for_hooks()
        policy = policy_registry.get_by_type(self._meta.model)
        user = self.for_user
        pages = list(language_pages.only("pk", "translation_key"))
        if user is None or not policy.user_has_permission(user, action):
            # Allowed by something other than the policy, such as a workflow task: not ours to narrow.
            return [page.pk for page in pages]
        actor_model = self._meta.model
        return [
            page.pk
            for page in pages
            if policy.user_has_permission_for_instance(
                user, action, actor_model(locale_id=locale_id, municipality=page)
            )
        ]


class MunicipalityPageForm(WagtailAdminPageForm):
    """A new page's code is chosen from the official municipalities without a page in its language; an
    existing page's code and region are not in the form at all (read-only panels)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None:
            taken = type(self.instance).objects.filter(locale_id=self.instance.locale_id)
            taken = set(taken.values_list("code", flat=True))
            self.fields["code"] = forms.ChoiceField(
                label=_("Municipality"),
                choices=[("", _("Choose a municipality"))]
                + [(code, f"{name} ({code})") for code, name in municipality_choices() if code not in taken],
                error_messages={"invalid_choice": _("Choose a municipality from the official list.")},
            )

    def clean(self):
        cleaned_data = super().clean()
        code = cleaned_data.get("code")
        if "code" in self.fields and code:
            official = {row["code"]: row for row in official_municipalities()}
            self.instance.code = code
            self.instance.region = official[code]["region_code"]
        return cleaned_data
