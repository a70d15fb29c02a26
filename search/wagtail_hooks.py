"""The report of searches without results in the Reports menu, and the link it gives to promote a result."""

from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search.report import PromoteView, SearchesWithoutResultsView

VIEW_PERMISSION = "search.view_searchcount"


@hooks.register("register_admin_urls")
def register_report_urls():
    urls = [
        path("", SearchesWithoutResultsView.as_view(), name="index"),
        path("results/", SearchesWithoutResultsView.as_view(results_only=True), name="results"),
        path("promote/", PromoteView.as_view(), name="promote"),
    ]
    return [path("reports/searches-without-results/", include((urls, "search_report")))]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return ReportMenuItem(
        _("Searches without results"),
        reverse("search_report:index"),
        name="searches-without-results",
        icon_name="search",
        order=1310,
    )


@hooks.register("construct_reports_menu")
def hide_wagtails_search_terms_report(request, menu_items):
    """Wagtail's own "Search terms" report counts `Query.add_hit()`, which the portal never calls (search
    counts are kept per language in `search.models.SearchCount`): it would stay empty, so it is hidden."""
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]


@hooks.register("register_permissions")
def register_report_permission():
    """So the permission to read the report can be given to a group in the admin's group editor."""
    return Permission.objects.filter(content_type__app_label="search", codename="view_searchcount")
