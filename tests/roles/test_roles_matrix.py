"""Every role against every action, through the admin's own URLs (direct GETs and POSTs, not only buttons).

Roles: a coordinator, the editor of Aarhus, a translator, a seminar organiser. Odense is the municipality
the Aarhus editor must not reach.
"""

from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.admin.models import FormState
from wagtail.models import (
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowState,
)
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from directory.factories import ActorFactory, MunicipalityPageFactory
from directory.models import Actor
from languages.translation import translate_with_strings
from roles.groups import (
    COORDINATORS_GROUP_NAME,
    MUNICIPALITY_EDITORS_PREFIX,
    SEMINAR_ORGANISERS_GROUP_NAME,
    TRANSLATORS_GROUP_NAME,
    WORKFLOW_NAME,
    setup_roles,
)
from tests.directory.test_actors import actor_form
from tests.roles.roles_support import (
    actor_post,
    actor_url,
    client_for,
    fresh,
    page_edit_url,
    page_form,
    permission_denied,
    submit_actor,
    submit_page,
    workflow_action,
)

ALLOWED = True
DENIED = False


def roles_state():
    groups = Group.objects.filter(
        name__in=[COORDINATORS_GROUP_NAME, TRANSLATORS_GROUP_NAME, SEMINAR_ORGANISERS_GROUP_NAME]
    ) | Group.objects.filter(name__startswith=MUNICIPALITY_EDITORS_PREFIX)
    return (
        sorted(groups.values_list("name", "permissions")),
        sorted(GroupPagePermission.objects.values_list("group__name", "page_id", "permission__codename")),
        sorted(WorkflowPage.objects.values_list("page_id", "workflow__name")),
        sorted(WorkflowContentType.objects.values_list("content_type_id", "workflow__name")),
    )


# The workflow and task Wagtail's migration 0048 creates and assigns to the root page.
WAGTAIL_DEFAULT_WORKFLOW_NAME = "Moderators approval"


def enabled_again():
    """Wagtail's default workflow and its task, enabled again as an administrator would."""
    default = Workflow.objects.get(name=WAGTAIL_DEFAULT_WORKFLOW_NAME)
    default.active = True
    default.save()
    default.tasks.update(active=True)
    return default


