"""The directory: one page per Danish municipality and the actors (organisations) that serve newcomers there.

Translated and synchronised fields are declared explicitly on every model. The rule: what a reader reads
(names, descriptions, opening hours) is translated; facts (codes, addresses, phone numbers, dates,
relations to other objects) are synchronised from the Danish source so they can never drift apart.
"""

from django import forms
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.http import Http404
from django.shortcuts import render
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Page,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from directory import public_forms
from directory.blocks import ServiceBlock
from directory.forms import ActorFilterForm
from directory.structured_data import organization_structured_data
from home.blocks import RICH_TEXT_FEATURES
from home.caching import memoized
from home.localization import locale_of, prefer_locales
from home.models import PAGE_TRANSLATABLE_FIELDS, SectionIndexPage

REGION_CHOICES = [
    ("DK-81", _("North Denmark Region")),
    ("DK-82", _("Central Denmark Region")),
    ("DK-83", _("Region of Southern Denmark")),
    ("DK-84", _("Capital Region of Denmark")),
    ("DK-85", _("Region Zealand")),
]


class Sector(models.TextChoices):
    """The kind of organisation an actor is. The cooperation statistics count pairs of these."""

    LIBRARY = "library", _("Library")
    JOB_CENTRE = "job_centre", _("Job centre")
    CITIZEN_SERVICE = "citizen_service", _("International citizen service / citizen service")
    LANGUAGE_SCHOOL = "language_school", _("Language school")
    EDUCATION = "education", _("Education")
    HEALTH = "health", _("Health")
    HOUSING = "housing", _("Housing")
    ASSOCIATION = "association", _("Association / NGO")
    EMPLOYER = "employer", _("Employer / business")
    CULTURE = "culture", _("Cultural institution")
    OTHER = "other", _("Other")


SECTOR_LABELS = dict(Sector.choices)  # lazy labels, translated when shown


