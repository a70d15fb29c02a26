import django_filters
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.search import SearchArea
from wagtail.admin.ui.tables import Column
from wagtail.models import Locale
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from directory.models import Actor, MunicipalityPage, Sector
from directory.permissions import (
    ActorConfirmWorkflowCancellationView,
    ActorCopyView,
    ActorCreateView,
    ActorDeleteView,
    ActorEditView,
    ActorHistoryView,
    ActorIndexView,
    ActorInspectView,
    ActorLockView,
    ActorPermissionPolicy,
    ActorPreviewOnEditView,
    ActorPreviewRevisionView,
    ActorRevisionsCompareView,
    ActorRevisionsUnscheduleView,
    ActorUnlockView,
    ActorUnpublishView,
    ActorUsageView,
    ActorWorkflowHistoryDetailView,
    ActorWorkflowHistoryView,
)
from languages.panels import OutOfDateTranslationsPanel

# Registered before the viewset so that Wagtail never creates its default policy for Actor.
ACTOR_POLICY = ActorPermissionPolicy(Actor)
register_permission_policy(Actor, ACTOR_POLICY)


def municipality_choices():
    """Municipalities by name, one entry per municipality whatever the language of its actors."""
    pages = MunicipalityPage.objects.filter(locale__language_code="da").order_by("title")
    return [(str(page.translation_key), page.title) for page in pages.only("title", "translation_key")]


class ActorFilterSet(WagtailFilterSet):
    municipality = django_filters.ChoiceFilter(
        label=_("Municipality"),
        choices=municipality_choices,
        field_name="municipality__translation_key",
    )
    sector = django_filters.ChoiceFilter(label=_("Sector"), choices=Sector.choices)

    class Meta:
        model = Actor
        fields = ["municipality", "sector"]

    def __init__(self, data=None, *args, **kwargs):
        # Show the Danish source actors unless the editor picks another language.
        if data is not None and "locale" not in data:
            data = data.copy()
            data["locale"] = Locale.get_default().language_code
        super().__init__(data, *args, **kwargs)


class ActorViewSet(SnippetViewSet):
    model = Actor
    icon = "group"
    menu_label = _("Actors")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "sector", Column("municipality", label=_("Municipality")), "verified_on"]
    list_per_page = 50
    filterset_class = ActorFilterSet
    ordering = ["name"]
    # The listing's search box matches parts of words ("bibliotek" finds "Hovedbibliotek", which full-text
    # search does not) within the actors the listing shows, filters included: a database query rather than
    # the search index, which cannot filter on the relations that scope the listing.
    search_backend_name = None
    search_fields = ["name", "city", "email", "municipality__title"]
    index_view_class = ActorIndexView
    add_view_class = ActorCreateView
    copy_view_class = ActorCopyView
    edit_view_class = ActorEditView
    delete_view_class = ActorDeleteView
    lock_view_class = ActorLockView
    unlock_view_class = ActorUnlockView
    unpublish_view_class = ActorUnpublishView
    revisions_unschedule_view_class = ActorRevisionsUnscheduleView
    # Read-only object views, scoped like the others (the revert view is built from edit_view_class).
    usage_view_class = ActorUsageView
    history_view_class = ActorHistoryView
    inspect_view_class = ActorInspectView
    revisions_view_class = ActorPreviewRevisionView
    revisions_compare_view_class = ActorRevisionsCompareView
    preview_on_edit_view_class = ActorPreviewOnEditView
    workflow_history_view_class = ActorWorkflowHistoryView
    workflow_history_detail_view_class = ActorWorkflowHistoryDetailView
    confirm_workflow_cancellation_view_class = ActorConfirmWorkflowCancellationView

    def get_queryset(self, request):
        return self.model._default_manager.select_related("municipality", "locale")


register_snippet(ActorViewSet)


class ActorSearchArea(SearchArea):
    def is_shown(self, request):
        return ACTOR_POLICY.user_has_any_permission(request.user, ["add", "change", "view"])


@hooks.register("register_admin_search_area")
def register_actor_search_area():
    """The admin's search box finds actors too: a link from its results to the actors that match."""
    return ActorSearchArea(
        _("Actors"),
        reverse("wagtailsnippets_directory_actor:list"),
        name="actors",
        icon_name="group",
        order=150,
    )


@hooks.register("construct_homepage_panels")
def add_out_of_date_actors_panel(request, panels):
    panels.append(
        OutOfDateTranslationsPanel(
            "out-of-date-actors",
            _("Actors whose translations are out of date"),
            Actor.objects.all(),
            "wagtailsnippets_directory_actor:edit",
        )
    )