@pytest.mark.django_db
class TestSetupRoles:
    def test_running_it_again_changes_nothing(self, roles_site):
        before = roles_state()
        call_command("setup_roles", stdout=StringIO())
        setup_roles()
        assert roles_state() == before

    def test_every_municipality_has_an_editor_group_named_in_danish(self, roles_site):
        names = set(
            Group.objects.filter(name__startswith=MUNICIPALITY_EDITORS_PREFIX).values_list("name", flat=True)
        )
        assert names == {"Redaktører: Aarhus (751)", "Redaktører: Odense (461)"}

    def test_a_new_municipality_gets_its_editor_group_at_once(self, roles_site):
        MunicipalityPageFactory(parent=roles_site["directory"], title="Vejle", slug="vejle", code="630")
        group = Group.objects.get(name="Redaktører: Vejle (630)")
        vejle = Page.objects.get(slug="vejle")
        assert {
            p.permission.codename for p in GroupPagePermission.objects.filter(group=group, page=vejle)
        } == {"change_page"}

    def test_the_workflow_covers_every_page_and_actors(self, roles_site):
        assert WorkflowPage.objects.get(page=Page.get_first_root_node()).workflow.name == WORKFLOW_NAME
        actor_type = ContentType.objects.get_for_model(Actor)
        assert WorkflowContentType.objects.get(content_type=actor_type).workflow.name == WORKFLOW_NAME
        task = WorkflowPage.objects.get(page__depth=1).workflow.tasks.get().specific
        assert list(task.groups.values_list("name", flat=True)) == [COORDINATORS_GROUP_NAME]

    def test_wagtails_english_default_workflow_is_disabled_once_unused(self, roles_site, role_users):
        default = Workflow.objects.get(name=WAGTAIL_DEFAULT_WORKFLOW_NAME)
        assert not default.active
        assert not default.tasks.filter(active=True).exists()
        coordinator = client_for(role_users["coordinator"])
        listing = coordinator.get(reverse("wagtailadmin_workflows:index")).content.decode()
        assert WORKFLOW_NAME in listing
        assert WAGTAIL_DEFAULT_WORKFLOW_NAME not in listing
        tasks = coordinator.get(reverse("wagtailadmin_workflows:task_index")).content.decode()
        assert WAGTAIL_DEFAULT_WORKFLOW_NAME not in tasks

    def test_enabled_again_by_an_administrator_it_stays_enabled(self, roles_site):
        default = enabled_again()
        setup_roles()
        assert Workflow.objects.get(pk=default.pk).active

    @pytest.mark.parametrize("use", ["a page", "a snippet type", "an item in moderation", "changes asked"])
    def test_replaced_at_the_root_but_still_in_use_it_is_kept(self, roles_site, role_users, use):
        default = enabled_again()
        WorkflowPage.objects.filter(page=Page.get_first_root_node()).update(workflow=default)
        if use == "a page":
            WorkflowPage.objects.create(page=roles_site["directory"], workflow=default)
        elif use == "a snippet type":
            group_type = ContentType.objects.get_for_model(Group)
            WorkflowContentType.objects.create(content_type=group_type, workflow=default)
        else:
            state = default.start(roles_site["case_study"], role_users["admin"])
            if use == "changes asked":
                state.status = WorkflowState.STATUS_NEEDS_CHANGES
                state.save(update_fields=["status"])
        setup_roles()
        assert WorkflowPage.objects.get(page=Page.get_first_root_node()).workflow.name == WORKFLOW_NAME
        assert Workflow.objects.get(pk=default.pk).active
        assert default.tasks.get().active

    def test_replaced_at_the_root_and_unused_it_is_disabled(self, roles_site):
        default = enabled_again()
        WorkflowPage.objects.filter(page=Page.get_first_root_node()).update(workflow=default)
        setup_roles()
        assert not Workflow.objects.get(pk=default.pk).active
        assert not default.tasks.get().active

    @pytest.mark.parametrize(
        "group_name", [MUNICIPALITY_EDITORS_PREFIX + "Aarhus (751)", SEMINAR_ORGANISERS_GROUP_NAME]
    )
    def test_writers_never_get_a_publish_permission(self, roles_site, group_name):
        group = Group.objects.get(name=group_name)
        assert not group.permissions.filter(codename__startswith="publish_").exists()
        assert not GroupPagePermission.objects.filter(
            group=group, permission__codename="publish_page"
        ).exists()

    @pytest.mark.parametrize(
        ("role", "allowed"),
        [("coordinator", True), ("organiser", True), ("editor", False), ("translator", False)],
    )
    def test_who_may_see_registrations(self, role_users, role, allowed):
        assert role_users[role].has_perm("seminars.view_registration") is allowed


@pytest.mark.django_db
class TestAdminScreens:
    @pytest.mark.parametrize("role", ["coordinator", "editor", "translator", "organiser"])
    def test_every_role_reaches_the_dashboard(self, role_users, role):
        assert client_for(role_users[role]).get(reverse("wagtailadmin_home")).status_code == 200

    @pytest.mark.parametrize(
        "url_name",
        ["wagtailusers_users:index", "wagtailadmin_workflows:index", "wagtailadmin_workflows:task_index"],
    )
    @pytest.mark.parametrize(
        ("role", "allowed"),
        [("coordinator", ALLOWED), ("editor", DENIED), ("translator", DENIED), ("organiser", DENIED)],
    )
    def test_only_coordinators_manage_users_and_workflows(self, role_users, url_name, role, allowed):
        response = client_for(role_users[role]).get(reverse(url_name))
        assert (response.status_code == 200) is allowed
        assert permission_denied(response) is not allowed

    @pytest.mark.parametrize(
        ("role", "allowed"),
        [("coordinator", ALLOWED), ("organiser", ALLOWED), ("editor", DENIED), ("translator", DENIED)],
    )
    def test_registrations_list(self, role_users, role, allowed):
        response = client_for(role_users[role]).get(reverse("seminar_registrations:index"))
        assert (response.status_code == 200) is allowed


PAGE_EDIT = [
    ("coordinator", "municipality", ALLOWED),
    ("coordinator", "odense", ALLOWED),
    ("coordinator", "seminar", ALLOWED),
    ("coordinator", "case_study", ALLOWED),
    ("editor", "municipality", ALLOWED),
    ("editor", "odense", DENIED),
    ("editor", "seminar", DENIED),
    ("editor", "case_study", DENIED),
    ("translator", "municipality", DENIED),
    ("translator", "seminar", DENIED),
    ("translator", "case_study", DENIED),
    ("organiser", "seminar", ALLOWED),
    ("organiser", "municipality", DENIED),
    ("organiser", "case_study", DENIED),
]


