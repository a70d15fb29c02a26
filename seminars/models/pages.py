"""The seminar pages: the index and each seminar, before (programme, registration) and after (summary)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, F, Min, Q, Value, When, Window
from django.utils import timezone
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from casestudies.models import CaseStudyPage
from directory.models import MunicipalityPage
from home.blocks import RICH_TEXT_FEATURES, CaptionedImageBlock, DocumentBlock
from home.models import (
    ADDRESS_PANELS,
    ADDRESS_TRANSLATABLE_FIELDS,
    PAGE_TRANSLATABLE_FIELDS,
    PageLink,
    SectionIndexPage,
    address_fields,
)
from home.pagination import CountingPaginator, filters_key, filters_query, kept_page_key
from languages.fallback import prefer_locales
from languages.locales import default_locale, locale_of, localized
from pagecache.generations import keep_until
from seminars.blocks import ProgrammeItemBlock
from seminars.calendar import calendar_file, calendar_file_response, calendar_response
from seminars.forms import SeminarFilterForm
from seminars.structured_data import event_structured_data

SEMINARS_PER_PAGE = 12
CALENDAR_FEED_LIMIT = 60


class SeminarStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    FULL = "full", _("Fully booked")
    HELD = "held", _("Held")
    CANCELLED = "cancelled", _("Cancelled")


class SeminarListing:
    """One page of an index's seminars, upcoming and past, read only when the template asks for it.

    Kept per publish for each valid filter and page number (`{% kept %}` in
    seminars/seminar_index_page.html), and until the listing next changes with time alone
    (`changes_at`): choosing each seminar's language among its translations grew with the site's content.
    The number of pages of each filter is kept per publish, so only real pages are kept.
    """

    def __init__(self, index, form, page_number):
        self.index = index
        self.form = form
        self.page_number = page_number
        self.now = timezone.now()

    def ordered(self):
        past = Q(end__lt=self.now)
        return self.index.seminars(self.form.municipality_code()).order_by(
            Case(When(past, then=Value(1)), default=Value(0)),
            Case(When(past, then=None), default=F("start")).asc(),
            F("start").desc(),
            "pk",
        )

    @cached_property
    def page_obj(self):
        # Beside each row, the first of all the listing's seminars to come to an end (read or not): then
        # it moves to the past and every page of the listing changes.
        first_end = Window(Min(Case(When(end__gte=self.now, then=F("end")))))
        seminars = self.ordered().annotate(first_end=first_end)
        return CountingPaginator(seminars, SEMINARS_PER_PAGE).get_page(self.page_number)

    @cached_property
    def listed(self):
        from seminars.availability import attach_availability

        return attach_availability(self.page_obj.object_list)

    @property
    def upcoming(self):
        return [seminar for seminar in self.listed if seminar.end >= self.now]

    @property
    def past(self):
        return [seminar for seminar in self.listed if seminar.end < self.now]

    @property
    def past_continue(self):
        """Past seminars come after every upcoming one: a page without any continues on the next page."""
        return not self.past and self.page_obj.has_next()

    @property
    def changes_at(self):
        """When this page next changes with time alone: the listing's first seminar to come ends, or a shown
        one's registration closes. None when nothing is to come."""
        moments = [seminar.first_end for seminar in self.listed[:1] if seminar.first_end is not None]
        moments += [
            seminar.registration_closes_at
            for seminar in self.upcoming
            if seminar.registration_closes_at > self.now
        ]
        return min(moments, default=None)

    @property
    def filter_query(self):
        return filters_query(self.form)

    @cached_property
    def kept_key(self):
        """The filter and the page number, or None (not kept) for a filter with errors or a page that is not
        one of the listing's pages."""
        return kept_page_key(
            "seminar-index-pages",
            self.index.pk,
            filters_key(self.form),
            self.page_number,
            lambda: CountingPaginator(self.ordered(), SEMINARS_PER_PAGE).num_pages,
        )


