"""Actors: the organisations that serve newcomers in one municipality, listed on its page.

What a reader reads (name, description, services, opening hours) is translated; facts (slug, sector,
address, phone, e-mail, dates, relations) are synchronised from the Danish source so they never drift apart.
"""

from django import forms
from django.apps import apps
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, TitleFieldPanel
from wagtail.admin.widgets.slug import SlugInput
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from directory.admin_forms import ActorAdminForm
from directory.blocks import ServiceBlock
from directory.models.vocabularies import Language, Sector
from home.blocks import RICH_TEXT_FEATURES
from home.models import (
    ADDRESS_PANELS,
    ADDRESS_TRANSLATABLE_FIELDS,
    TargetGroup,
    address_fields,
    choice_label,
)
from languages.locales import locale_of
from pagecache.generations import memoized

# The actor fields a municipality page uses (see MunicipalityPage.get_context).
LISTED_ACTOR_FIELDS = (
    "translation_key",
    "locale",
    "live",
    "name",
    "slug",
    "sector",
    "municipality",
    "address",
    "postcode",
    "city",
    "phone",
    "email",
)


# The slug the name fills in: ASCII, with Danish letters spelt out as the demo loader spells them
# ("Sprogcafé Ærø" -> "sprogcafe-aeroe").
DANISH_SLUG = SlugInput(
    attrs={"data-w-slug-allow-unicode-value": "false"},
    formatters=[("[æÆ]", "ae"), ("[øØ]", "oe"), ("[åÅ]", "aa")],
    locale="da",
)


class ActorQuerySet(SearchableQuerySetMixin, models.QuerySet):
    pass