@pytest.mark.django_db
class TestPages:
    @pytest.mark.parametrize(("role", "page_key", "allowed"), PAGE_EDIT)
    def test_open_the_editor(self, roles_site, role_users, role, page_key, allowed):
        response = client_for(role_users[role]).get(page_edit_url(roles_site[page_key]))
        assert (response.status_code == 200) is allowed
        assert permission_denied(response) is not allowed

    @pytest.mark.parametrize(("role", "page_key", "allowed"), PAGE_EDIT)
    def test_save_a_draft(self, roles_site, role_users, role, page_key, allowed):
        page = roles_site[page_key]
        data = page_form(role_users["admin"], page, title="Ny titel")
        response = client_for(role_users[role]).post(page_edit_url(page), data)
        assert permission_denied(response) is not allowed
        assert (fresh(page).get_latest_revision_as_object().title == "Ny titel") is allowed

    @pytest.mark.parametrize(
        ("role", "page_key"),
        [("coordinator", "municipality"), ("coordinator", "seminar")]
        + [(role, key) for role, key, _allowed in PAGE_EDIT if role != "coordinator"],
    )
    def test_publish_directly(
        self, roles_site, role_users, role, page_key, django_capture_on_commit_callbacks
    ):
        """Only coordinators publish; an editor's "publish" (posted by hand) at most saves a draft."""
        page = roles_site[page_key]
        data = page_form(role_users["admin"], page, title="Udgivet titel")
        with django_capture_on_commit_callbacks(execute=True):
            client_for(role_users[role]).post(page_edit_url(page), {**data, "action-publish": "publish"})
        assert (fresh(page).title == "Udgivet titel") is (role == "coordinator")

    @pytest.mark.parametrize(("role", "page_key", "allowed"), PAGE_EDIT)
    def test_submit_for_moderation(
        self, roles_site, role_users, role, page_key, allowed, django_capture_on_commit_callbacks
    ):
        page = roles_site[page_key]
        with django_capture_on_commit_callbacks(execute=True):
            submit_page(role_users[role], role_users["admin"], page, title="Til godkendelse")
        assert fresh(page).workflow_in_progress is allowed
        assert fresh(page).title != "Til godkendelse"

    @pytest.mark.parametrize("action", ["approve", "reject"])
    @pytest.mark.parametrize(
        ("role", "allowed"),
        [("coordinator", ALLOWED), ("editor", DENIED), ("translator", DENIED), ("organiser", DENIED)],
    )
    def test_moderate(
        self, roles_site, role_users, role, allowed, action, django_capture_on_commit_callbacks
    ):
        page = roles_site["municipality"]
        with django_capture_on_commit_callbacks(execute=True):
            submit_page(role_users["editor"], role_users["admin"], page, title="Aarhus Kommune")
            workflow_action(role_users[role], page, action, comment="Fint")
        assert fresh(page).workflow_in_progress is not allowed
        assert (fresh(page).title == "Aarhus Kommune") is (allowed and action == "approve")

    @pytest.mark.parametrize(
        ("role", "allowed"),
        [("coordinator", ALLOWED), ("editor", DENIED), ("translator", DENIED), ("organiser", DENIED)],
    )
    def test_delete(self, roles_site, role_users, role, allowed):
        page = roles_site["case_study"]
        response = client_for(role_users[role]).post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
        assert permission_denied(response) is not allowed
        assert Page.objects.filter(pk=page.pk).exists() is not allowed

    @pytest.mark.parametrize(
        ("role", "allowed"),
        [("coordinator", ALLOWED), ("translator", ALLOWED), ("editor", DENIED), ("organiser", DENIED)],
    )
    def test_translate(self, roles_site, role_users, role, allowed):
        url = reverse("wagtail_localize:submit_page_translation", args=[roles_site["case_study"].pk])
        response = client_for(role_users[role]).get(url)
        assert (response.status_code == 200) is allowed

    def test_an_editor_writes_a_case_study_and_submits_it(
        self, roles_site, role_users, django_capture_on_commit_callbacks
    ):
        """Add permission on the case-study index: the editor may write one and edit it, not publish it."""
        url = reverse(
            "wagtailadmin_pages:add", args=["casestudies", "casestudypage", roles_site["case_index"].pk]
        )
        client = client_for(role_users["editor"])
        assert "action-publish" not in client.get(url).content.decode()
        participants = [
            {"actor": str(roles_site["library"].pk), "role": "Lagde lokaler til"},
            {"actor": str(roles_site["job_centre"].pk), "role": "Sendte jobsøgere"},
        ]
        data = nested_form_data(
            {
                "title": "Sprogcafé i Aarhus",
                "slug": "sprogcafe-i-aarhus",
                "summary": "Frivillige talte dansk med nytilkomne.",
                "start_date": "2024-02-01",
                "origin": "newcomers_project",
                "municipalities": inline_formset(
                    [{"municipality": str(roles_site["municipality"].pk)}], min=1
                ),
                "participants": inline_formset(participants, min=2),
                "body": streamfield([("challenge", rich_text("<p>Få talte dansk i fritiden.</p>"))]),
                "contact_name": "Maria Skov",
                "action-submit": "submit",
            }
        )
        with django_capture_on_commit_callbacks(execute=True):
            client.post(url, data)
        page = Page.objects.get(slug="sprogcafe-i-aarhus")
        assert not page.live
        assert page.workflow_in_progress
        assert client.get(page_edit_url(page)).status_code == 200


