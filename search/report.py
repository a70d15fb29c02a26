"""The coordinators' report of what readers search for and do not find, and its "promote a result" link.

One row per query and language over the chosen weeks: how often it was searched, and how many results
its latest search found. Only queries whose latest search found `FEW_RESULTS` or fewer are listed: a
query that found nothing in March but finds plenty since a page was written in April leaves the report.
"""

import datetime

import django_filters
from django.conf import settings
from django.db.models import Max, OuterRef, Subquery, Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.models import Query
from wagtail.contrib.search_promotions.views import CreateView as PromotionCreateView
from wagtail.permission_policies import ModelPermissionPolicy

from search.counting import normalise
from search.models import SearchCount, week_of

FEW_RESULTS = 3
DEFAULT_WEEKS = 8
PERIODS = (4, 8, 13, 26, 52)
SINGLE_WEEKS = 12


def week_label(monday):
    year, week, _day = monday.isocalendar()
    return gettext("Week %(week)d, %(year)d") % {"week": week, "year": year}


def week_choices():
    """The last few periods ("last 8 weeks"), then each of the last weeks on its own ("2025-W47")."""
    this_week = week_of(timezone.localdate())
    periods = [
        (str(weeks), ngettext("Last %(count)d week", "Last %(count)d weeks", weeks) % {"count": weeks})
        for weeks in PERIODS
    ]
    singles = []
    for back in range(SINGLE_WEEKS):
        monday = this_week - datetime.timedelta(weeks=back)
        singles.append((f"{monday:%G-W%V}", week_label(monday)))
    return periods + singles


def week_range(value):
    """(first Monday, last Monday) of a choice of `week_choices()`; the default period if it is odd."""
    this_week = week_of(timezone.localdate())
    if "-W" in value:
        year, week = value.split("-W")
        monday = datetime.date.fromisocalendar(int(year), int(week), 1)
        return monday, monday
    weeks = int(value) if value.isdigit() and int(value) in PERIODS else DEFAULT_WEEKS
    return this_week - datetime.timedelta(weeks=weeks - 1), this_week


class WeekFilter(django_filters.ChoiceFilter):
    def filter(self, queryset, value):
        first, last = week_range(value or str(DEFAULT_WEEKS))
        return queryset.filter(week__gte=first, week__lte=last)


class SearchCountFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=settings.LANGUAGES, empty_label=_("All languages")
    )
    weeks = WeekFilter(label=_("Weeks"), choices=week_choices, empty_label=None, initial=str(DEFAULT_WEEKS))

    class Meta:
        model = SearchCount
        fields = ["language", "weeks"]


def language_name(row):
    return dict(settings.LANGUAGES).get(row["language"], row["language"])


class PromoteColumn(Column):
    """A link to promote a result for the query, or to the promotion already made for it."""

    cell_template_name = "search/admin/promote_cell.html"

    def get_value(self, row):
        if row["promotion"]:
            return {
                "url": reverse("wagtailsearchpromotions:edit", args=[row["promotion"]]),
                "label": _("Edit the promoted result"),
            }
        return {
            "url": reverse("search_report:promote") + "?" + urlencode({"q": row["query"]}),
            "label": _("Promote a result"),
        }


class SearchTermPaginator(WagtailPaginator):
    """Counts the rows as search terms ("12 søgeord"), not by the model's name (a count per week)."""

    verbose_name = _("search term")
    verbose_name_plural = _("search terms")


class SearchesWithoutResultsView(ReportView):
    """Coordinators and superusers only: the permission to view search counts (roles/groups.py)."""

    page_title = _("Searches without results")
    header_icon = "search"
    results_template_name = "search/admin/report_results.html"
    index_url_name = "search_report:index"
    index_results_url_name = "search_report:results"
    filterset_class = SearchCountFilterSet
    default_ordering = "-total_searches"
    permission_policy = ModelPermissionPolicy(SearchCount)
    permission_required = "view"
    no_results_message = _("No searches without results in these weeks.")
    paginator_class = SearchTermPaginator

    @cached_property
    def columns(self):
        columns = [
            Column("query", label=_("Search term"), sort_key="query"),
            Column("language", label=_("Language"), accessor=language_name, sort_key="language"),
            NumberColumn("total_searches", label=_("Searches"), sort_key="total_searches"),
            NumberColumn("results", label=_("Results"), sort_key="results"),
            Column("last_week", label=_("Last searched"), accessor=lambda row: week_label(row["last_week"])),
        ]
        user = self.request.user
        if user.has_perm("wagtailsearchpromotions.add_searchpromotion"):
            columns.append(PromoteColumn("promote", label=_("Promoted result")))
        return columns

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        data = kwargs["data"].copy()
        data.setdefault("weeks", str(DEFAULT_WEEKS))
        return {**kwargs, "data": data}

    def filter_queryset(self, queryset):
        """The chosen language and weeks; the default weeks when the choice is odd (an old bookmark)."""
        if self.filters and self.filters.is_valid():
            return self.filters.filter_queryset(queryset)
        first, last = week_range(str(DEFAULT_WEEKS))
        return queryset.filter(week__gte=first, week__lte=last)

    def get_queryset(self):
        rows = self.filter_queryset(SearchCount.objects.all())
        latest = rows.filter(query=OuterRef("query"), language=OuterRef("language")).order_by("-week")
        promotion = Query.objects.filter(query_string=OuterRef("query"), editors_picks__isnull=False)
        grouped = (
            rows.values("query", "language")
            .annotate(
                total_searches=Sum("searches"),
                last_week=Max("week"),
                results=Subquery(latest.values("last_results")[:1]),
                promotion=Subquery(promotion.values("pk")[:1]),
            )
            .filter(results__lte=FEW_RESULTS)
        )
        return self.order_queryset(grouped)

    def get_filtered_queryset(self):
        return self.get_queryset()

    def order_queryset(self, queryset):
        return queryset.order_by(self.ordering, "query", "language")

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "few_results": FEW_RESULTS}


class PromoteView(PromotionCreateView):
    """Wagtail's "add a promoted result" form with the query filled in from the report (`?q=`).

    Only the form is shown here: it posts to Wagtail's own add view, which saves it.
    """

    http_method_names = ["get"]

    def get_initial(self):
        return {**super().get_initial(), "query_string": normalise(self.request.GET.get("q", ""))}