class SeminarIndexPage(RoutablePageMixin, SectionIndexPage):
    subpage_types = ["seminars.SeminarPage"]

    class Meta:
        verbose_name = _("seminar index")
        verbose_name_plural = _("seminar indexes")

    def seminars(self, municipality_code=None):
        seminars = prefer_locales(
            SeminarPage.objects.live().defer_streamfields(),
            locale_of(self).language_code,
            rivals=Page.objects.live(),
        ).select_related("locale")
        if municipality_code:
            pages = MunicipalityPage.objects.filter(code=municipality_code).values("page_ptr_id")
            seminars = seminars.filter(municipality_id__in=pages)
        return seminars

    def get_context(self, request, *args, **kwargs):
        """One paginated listing: upcoming seminars first (soonest first), then past ones (latest first).

        Paginated so that the page's size and rendering time do not grow with the number of seminars
        (hundreds at national scale); each page is split into its upcoming and its past part. Read lazily
        and kept per publish (`SeminarListing`).
        """
        context = super().get_context(request, *args, **kwargs)
        form = SeminarFilterForm(request.GET or None, locale=locale_of(self))
        context["filter_form"] = form
        context["listing"] = SeminarListing(self, form, request.GET.get("page"))
        context["feed_url"] = self.url + self.reverse_subpage("feed")
        return context

    @path("calendar/", name="feed")
    def feed(self, request):
        """The upcoming seminars, or one municipality's (?municipality=751), as a calendar subscription.

        The soonest CALENDAR_FEED_LIMIT of them (more than a year's worth nationally): a calendar app reads
        the feed again every few hours, so later seminars arrive as their dates come closer.
        """
        name = f"Erfaringsportalen – {self.title}"
        code = SeminarFilterForm(request.GET or None, locale=locale_of(self)).municipality_code()

        def make():
            now = timezone.now()
            upcoming = self.seminars(code).filter(end__gte=now)
            seminars = list(upcoming.order_by("start")[:CALENDAR_FEED_LIMIT])
            # Its first seminar to end leaves the feed, and the next one comes in.
            first_end = min((seminar.end for seminar in seminars), default=None)
            return calendar_file(seminars, name, request), first_end

        # Kept per publish, as a listing is: choosing each seminar's language among its translations grew
        # with the site's content. For each scheme and host (the events' addresses are absolute), language
        # and municipality.
        key = f"portal:feed:{self.pk}:{get_language()}:{request.scheme}:{request.get_host()}:{code or ''}"
        ics, _until = keep_until(key, make)
        return calendar_file_response(ics, name)


class SeminarCaseStudy(PageLink):
    link_field = "case_study"

    page = ParentalKey(
        "seminars.SeminarPage", on_delete=models.CASCADE, related_name="presented_case_studies"
    )
    case_study = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("case study")
    )

    panels = [PageChooserPanel("case_study", "casestudies.CaseStudyPage")]