ACTOR_EDIT = [
    ("coordinator", "library", ALLOWED),
    ("coordinator", "odense_actor", ALLOWED),
    ("editor", "library", ALLOWED),
    ("editor", "odense_actor", DENIED),
    ("translator", "library", DENIED),
    ("organiser", "library", DENIED),
]


@pytest.mark.django_db
class TestActors:
    @pytest.mark.parametrize(
        ("role", "sees_aarhus", "sees_odense"),
        [("coordinator", True, True), ("editor", True, False), ("translator", True, True)],
    )
    def test_the_listing(self, roles_site, role_users, role, sees_aarhus, sees_odense):
        html = (
            client_for(role_users[role]).get(reverse("wagtailsnippets_directory_actor:list")).content.decode()
        )
        assert ("Aarhus Hovedbibliotek" in html) is sees_aarhus
        assert ("Odense Centralbibliotek" in html) is sees_odense

    def test_organisers_have_no_actor_listing(self, roles_site, role_users):
        assert permission_denied(
            client_for(role_users["organiser"]).get(reverse("wagtailsnippets_directory_actor:list"))
        )

    @pytest.mark.parametrize(
        ("role", "actor_key", "allowed"), [case for case in ACTOR_EDIT if case[0] != "organiser"]
    )
    def test_edit_link_in_the_listing(self, roles_site, role_users, role, actor_key, allowed):
        html = (
            client_for(role_users[role]).get(reverse("wagtailsnippets_directory_actor:list")).content.decode()
        )
        assert (actor_url("edit", roles_site[actor_key]) in html) is allowed

    @pytest.mark.parametrize(("role", "actor_key", "allowed"), ACTOR_EDIT)
    def test_open_the_editor(self, roles_site, role_users, role, actor_key, allowed):
        response = client_for(role_users[role]).get(actor_url("edit", roles_site[actor_key]))
        assert (response.status_code == 200) is allowed
        assert permission_denied(response) is not allowed

    @pytest.mark.parametrize(("role", "actor_key", "allowed"), ACTOR_EDIT)
    def test_save_a_draft(self, roles_site, role_users, role, actor_key, allowed):
        actor = roles_site[actor_key]
        response = client_for(role_users[role]).post(
            actor_url("edit", actor), actor_post(actor, name="Nyt navn")
        )
        assert permission_denied(response) is not allowed
        assert (fresh(actor).get_latest_revision_as_object().name == "Nyt navn") is allowed

    @pytest.mark.parametrize(("role", "actor_key", "_allowed"), ACTOR_EDIT)
    def test_publish_directly(
        self, roles_site, role_users, role, actor_key, _allowed, django_capture_on_commit_callbacks
    ):
        actor = roles_site[actor_key]
        with django_capture_on_commit_callbacks(execute=True):
            client_for(role_users[role]).post(
                actor_url("edit", actor),
                {**actor_post(actor, name="Udgivet navn"), "action-publish": "publish"},
            )
        assert (fresh(actor).name == "Udgivet navn") is (role == "coordinator")

    @pytest.mark.parametrize(("role", "actor_key", "allowed"), ACTOR_EDIT)
    def test_submit_for_moderation(
        self, roles_site, role_users, role, actor_key, allowed, django_capture_on_commit_callbacks
    ):
        actor = roles_site[actor_key]
        with django_capture_on_commit_callbacks(execute=True):
            submit_actor(role_users[role], actor, name="Til godkendelse")
        assert fresh(actor).workflow_in_progress is allowed
        assert fresh(actor).name != "Til godkendelse"

    @pytest.mark.parametrize("action", ["approve", "reject"])
    @pytest.mark.parametrize(
        ("role", "allowed"),
        [("coordinator", ALLOWED), ("editor", DENIED), ("translator", DENIED), ("organiser", DENIED)],
    )
    def test_moderate(
        self, roles_site, role_users, role, allowed, action, django_capture_on_commit_callbacks
    ):
        actor = roles_site["library"]
        with django_capture_on_commit_callbacks(execute=True):
            submit_actor(role_users["editor"], actor, name="Dokk1")
            workflow_action(role_users[role], actor, action, comment="Fint")
        assert fresh(actor).workflow_in_progress is not allowed
        assert (fresh(actor).name == "Dokk1") is (allowed and action == "approve")

    @pytest.mark.parametrize(
        ("role", "actor_key", "allowed"),
        [
            ("coordinator", "odense_actor", ALLOWED),
            ("editor", "library", DENIED),
            ("editor", "odense_actor", DENIED),
            ("translator", "library", DENIED),
            ("organiser", "library", DENIED),
        ],
    )
    def test_delete(self, roles_site, role_users, role, actor_key, allowed):
        actor = roles_site[actor_key]
        response = client_for(role_users[role]).post(actor_url("delete", actor))
        assert permission_denied(response) is not allowed
        assert Actor.objects.filter(pk=actor.pk).exists() is not allowed

    @pytest.mark.parametrize(
        ("role", "allowed"),
        [("coordinator", ALLOWED), ("translator", ALLOWED), ("editor", DENIED), ("organiser", DENIED)],
    )
    def test_translate(self, roles_site, role_users, role, allowed):
        url = reverse(
            "wagtail_localize:submit_snippet_translation",
            args=["directory", "actor", roles_site["library"].pk],
        )
        assert (client_for(role_users[role]).get(url).status_code == 200) is allowed

    def test_an_editor_adds_an_actor_in_their_municipality_as_a_draft(self, roles_site, role_users):
        response = client_for(role_users["editor"]).post(
            reverse("wagtailsnippets_directory_actor:add"), actor_form(roles_site["municipality"])
        )
        assert response.status_code == 302
        actor = Actor.objects.get(slug="sprogcafe-aarhus")
        assert not actor.live

    def test_an_editor_cannot_add_an_actor_in_another_municipality(self, roles_site, role_users):
        response = client_for(role_users["editor"]).post(
            reverse("wagtailsnippets_directory_actor:add"), actor_form(roles_site["odense"])
        )
        assert response.status_code == 200
        with translation.override("da"):
            expected = gettext(
                "You can only add and edit actors in the municipalities you are an editor for."
            )
        assert expected in response.context["form"].errors["municipality"]
        assert not Actor.objects.filter(slug="sprogcafe-aarhus").exists()

    def test_an_editor_cannot_move_an_actor_to_another_municipality(self, roles_site, role_users):
        library = roles_site["library"]
        response = client_for(role_users["editor"]).post(
            actor_url("edit", library), actor_post(library, municipality=str(roles_site["odense"].pk))
        )
        assert "municipality" in response.context["form"].errors
        assert fresh(library).get_latest_revision_as_object().municipality_id == roles_site["municipality"].pk

    def test_the_editors_listing_costs_the_same_queries_for_30_more_actors(
        self, roles_site, role_users, django_assert_max_num_queries
    ):
        """The per-municipality scope is worked out once per request, not once per row. (Translators and
        coordinators pay two queries a row for wagtail-localize's own "Translate" button.)"""
        client = client_for(role_users["editor"])
        url = reverse("wagtailsnippets_directory_actor:list")
        with CaptureQueriesContext(connection) as few:
            client.get(url)
        for number in range(30):
            ActorFactory(municipality=roles_site["municipality"], name=f"Forening {number}")
        with django_assert_max_num_queries(len(few)):
            response = client.get(url)
        assert "Forening 29" in response.content.decode()