class MunicipalityIndexPage(SectionIndexPage):
    subpage_types = ["directory.MunicipalityPage"]

    class Meta:
        verbose_name = _("municipality index")
        verbose_name_plural = _("municipality indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        query = request.GET.get("q", "").strip()[:100]
        municipalities = prefer_locales(
            MunicipalityPage.objects.live(), locale_of(self).language_code, rivals=Page.objects.live()
        )
        municipalities = municipalities.select_related("locale").order_by("title")
        if query:
            municipalities = municipalities.filter(models.Q(title__icontains=query) | models.Q(code=query))
        municipalities = list(municipalities)
        counts = memoized("actor-counts", self.actor_counts, locale_of(self).language_code)
        labels = dict(REGION_CHOICES)
        by_region = {}
        for municipality in municipalities:
            municipality.actor_count = counts.get(str(municipality.translation_key), 0)
            by_region.setdefault(municipality.region, []).append(municipality)
        context["regions"] = [
            (code, labels[code], by_region[code]) for code, _label in REGION_CHOICES if code in by_region
        ]
        context["query"] = query
        context["municipality_count"] = len(municipalities)
        return context

    def actor_counts(self):
        """{municipality translation key: number of actors}, counted as a municipality page lists them:
        each actor once, in this page's language or its fallback.

        A count over every actor in the country (40 ms in Arabic at national scale), so the page keeps it
        per publish (home.caching.memoized) rather than counting on every request.
        """
        actors = prefer_locales(Actor.objects.filter(live=True), locale_of(self).language_code)
        counts = actors.values_list("municipality__translation_key").annotate(count=models.Count("pk"))
        return {str(key): count for key, count in counts.order_by()}


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


class MunicipalityPage(RoutablePageMixin, Page):
    code = models.CharField(
        _("municipality code"),
        max_length=3,
        validators=[RegexValidator(r"^\d{3}$", _("The municipality code has exactly three digits."))],
        help_text=_("The official three-digit municipality code, e.g. 751 for Aarhus."),
    )
    region = models.CharField(_("region"), max_length=5, choices=REGION_CHOICES)
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("A few lines about newcomers in the municipality and how the actors work together."),
    )
    coordinator_name = models.CharField(_("coordinator's name"), max_length=200, blank=True)
    coordinator_title = models.CharField(
        _("coordinator's title"),
        max_length=200,
        blank=True,
        help_text=_("For example 'Librarian, newcomer coordinator'."),
    )
    coordinator_email = models.EmailField(_("coordinator's e-mail"), blank=True)
    coordinator_phone = models.CharField(_("coordinator's phone"), max_length=32, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("code"), FieldPanel("region")]),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("coordinator_name"),
                FieldPanel("coordinator_title"),
                FieldRowPanel([FieldPanel("coordinator_email"), FieldPanel("coordinator_phone")]),
            ],
            heading=_("Local coordinator"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.FilterField("code"),
        index.FilterField("region"),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("intro"),
        TranslatableField("coordinator_title"),
        SynchronizedField("code", overridable=False),
        SynchronizedField("region", overridable=False),
        SynchronizedField("coordinator_name"),
        SynchronizedField("coordinator_email"),
        SynchronizedField("coordinator_phone"),
    ]
    parent_page_types = ["directory.MunicipalityIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def clean(self):
        super().clean()
        # The code lives on this table and the locale on Page's, so no database constraint can span them.
        duplicates = MunicipalityPage.objects.filter(code=self.code, locale_id=self.locale_id)
        if self.translation_key:
            duplicates = duplicates.exclude(translation_key=self.translation_key)
        if self.code and duplicates.exists():
            raise ValidationError(
                {
                    "code": _("Another municipality in this language already has the code %(code)s.")
                    % {"code": self.code}
                }
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = ActorFilterForm(request.GET or None)
        # Only what the cards, the filters and the cooperation section show: the long texts and the
        # revision and locking columns stay in the database (building 52 actors: 4.6 → 3.1 ms).
        listed = self.actors().select_related("locale").only(*LISTED_ACTOR_FIELDS)
        all_actors = list(listed.order_by("name"))
        for actor in all_actors:
            actor.municipality = self  # every card links under this page; saves a query per actor
        attach_vocabularies(all_actors)
        context["filter_form"] = form.with_choices_from(all_actors)
        shown = form.apply(all_actors)
        labels = dict(Sector.choices)
        by_sector = {}
        for actor in shown:
            by_sector.setdefault(actor.sector, []).append(actor)
        context["sectors"] = [
            (code, labels[code], by_sector[code]) for code, _label in Sector.choices if code in by_sector
        ]
        context["all_actors"] = all_actors
        context["actor_count"] = len(all_actors)
        context["shown_count"] = len(shown)
        context["region_label"] = self.get_region_display()
        return context

    @cached_property
    def translation_ids(self):
        """The ids of this municipality's page in every language, itself included.

        Filtering actors by these ids lets PostgreSQL use the (locale, municipality) index; a join on the
        pages' translation key made it read every actor of three languages (7 ms of 8 in Arabic).
        """
        return list(self.get_translations(inclusive=True).values_list("pk", flat=True))

    def actors(self):
        """The live actors of this municipality, each in this page's language or the nearest fallback."""
        actors = Actor.objects.filter(municipality_id__in=self.translation_ids, live=True)
        return prefer_locales(actors, locale_of(self).language_code)

    # Defined before the actor route so that "suggest/" is never taken for an actor's slug.
    @path("suggest/", name="suggest_actor")
    def suggest_actor_view(self, request):
        return public_forms.suggest_actor(request, self)

    @path("<str:slug>/suggest/", name="correct_actor")
    def correct_actor_view(self, request, slug):
        return public_forms.suggest_actor(request, self, actor=self.live_actor_or_404(slug))

    @path("<str:slug>/contact/", name="contact_actor")
    def contact_actor_view(self, request, slug):
        return public_forms.contact_actor(request, self, self.live_actor_or_404(slug))

    def live_actor_or_404(self, slug):
        actor = self.actors().filter(slug=slug).first()
        if actor is None:
            raise Http404
        actor.municipality = self
        return actor

    @path("<str:slug>/", name="actor")
    def actor_view(self, request, slug):
        actor = self.actors().filter(slug=slug).prefetch_related("languages", "target_groups").first()
        if actor is None:
            raise Http404
        return render(
            request,
            "directory/actor.html",
            {
                "page": self,
                "actor": actor,
                "canonical_url": actor.get_full_url(request),
                "structured_data": organization_structured_data(actor, self, request),
            },
        )


def attach_vocabularies(actors):
    """Give each actor `language_list` and `target_group_list`, in the vocabularies' own order.

    Two queries of ids for all the actors, plus the two short vocabularies (kept per publish), whose
    objects the actors share: prefetch_related built a language and a target group object per actor and
    link, which took longer than reading the actors themselves.
    """
    from home.models import TargetGroup

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


class Language(models.Model):
    """A language an actor serves newcomers in, identified by its ISO 639 code."""

    code = models.CharField(_("ISO 639 code"), max_length=8, unique=True)
    autonym = models.CharField(
        _("name in the language itself"), max_length=64, help_text=_("For example 'Polski' or 'العربية'.")
    )
    name_da = models.CharField(_("Danish name"), max_length=64)
    name_en = models.CharField(_("English name"), max_length=64)

    class Meta:
        ordering = ["name_da"]
        verbose_name = _("language")
        verbose_name_plural = _("languages")

    def __str__(self):
        return f"{self.name_da} ({self.autonym})" if self.autonym != self.name_da else self.name_da


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
    address = models.CharField(_("street address"), max_length=255, blank=True)
    postcode = models.CharField(
        _("postcode"),
        max_length=4,
        blank=True,
        validators=[RegexValidator(r"^\d{4}$", _("A Danish postcode has four digits."))],
    )
    city = models.CharField(_("city"), max_length=100, blank=True)
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

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("sector"), PageChooserPanel("municipality", "directory.MunicipalityPage")]),
        FieldPanel("description"),
        FieldPanel("services"),
        FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
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
        SynchronizedField("address"),
        SynchronizedField("postcode"),
        SynchronizedField("city"),
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
        """Django's own translates every sector's label on each call: a few thousand lookups a page."""
        return SECTOR_LABELS.get(self.sector, self.sector)

    @property
    def revisions(self):
        return self._revisions

    def clean(self):
        super().clean()
        if self.municipality_id and not MunicipalityPage.objects.filter(pk=self.municipality_id).exists():
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
        return {"actor": self, "page": self.municipality.specific}