class Actor(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    TranslatableMixin,
    index.Indexed,
    ClusterableModel,
):
    """An organisation that serves newcomers in one municipality."""

    name = models.CharField(_("name"), max_length=255)
    slug = models.SlugField(
        _("slug"),
        max_length=255,
        allow_unicode=True,
        help_text=_("The last part of the actor's web address. Letters, digits and hyphens only."),
    )
    sector = models.CharField(_("sector"), max_length=32, choices=Sector.choices)
    municipality = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.PROTECT,
        related_name="directory_actors",
        verbose_name=_("municipality"),
        help_text=_("The municipality whose directory lists this actor."),
    )
    description = RichTextField(
        _("description"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("What the actor is and what it does for newcomers, in a few plain sentences."),
    )
    services = StreamField(
        [("service", ServiceBlock())],
        verbose_name=_("services offered"),
        blank=True,
        help_text=_("One entry for each concrete offer, e.g. 'Language café every Tuesday'."),
    )
    languages = ParentalManyToManyField(
        "directory.Language",
        blank=True,
        related_name="actors",
        verbose_name=_("languages served in"),
    )
    target_groups = ParentalManyToManyField(
        "home.TargetGroup",
        blank=True,
        related_name="actors",
        verbose_name=_("target groups"),
    )
    address, postcode, city = address_fields(required=False)
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    opening_hours = models.TextField(
        _("opening hours"), blank=True, help_text=_("For example 'Mon–Fri 10–16'. One line per line.")
    )
    verified_on = models.DateField(
        _("details last verified"),
        null=True,
        blank=True,
        help_text=_("The date someone last checked that these details are correct."),
    )

    objects = ActorQuerySet.as_manager()

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="actor")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="actor",
        for_concrete_model=False,
    )

    # The form lists the municipalities the user may choose, by name (directory.admin_forms).
    base_form_class = ActorAdminForm
    panels = [
        # Until the actor is published, the slug follows the name as it is typed (as a page's follows
        # its title); after that it stays, so the actor's address does not change under its readers.
        TitleFieldPanel("name", placeholder=False, classname=""),
        FieldPanel("slug", widget=DANISH_SLUG),
        FieldPanel("sector"),
        FieldPanel("municipality"),
        FieldPanel("description"),
        FieldPanel("services"),
        FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                *ADDRESS_PANELS,
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldPanel("website"),
                FieldPanel("opening_hours"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("verified_on"),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.SearchField("services"),
        index.SearchField("city"),
        # The sector by its name in the actor's language: "sprogskole" finds the language centres.
        index.SearchField("sector_label", boost=2),
        index.FilterField("locale_id"),
        index.FilterField("sector"),
        index.FilterField("municipality_id"),
        index.FilterField("live"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        TranslatableField("services"),
        TranslatableField("opening_hours"),
        TranslatableField("municipality"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("sector", overridable=False),
        SynchronizedField("languages"),
        SynchronizedField("target_groups"),
        *ADDRESS_TRANSLATABLE_FIELDS,
        SynchronizedField("phone"),
        SynchronizedField("email"),
        SynchronizedField("website"),
        SynchronizedField("verified_on"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("actor")
        verbose_name_plural = _("actors")
        # "Actors like this elsewhere" picks the actors of one sector across the country.
        indexes = [models.Index(fields=["sector"], name="directory_actor_sector_idx")]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "municipality", "slug"],
                name="directory_actor_unique_slug_per_municipality",
                violation_error_message=_("Another actor in this municipality already uses this slug."),
            )
        ]

    def __str__(self):
        return self.name

    def get_sector_display(self):
        return choice_label(Sector, self.sector)

    def sector_label(self):
        """The sector's name in the actor's own language, for the search index."""
        with translation.override(locale_of(self).language_code):
            return str(self.get_sector_display())

    @property
    def revisions(self):
        return self._revisions

    def clean(self):
        super().clean()
        municipality_pages = apps.get_model("directory", "MunicipalityPage")  # pages.py imports this module
        if self.municipality_id and not municipality_pages.objects.filter(pk=self.municipality_id).exists():
            raise ValidationError({"municipality": _("Choose a municipality page.")})
        # The admin form has no locale field, so Django skips the unique constraint there; check it here.
        clashes = Actor.objects.filter(municipality_id=self.municipality_id, slug=self.slug)
        if self.locale_id:
            clashes = clashes.filter(locale_id=self.locale_id)
        if self.pk:
            clashes = clashes.exclude(pk=self.pk)
        if self.slug and self.municipality_id and clashes.exists():
            raise ValidationError({"slug": _("Another actor in this municipality already uses this slug.")})

    def get_url(self, request=None):
        """The actor's page under its municipality (MunicipalityPage's "actor" route: "<slug>/").

        A municipality page lists its actors with one shared municipality object, whose URL is worked out
        once for them all.
        """
        municipality = self.municipality
        urls = municipality.__dict__.setdefault("_portal_urls", {})
        key = request is None
        if key not in urls:
            urls[key] = municipality.get_url(request)
        return f"{urls[key]}{self.slug}/"

    def get_full_url(self, request=None):
        return f"{self.municipality.get_full_url(request)}{self.slug}/"

    def get_preview_template(self, request, mode_name):
        return "directory/actor.html"

    def get_preview_context(self, request, mode_name):
        """The actor as its municipality page shows it. Without Wagtail's user bar: it would take the page
        for the object previewed and look the actor's revision up among the page revisions."""
        return {"actor": self, "page": self.municipality.specific, "preview_of_a_snippet": True}


def attach_vocabularies(actors):
    """Give each actor `language_list` and `target_group_list`, in the vocabularies' own order.

    Two queries of ids for all the actors, plus the two short vocabularies (kept per publish), whose
    objects the actors share: prefetch_related built a language and a target group object per actor and
    link, which took longer than reading the actors themselves.
    """
    ids = [actor.pk for actor in actors]
    # The two vocabularies change only when an editor saves one, which starts a new generation.
    languages, groups = memoized(
        "actor-vocabularies", lambda: (list(Language.objects.all()), list(TargetGroup.objects.all()))
    )
    for actor in actors:
        actor.language_list, actor.target_group_list = [], []
    if not ids:
        return actors
    by_id = {actor.pk: actor for actor in actors}
    language_links = Actor.languages.through.objects.filter(actor_id__in=ids)
    group_links = Actor.target_groups.through.objects.filter(actor_id__in=ids)
    spoken = _links(language_links.values_list("actor_id", "language_id"))
    served = _links(group_links.values_list("actor_id", "targetgroup_id"))
    for actor_id, actor in by_id.items():
        actor.language_list = [item for item in languages if item.pk in spoken.get(actor_id, ())]
        actor.target_group_list = [item for item in groups if item.pk in served.get(actor_id, ())]
    return actors


def _links(pairs):
    found = {}
    for actor_id, item_id in pairs:
        found.setdefault(actor_id, set()).add(item_id)
    return found
