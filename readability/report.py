"""The coordinators' report of the hardest-to-read published Danish texts.

One row per published Danish case study, municipality page, seminar, standard page and actor with any
words, hardest (highest LIX) first, read from the scores stored on publish (readability/models.py says
why they are stored): three queries whatever the number of texts — the count, the page of rows with their
municipality's name, and the municipalities for the filter.
"""

import django_filters
from django.conf import settings
from django.db.models import F, Q
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.ui.tables import Column, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from directory.models import MunicipalityPage
from readability.lix import BANDS, band_for, round_half_up
from readability.models import ReadabilityScore, TextKind

VIEW_PERMISSION = "readability.view_readabilityscore"
# The columns the rows show, and what their edit links are made of.
LISTED_FIELDS = ("kind", "page_id", "actor_id", "title", "words", "lix", "municipality__title")


def band_choices():
    return [(band.key, band.label) for band in BANDS]


def band_range(key):
    """(lowest, highest) stored LIX of a band, highest excluded: a band holds the LIX values that round
    (half up) into it, e.g. "hard" 44.5 ≤ LIX < 54.5."""
    keys = [band.key for band in BANDS]
    index = keys.index(key)
    low = BANDS[index].low - 0.5 if index else None
    high = BANDS[index + 1].low - 0.5 if index + 1 < len(BANDS) else None
    return low, high


class BandFilter(django_filters.ChoiceFilter):
    def filter(self, queryset, value):
        if not value:
            return queryset
        low, high = band_range(value)
        if low is not None:
            queryset = queryset.filter(lix__gte=low)
        if high is not None:
            queryset = queryset.filter(lix__lt=high)
        return queryset


def danish_municipalities(request):
    return MunicipalityPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by("title")


class ReadabilityFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Type"), choices=TextKind.choices, empty_label=_("All types"))
    band = BandFilter(label=_("Readability"), choices=band_choices, empty_label=_("All bands"))
    municipality = django_filters.ModelChoiceFilter(
        label=_("Municipality"),
        queryset=danish_municipalities,
        empty_label=_("All municipalities"),
        field_name="municipality",
    )

    class Meta:
        model = ReadabilityScore
        fields = ["kind", "band", "municipality"]


def edit_url(score):
    if score.actor_id:
        return reverse("wagtailsnippets_directory_actor:edit", args=[score.actor_id])
    return reverse("wagtailadmin_pages:edit", args=[score.page_id])


def shown_lix(score):
    return round_half_up(score.lix)


def band_label(score):
    return band_for(round_half_up(score.lix)).label


def municipality_name(score):
    return score.municipality.title if score.municipality else ""


class TextPaginator(WagtailPaginator):
    """Counts texts ("12 texts"), not the stored scores the rows are read from."""

    verbose_name = _("text")
    verbose_name_plural = _("texts")


class ReadabilityReportView(ReportView):
    """Coordinators and superusers only: the permission to view readability scores (roles/groups.py)."""

    page_title = _("Hard-to-read texts")
    header_icon = "doc-full"
    results_template_name = "readability/admin/report_results.html"
    index_url_name = "readability_report:index"
    index_results_url_name = "readability_report:results"
    filterset_class = ReadabilityFilterSet
    default_ordering = "-lix"
    paginator_class = TextPaginator
    permission_policy = ModelPermissionPolicy(ReadabilityScore)
    permission_required = "view"
    no_results_message = _("No published Danish texts match.")

    @cached_property
    def columns(self):
        return [
            TitleColumn("title", label=_("Title"), get_url=edit_url, sort_key="title"),
            Column("kind", label=_("Type"), accessor="get_kind_display"),
            Column("municipality", label=_("Municipality"), accessor=municipality_name),
            NumberColumn("lix", label=_("LIX"), accessor=shown_lix, sort_key="lix"),
            Column("band", label=_("Readability"), accessor=band_label),
            NumberColumn("words", label=_("Words"), sort_key="words"),
        ]

    def get_base_queryset(self):
        return (
            ReadabilityScore.objects.filter(lix__isnull=False)
            .filter(Q(page__live=True) | Q(actor__live=True))
            .select_related("municipality")
            .only(*LISTED_FIELDS)
        )

    def get_filtered_queryset(self):
        """The listing's queryset, filtered once (ReportView's own would filter it a second time)."""
        return self.get_queryset()

    def order_queryset(self, queryset):
        ordering = self.ordering
        field = ordering.lstrip("-")
        expression = F(field).desc() if ordering.startswith("-") else F(field).asc()
        return queryset.order_by(expression, "title", "pk")
