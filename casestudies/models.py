"""Case studies: structured stories of cross-sector cooperation that other municipalities can learn from."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from casestudies.blocks import CaseStudyBodyBlock
from directory.models import Actor, MunicipalityPage
from home.models import PAGE_TRANSLATABLE_FIELDS, PageLink, SectionIndexPage
from home.pagination import CountingPaginator, filters_key, filters_query, kept_page_key
from languages.fallback import prefer_locales
from languages.locales import active_locale, locale_of
from pagecache.generations import memoized

MIN_PARTICIPANTS = 2
CASE_STUDIES_PER_PAGE = 12


class Origin(models.TextChoices):
    NEWCOMERS_PROJECT = "newcomers_project", _("The Newcomers project")
    SEMINAR = "seminar", _("A dissemination seminar")
    PUBLIC_SUBMISSION = "public_submission", _("Submitted by the public")
    EDITORIAL = "editorial", _("The editors")


class Theme(TranslatableMixin, models.Model):
    """What a cooperation was about, e.g. language learning or jobs. Used to filter case studies."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, allow_unicode=True)

    translatable_fields = [TranslatableField("name"), SynchronizedField("slug", overridable=False)]
    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"],
                name="casestudies_theme_unique_slug_per_locale",
                violation_error_message=_("Another theme in this language already uses this slug."),
            )
        ]

    def __str__(self):
        return self.name


class CaseStudyIndexPage(RoutablePageMixin, SectionIndexPage):
    subpage_types = ["casestudies.CaseStudyPage"]

    @path("share/", name="share")
    def share_view(self, request):
        """The public's form for sharing a case study (see casestudies/public_forms.py)."""
        from casestudies.public_forms import share_case_study

        return share_case_study(request, self)

    class Meta:
        verbose_name = _("case study index")
        verbose_name_plural = _("case study indexes")

    def get_context(self, request, *args, **kwargs):
        from casestudies.forms import CaseStudyFilterForm

        context = super().get_context(request, *args, **kwargs)
        case_studies = prefer_locales(
            CaseStudyPage.objects.live().defer_streamfields(),
            locale_of(self).language_code,
            rivals=Page.objects.live(),
        )
        # The municipalities any case study is about, with their names in this language: the same for every
        # reader, so kept per publish.
        names = memoized(
            "case-study-municipality-names", lambda: self._municipality_names(case_studies), self.pk
        )
        form = CaseStudyFilterForm(request.GET or None, locale=locale_of(self), municipality_names=names)
        context["filter_form"] = form
        context["listing"] = CaseStudyListing(self, case_studies, form, request.GET.get("page"))
        return context

    def _municipality_names(self, case_studies):
        """{code: name in this index's language} of the municipalities the listed case studies are about."""
        about = CaseStudyMunicipality.objects.filter(page__in=case_studies).values("municipality_id")
        codes = MunicipalityPage.objects.filter(pk__in=about).values_list("code", flat=True)
        return dict(
            MunicipalityPage.objects.filter(locale_id=self.locale_id, code__in=codes).values_list(
                "code", "title"
            )
        )


class CaseStudyListing:
    """One page of an index's case studies, as filtered, read only when the template asks for it.

    The listing is kept per publish for each valid combination of filters and page number (`{% kept %}`
    in casestudies/case_study_index_page.html): at ten times the national content, choosing each case
    study's language among its translations took most of the page's time, and a kept listing reads no
    case study at all. The number of pages of each combination is kept per publish too, so a page number
    is checked without reading the listing: only real pages are kept.
    """

    def __init__(self, index, case_studies, form, page_number):
        self.index = index
        self.case_studies_in_language = case_studies
        self.form = form
        self.page_number = page_number

    @cached_property
    def filtered(self):
        return (
            self.form.apply(self.case_studies_in_language)
            .select_related("locale")
            .order_by("-start_date", "title", "pk")
        )

    @cached_property
    def page_obj(self):
        return CountingPaginator(self.filtered, CASE_STUDIES_PER_PAGE).get_page(self.page_number)

    @property
    def case_studies(self):
        return self.page_obj.object_list

    @cached_property
    def filter_query(self):
        return filters_query(self.form)

    @cached_property
    def kept_key(self):
        """The filters and the page number, or None (not kept) for filters with errors or a page that is
        not one of the listing's pages (it is shown as Django shows it, the first or the last page)."""
        return kept_page_key(
            "case-study-index-pages",
            self.index.pk,
            filters_key(self.form),
            self.page_number,
            lambda: CountingPaginator(self.filtered, CASE_STUDIES_PER_PAGE).num_pages,
        )


class CaseStudyPageForm(WagtailAdminPageForm):
    """Checks what a single field cannot: at least two actors took part, and the period runs forwards."""

    def clean(self):
        cleaned_data = super().clean()
        participants = self.formsets.get("participants")
        if participants is not None and participants.is_valid():
            kept = [
                form
                for form in participants.forms
                if form.cleaned_data.get("actor") and not form.cleaned_data.get("DELETE")
            ]
            if len(kept) < MIN_PARTICIPANTS:
                raise ValidationError(
                    _("A case study is about cooperation: add at least %(count)d participating actors.")
                    % {"count": MIN_PARTICIPANTS}
                )
        start, end = cleaned_data.get("start_date"), cleaned_data.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The end date cannot be before the start date."))
        return cleaned_data


