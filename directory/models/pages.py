"""The directory's pages: the index of municipalities, and one page per municipality with its actors.

A municipality page also routes to its actors' pages ("<slug>/") and to the public forms about them.
"""

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import RegexValidator
from django.db import models
from django.http import Http404
from django.shortcuts import render
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from directory import public_forms
from directory.admin_forms import MunicipalityPageForm
from directory.forms import ActorFilterForm
from directory.models.actors import LISTED_ACTOR_FIELDS, Actor, attach_vocabularies
from directory.models.vocabularies import Region, Sector
from directory.structured_data import organization_structured_data
from home.blocks import RICH_TEXT_FEATURES
from home.models import PAGE_TRANSLATABLE_FIELDS, SectionIndexPage
from home.pagination import filters_key, filters_query, kept_page_key
from languages.fallback import prefer_locales
from languages.locales import locale_of
from pagecache.generations import memoized


class MunicipalityIndexPage(SectionIndexPage):
    subpage_types = ["directory.MunicipalityPage"]

    class Meta:
        verbose_name = _("municipality index")
        verbose_name_plural = _("municipality indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        query = request.GET.get("q", "").strip()[:100]
        context["listing"] = MunicipalityListing(self, query)
        context["query"] = query
        return context

    def listed_municipalities(self, query=""):
        """The live municipality pages in this page's language (else the nearest fallback), by name, each
        with its `actor_count`; those whose name contains `query`, or whose code it is."""
        municipalities = prefer_locales(
            MunicipalityPage.objects.live(), locale_of(self).language_code, rivals=Page.objects.live()
        )
        municipalities = municipalities.select_related("locale").order_by("title")
        if query:
            municipalities = municipalities.filter(models.Q(title__icontains=query) | models.Q(code=query))
        municipalities = list(municipalities)
        counts = memoized("actor-counts", self.actor_counts, locale_of(self).language_code)
        for municipality in municipalities:
            municipality.actor_count = counts.get(str(municipality.translation_key), 0)
        return municipalities

    def actor_counts(self):
        """{municipality translation key: number of actors}, counted as a municipality page lists them:
        each actor once, in this page's language or its fallback.

        A count over every actor in the country, so the page keeps it per publish
        (`memoized`) rather than counting on every request.
        """
        actors = prefer_locales(Actor.objects.filter(live=True), locale_of(self).language_code)
        counts = actors.values_list("municipality__translation_key").annotate(count=models.Count("pk"))
        return {str(key): count for key, count in counts.order_by()}


def grouped(items, attribute, choices):
    """[(code, label, items)] of `items` by their `attribute`, in the order of `choices` (a vocabulary's),
    leaving out the codes no item has."""
    by_code = {}
    for item in items:
        by_code.setdefault(getattr(item, attribute), []).append(item)
    return [(code, label, by_code[code]) for code, label in choices if code in by_code]


class MunicipalityListing:
    """The municipalities of the index, by region, read only when the template asks for them.

    The whole list (no search) is the same for every reader until the next publish, so the template keeps
    it (`{% kept %}`): choosing each municipality's language among every page's translations grew with the
    site's content (1.6 times the time at ten times the content, in Arabic). A search by name is not kept:
    what readers type is endless, and it is one query.
    """

    def __init__(self, index, query):
        self.index = index
        self.query = query

    @cached_property
    def municipalities(self):
        return self.index.listed_municipalities(self.query)

    @cached_property
    def regions(self):
        """[(code, label, municipalities)] in the vocabulary's order."""
        return grouped(self.municipalities, "region", Region.choices)

    @property
    def count(self):
        return len(self.municipalities)

    @property
    def kept_key(self):
        return None if self.query else "all"


# A municipality page shows at most this many actors at a time (the largest municipality in the national
# data set lists 52); the filters and the handout take in all of them.
ACTORS_PER_PAGE = 60


class ActorListing:
    """A municipality page's actors, read only when the template asks for them.

    The page's content is kept per publish for each valid combination of filters and page of actors
    (`{% kept %}`), so most requests read no actor: each attribute is computed on first use. The filter
    form is checked against choices kept per publish too, so the page's head (the handout's link carries
    the valid filters) and the kept content's key cost no query.
    """

    def __init__(self, page, form, page_number=None):
        self.page = page
        self.form = form
        self.page_number = page_number

    @cached_property
    def actors(self):
        """Every listed actor, by name. Only what the cards, the filters and the cooperation section
        show: the long texts and the revision and locking columns stay in the database (a third less time
        building the cards)."""
        listed = self.page.actors().select_related("locale").only(*LISTED_ACTOR_FIELDS)
        actors = list(listed.order_by("name"))
        for actor in actors:
            actor.municipality = self.page  # every card links under this page; saves a query per actor
        return attach_vocabularies(actors)

    @cached_property
    def filter_form(self):
        choices = memoized(
            "actor-filter-choices",
            lambda: ActorFilterForm.choices_from(self.actors),
            self.page.pk,
            get_language(),
        )
        return self.form.with_choices(choices)

    @cached_property
    def shown(self):
        return self.filter_form.apply(self.actors)

    @cached_property
    def page_obj(self):
        """The shown actors in the order they are read (by sector, in the vocabulary's order, then by name),
        `ACTORS_PER_PAGE` at a time: a municipality with hundreds of actors is not one endless page."""
        position = {code: number for number, (code, _label) in enumerate(Sector.choices)}
        ordered = sorted(self.shown, key=lambda actor: position.get(actor.sector, len(position)))
        return Paginator(ordered, ACTORS_PER_PAGE).get_page(self.page_number)

    @cached_property
    def sectors(self):
        """[(code, label, actors)] of the actors on this page, in the vocabulary's order."""
        return grouped(self.page_obj.object_list, "sector", Sector.choices)

    @property
    def actor_count(self):
        return len(self.actors)

    @property
    def shown_count(self):
        return len(self.shown)

    @property
    def filter_query(self):
        return filters_query(self.filter_form)

    @cached_property
    def kept_key(self):
        """The filters and the page number, or None (not kept) for filters with errors or a page that is
        not one of the listing's pages. The number of pages is kept per publish for each combination."""
        return kept_page_key(
            "actor-listing-pages",
            self.page.pk,
            filters_key(self.filter_form),
            self.page_number,
            lambda: Paginator(self.shown, ACTORS_PER_PAGE).num_pages,
        )


OFFICIAL_LIST_HELP = _("Taken from the official list of municipalities. It cannot be changed afterwards.")


class MunicipalityPage(RoutablePageMixin, Page):
    code = models.CharField(
        _("municipality code"),
        max_length=3,
        validators=[RegexValidator(r"^\d{3}$", _("The municipality code has exactly three digits."))],
        help_text=_("The official three-digit municipality code, e.g. 751 for Aarhus."),
    )
    region = models.CharField(_("region"), max_length=5, choices=Region.choices)
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

    # The code and the region come from the official list: the code is chosen from it when the page is
    # created, and neither can be changed afterwards (directory.admin_forms).
    base_form_class = MunicipalityPageForm
    content_panels = [
        *Page.content_panels,
        FieldRowPanel(
            [
                FieldPanel("code", read_only=True, help_text=OFFICIAL_LIST_HELP),
                FieldPanel("region", read_only=True, help_text=OFFICIAL_LIST_HELP),
            ]
        ),
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
        # Only a new or changed code is checked: once a page exists its edit form has no code field to
        # show the error at, and a clash found then is not the editor's to mend.
        duplicates = MunicipalityPage.objects.filter(code=self.code, locale_id=self.locale_id)
        if self.translation_key:
            duplicates = duplicates.exclude(translation_key=self.translation_key)
        if self.code and self.code_is_new() and duplicates.exists():
            raise ValidationError(
                {
                    "code": _("Another municipality in this language already has the code %(code)s.")
                    % {"code": self.code}
                }
            )

    def code_is_new(self):
        return self._state.adding or not MunicipalityPage.objects.filter(pk=self.pk, code=self.code).exists()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        listing = ActorListing(self, ActorFilterForm(request.GET or None), request.GET.get("page"))
        context["listing"] = listing
        context["filter_form"] = listing.filter_form
        context["region_label"] = self.get_region_display()
        return context

    @cached_property
    def translation_ids(self):
        """The ids of this municipality's page in every language, itself included.

        Filtering actors by these ids lets PostgreSQL use the (locale, municipality) index; a join on the
        pages' translation key made it read every actor of three languages. Kept per publish: the page's
        seminars, case studies and actors all start from them, and a page is translated by publishing.
        """
        return memoized(
            "municipality-translation-ids",
            lambda: list(self.get_translations(inclusive=True).values_list("pk", flat=True)),
            self.pk,
        )

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
        # The languages for the structured data in the head; the rest of the page is kept per publish
        # (`{% kept %}`) and reads the target groups only when it is made again.
        actor = (
            self.actors()
            .filter(slug=slug)
            .select_related("municipality")  # its own municipality page, for the canonical URL
            .prefetch_related("languages")
            .first()
        )
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