ACTOR_OBJECT_VIEWS = [
    "history",
    "history_results",
    "usage",
    "revisions_view",
    "revisions_compare",
    "revisions_revert",
    "preview_on_edit",
    "workflow_history",
    "workflow_history_detail",
    "confirm_workflow_cancellation",
]


def actor_object_url(name, actor):
    """The admin URL of one of an actor's object views; the actor has two revisions and a workflow."""
    revisions = list(actor.revisions.order_by("pk").values_list("pk", flat=True))
    if name in ("revisions_view", "revisions_revert"):
        args = [actor.pk, revisions[0]]
    elif name == "revisions_compare":
        return reverse(
            "wagtailsnippets_directory_actor:revisions_compare",
            kwargs={"pk": actor.pk, "revision_id_a": revisions[0], "revision_id_b": "latest"},
        )
    elif name == "workflow_history_detail":
        args = [actor.pk, WorkflowState.objects.for_instance(actor).get().pk]
    else:
        args = [actor.pk]
    return reverse(f"wagtailsnippets_directory_actor:{name}", args=args)


@pytest.fixture
def actors_with_history(roles_site, role_users):
    """Both municipalities' actors with two revisions and a workflow in progress."""
    admin = role_users["admin"]
    for key in ("library", "odense_actor"):
        actor = roles_site[key]
        actor.save_revision(user=admin, log_action=True)
        actor.name = f"{actor.name} (kladde)"
        actor.save_revision(user=admin, log_action=True)
        actor.get_workflow().start(fresh(actor), admin)
    return roles_site