class SeminarPage(RoutablePageMixin, Page):
    intro = models.TextField(_("introduction"), help_text=_("What the seminar is about and who it is for."))
    start = models.DateTimeField(_("starts"), help_text=_("Danish time."))
    end = models.DateTimeField(_("ends"), help_text=_("Danish time."))
    status = models.CharField(
        _("status"), max_length=16, choices=SeminarStatus.choices, default=SeminarStatus.PLANNED
    )
    municipality = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("municipality"),
    )
    organiser = models.CharField(
        _("organiser"), max_length=255, help_text=_("Who invites, e.g. the library and its partners.")
    )
    venue = models.CharField(_("venue"), max_length=255, help_text=_("The building and room."))
    address, postcode, city = address_fields(required=True)
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Number of seats. Leave empty for no limit.")
    )
    registration_deadline = models.DateTimeField(_("registration deadline"), null=True, blank=True)
    programme = StreamField([("item", ProgrammeItemBlock())], verbose_name=_("programme"), blank=True)
    summary = RichTextField(
        _("summary"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("After the seminar: its key points, for those who could not come."),
    )
    materials = StreamField([("document", DocumentBlock())], verbose_name=_("materials"), blank=True)
    photos = StreamField([("image", CaptionedImageBlock())], verbose_name=_("photos"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldRowPanel([FieldPanel("status"), FieldPanel("capacity")]),
                FieldPanel("registration_deadline"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                PageChooserPanel("municipality", "directory.MunicipalityPage"),
                FieldPanel("organiser"),
                FieldPanel("venue"),
                *ADDRESS_PANELS,
            ],
            heading=_("Where"),
        ),
        FieldPanel("programme"),
        MultiFieldPanel(
            [
                FieldPanel("summary"),
                FieldPanel("materials"),
                FieldPanel("photos"),
                InlinePanel("presented_case_studies", label=_("Case studies presented")),
            ],
            heading=_("After the seminar"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("summary"),
        index.SearchField("programme"),
        index.FilterField("start"),
        index.FilterField("status"),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("intro"),
        TranslatableField("organiser"),
        TranslatableField("programme"),
        TranslatableField("summary"),
        TranslatableField("materials"),
        TranslatableField("photos"),
        TranslatableField("municipality"),
        SynchronizedField("start", overridable=False),
        SynchronizedField("end", overridable=False),
        SynchronizedField("status", overridable=False),
        SynchronizedField("venue"),
        *ADDRESS_TRANSLATABLE_FIELDS,
        SynchronizedField("capacity", overridable=False),
        SynchronizedField("registration_deadline", overridable=False),
        SynchronizedField("presented_case_studies"),
    ]
    parent_page_types = ["seminars.SeminarIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("seminar")
        verbose_name_plural = _("seminars")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The seminar must end after it starts.")
        if self.start and self.registration_deadline and self.registration_deadline > self.start:
            errors["registration_deadline"] = _("Registration must close before the seminar starts.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_upcoming(self):
        return self.start >= timezone.now()

    @path("calendar/", name="ics")
    def ics(self, request):
        return calendar_response([self], self.title, request)

    @property
    def registration_open(self):
        """Open until the deadline (the start when none is set) unless cancelled or held.

        "Fully booked" does not close it: whoever registers then is put on the waiting list.
        """
        if self.status in (SeminarStatus.CANCELLED, SeminarStatus.HELD):
            return False
        return timezone.now() < self.registration_closes_at

    @property
    def registration_closes_at(self):
        return self.registration_deadline or self.start

    @property
    def registration_source(self):
        """The seminar that registrations belong to: the page in the default (Danish) locale.

        Every translation registers for that one page, so all languages share one list of participants
        and one capacity, and status, capacity and deadline are read there, where they are current even
        before translators have synced a change.
        """
        if self.locale_id == default_locale().pk:
            return self
        source = (
            SeminarPage.objects.filter(translation_key=self.translation_key, locale=default_locale())
            .select_related("locale")
            .first()
        )
        return source or self

    @cached_property
    def availability(self):
        """Open, waiting list, closed, cancelled or held (seminars.availability), for this page alone.

        Listings fill it in for all their seminars at once (`attach_availability`); only a seminar shown
        on its own counts its registrations here.
        """
        from seminars.availability import availability, count_confirmed

        source = self.registration_source
        counted = source.capacity is not None and source.registration_open
        return availability(source, count_confirmed(source) if counted else None)

    @path("register/", name="register")
    def register(self, request):
        from seminars import views

        return views.register(request, self)

    @path("register/<str:token>/", name="registered")
    def registered(self, request, token):
        from seminars import views

        return views.registered(request, self, token)

    @path("cancel/<str:token>/", name="cancel_registration")
    def cancel_registration(self, request, token):
        from seminars import views

        return views.cancel(request, self, token)

    def get_context(self, request, *args, registration=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["ics_url"] = self.url + self.reverse_subpage("ics")
        context["municipality_page"] = localized(self.municipality).specific
        context["structured_data"] = event_structured_data(self, context["municipality_page"], request)
        # Read only when the kept part of the page is made again (`{% kept %}` in the template).
        context["case_studies"] = SimpleLazyObject(
            lambda: SeminarCaseStudy.localized_links(self, CaseStudyPage.objects.live())
        )
        if registration is None:
            from seminars.views import registration_context

            registration = registration_context(request, self, with_form=False)
        context["registration"] = registration
        return context