class CaseStudyParticipant(TranslatableMixin, Orderable):
    """An actor that took part in a case study, and what it did in the cooperation."""

    page = ParentalKey("casestudies.CaseStudyPage", on_delete=models.CASCADE, related_name="participants")
    actor = models.ForeignKey(
        "directory.Actor",
        on_delete=models.PROTECT,
        related_name="case_study_participations",
        verbose_name=_("actor"),
    )
    role = models.CharField(
        _("role in the cooperation"),
        max_length=255,
        blank=True,
        help_text=_("For example 'Lent rooms and volunteers' or 'Referred job seekers'."),
    )

    panels = [FieldPanel("actor"), FieldPanel("role")]
    translatable_fields = [TranslatableField("actor"), TranslatableField("role")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("participating actor")
        verbose_name_plural = _("participating actors")


class CaseStudyMunicipality(PageLink):
    link_field = "municipality"

    page = ParentalKey("casestudies.CaseStudyPage", on_delete=models.CASCADE, related_name="municipalities")
    municipality = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("municipality")
    )

    panels = [PageChooserPanel("municipality", "directory.MunicipalityPage")]


class CaseStudyPage(Page):
    summary = models.TextField(
        _("summary"),
        help_text=_("Two or three sentences: who worked together, for whom, and what came of it."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("listing image"),
    )
    themes = ParentalManyToManyField("casestudies.Theme", blank=True, verbose_name=_("themes"))
    target_groups = ParentalManyToManyField("home.TargetGroup", blank=True, verbose_name=_("target groups"))
    start_date = models.DateField(_("started"))
    end_date = models.DateField(
        _("ended"), null=True, blank=True, help_text=_("Leave empty if it is still running.")
    )
    body = StreamField(CaseStudyBodyBlock(), verbose_name=_("body"), blank=True)
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_role = models.CharField(_("contact person's role"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=32, blank=True)
    origin = models.CharField(
        _("origin"),
        max_length=32,
        choices=Origin.choices,
        default=Origin.EDITORIAL,
        help_text=_("Where the story comes from."),
    )

    base_form_class = CaseStudyPageForm
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("listing_image"),
        InlinePanel("municipalities", label=_("Municipalities"), min_num=1),
        InlinePanel("participants", label=_("Participating actors"), min_num=MIN_PARTICIPANTS),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("origin"),
            ],
            heading=_("About the cooperation"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_role")]),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading=_("Contact"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.FilterField("origin"),
        index.FilterField("start_date"),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("summary"),
        TranslatableField("body"),
        TranslatableField("participants"),
        TranslatableField("contact_role"),
        SynchronizedField("listing_image"),
        SynchronizedField("municipalities"),
        SynchronizedField("themes"),
        SynchronizedField("target_groups"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("contact_name"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        SynchronizedField("origin"),
    ]
    parent_page_types = ["casestudies.CaseStudyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("case study")
        verbose_name_plural = _("case studies")

    def related_case_studies(self, limit=3):
        """Other case studies in this language that share the most themes with this one."""
        return (
            CaseStudyPage.objects.live()
            .defer_streamfields()
            .filter(locale_id=self.locale_id, themes__in=self.themes.all())
            .exclude(pk=self.pk)
            .select_related("locale")
            .annotate(shared_themes=models.Count("themes"))
            .order_by("-shared_themes", "-first_published_at")[:limit]
        )

    def get_context(self, request, *args, **kwargs):
        """What the page links to and names, in the reader's language: a Danish case study read in the
        Arabic interface (a fallback) names its municipalities, actors and themes as the Arabic site does,
        each marked with its own language where that too is a fallback.

        Each is read only when the template asks for it: the page's content is kept per publish
        (`{% kept %}`), and a reader served from it needs none of them.
        """
        context = super().get_context(request, *args, **kwargs)
        reader = get_language()
        context["participants"] = SimpleLazyObject(lambda: self.localized_participants(request, reader))
        context["related_case_studies"] = self.related_case_studies()
        context["municipality_pages"] = SimpleLazyObject(lambda: self.localized_municipalities(reader))
        context["theme_list"] = SimpleLazyObject(lambda: self.localized_themes(reader))
        return context

    def localized_municipalities(self, reader):
        # Read through the relation, not as a subquery: a preview's links are in memory.
        keys = [
            str(link.municipality.translation_key)
            for link in self.municipalities.select_related("municipality")
        ]
        municipalities = {
            str(page.translation_key): page
            for page in prefer_locales(
                MunicipalityPage.objects.live().filter(translation_key__in=keys), reader
            ).select_related("locale")
        }
        return [municipalities[key] for key in keys if key in municipalities]

    def localized_themes(self, reader):
        themes = self.themes.all()  # a subquery when read from the database, a list in a preview
        if isinstance(themes, models.QuerySet):
            theme_keys = themes.values("translation_key")
        else:
            theme_keys = [theme.translation_key for theme in themes]
        themes = prefer_locales(Theme.objects.filter(translation_key__in=theme_keys), reader)
        return list(themes.select_related("locale").order_by("name"))

    def localized_participants(self, request, reader):
        """The participants, each with its actor in the reader's language or the nearest fallback, linked
        under its municipality's page in the reader's language: three queries, whatever their number.

        A translation of the case study keeps the actors it was made with (the Danish one where the actor
        had no translation yet); the reader gets the actor as the rest of the site shows it.
        """
        participants = list(self.participants.select_related("actor").order_by("sort_order"))
        keys = {participant.actor.translation_key for participant in participants}
        actors = prefer_locales(Actor.objects.filter(live=True, translation_key__in=keys), reader)
        actors = {actor.translation_key: actor for actor in actors.select_related("locale", "municipality")}
        homes = {actor.municipality.translation_key for actor in actors.values()}
        readers = {
            page.translation_key: page
            for page in Page.objects.live().filter(locale=active_locale(), translation_key__in=homes)
        }
        for actor in actors.values():
            actor.municipality = readers.get(actor.municipality.translation_key, actor.municipality)
        for participant in participants:
            # None for an actor no longer published: named, but not linked.
            participant.shown_actor = actors.get(participant.actor.translation_key)
        return participants