@pytest.mark.django_db
class TestActorObjectViews:
    """History, usage, revisions, previews and workflow history: only for actors in the user's scope."""

    @pytest.mark.parametrize("view", ACTOR_OBJECT_VIEWS)
    @pytest.mark.parametrize(
        ("role", "actor_key", "allowed"),
        [
            ("coordinator", "library", ALLOWED),
            ("coordinator", "odense_actor", ALLOWED),
            ("admin", "odense_actor", ALLOWED),
            ("editor", "library", ALLOWED),
            ("editor", "odense_actor", DENIED),
            ("organiser", "library", DENIED),
        ],
    )
    def test_open(self, actors_with_history, role_users, view, role, actor_key, allowed):
        response = client_for(role_users[role]).get(actor_object_url(view, actors_with_history[actor_key]))
        assert (response.status_code == 200) is allowed
        assert (permission_denied(response) or response.status_code == 404) is not allowed

    @pytest.mark.parametrize(
        ("role", "actor_key", "allowed"),
        [
            ("coordinator", "odense_actor", ALLOWED),
            ("editor", "library", ALLOWED),
            ("editor", "odense_actor", DENIED),
        ],
    )
    def test_post_a_preview(self, actors_with_history, role_users, role, actor_key, allowed):
        actor = actors_with_history[actor_key]
        response = client_for(role_users[role]).post(
            actor_object_url("preview_on_edit", actor), actor_post(actor, name="Forhåndsvisning")
        )
        assert (response.status_code == 200) is allowed
        assert permission_denied(response) is not allowed
        assert FormState.objects.filter(user=role_users[role]).exists() is allowed

    @pytest.mark.parametrize(("role", "sees_odense"), [("coordinator", True), ("editor", False)])
    def test_no_odense_revision_in_the_history_results(
        self, actors_with_history, role_users, role, sees_odense
    ):
        """The history listing is the log of the one actor asked for, never the log of another."""
        client = client_for(role_users[role])
        html = client.get(actor_object_url("history", actors_with_history["library"])).content.decode()
        odense = actors_with_history["odense_actor"]
        assert actor_object_url("revisions_view", odense) not in html
        response = client.get(actor_object_url("history_results", odense))
        assert (actor_object_url("revisions_view", odense) in response.content.decode()) is sees_odense

    def test_a_translator_opens_the_english_actors_views(
        self, actors_with_history, role_users, django_capture_on_commit_callbacks
    ):
        for instance in (actors_with_history["directory"], actors_with_history["municipality"]):
            with django_capture_on_commit_callbacks(execute=True):
                translate_with_strings(instance, "en", {})
        with django_capture_on_commit_callbacks(execute=True):
            translate_with_strings(actors_with_history["library"], "en", {})
        english = actors_with_history["library"].get_translation(Locale.objects.get(language_code="en"))
        english.save_revision(user=role_users["admin"])
        client = client_for(role_users["translator"])
        for view in [
            "history",
            "usage",
            "revisions_view",
            "revisions_compare",
            "preview_on_edit",
            "workflow_history",
        ]:
            assert client.get(actor_object_url(view, english)).status_code == 200, view
