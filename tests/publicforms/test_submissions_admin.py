"""Public submissions in the admin, as a coordinator meets them: Danish time, plain labels, and one click
from a submission to the draft it created and to the approval it waits in."""

import datetime
import itertools
import re

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.text import capfirst
from django.utils.translation import gettext

from casestudies.factories import CaseStudyPageFactory
from directory.factories import ActorFactory
from publicforms.antispam import signed_start
from publicforms.models import Submission
from roles.groups import COORDINATORS_GROUP_NAME, municipality_editors_group, setup_roles
from roles.workflow import submit_for_moderation
from tests.directory.test_public_forms import suggestion

LIST_URL = reverse("wagtailsnippets_publicforms_submission:list")
WINTER_NOON_UTC = datetime.datetime(2025, 1, 15, 12, 0, tzinfo=datetime.UTC)
SUMMER_MORNING_UTC = datetime.datetime(2025, 7, 1, 10, 0, tzinfo=datetime.UTC)
fingerprints = itertools.count()


def inspect_url(submission):
    return reverse("wagtailsnippets_publicforms_submission:inspect", args=[submission.pk])


def danish(message):
    with translation.override("da"):
        return str(gettext(message))


def visible_text(html):
    return re.sub(r"<[^>]+>", " ", html)


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def people(tree, django_user_model):
    """A coordinator, the Aarhus editor and a superuser, with the groups and workflow of setup_roles()."""
    setup_roles()
    coordinator = django_user_model.objects.create_user("koordinator", "k@example.org", "pw")
    coordinator.groups.add(Group.objects.get(name=COORDINATORS_GROUP_NAME))
    editor = django_user_model.objects.create_user("redaktor", "r@example.org", "pw")
    editor.groups.add(municipality_editors_group(tree["municipality"])[0])
    admin = django_user_model.objects.create_superuser("admin", "a@example.org", "pw")
    return {"coordinator": coordinator, "editor": editor, "admin": admin}


def record(kind, target=None, created_at=None, **fields):
    """A submission as the public forms store it (publicforms.forms.SubmitterForm.new_submission)."""
    values = {
        "name": "Mette Lund",
        "email": "mette@example.net",
        "message": "Jeg er frivillig der.",
        "language": "da",
        "consent_text": "Jeg accepterer …",
        "consented_at": timezone.now(),
        "fingerprint": f"{next(fingerprints):064x}",
        **fields,
    }
    if target is not None:
        values["content_type"] = ContentType.objects.get_for_model(target)
        values["object_id"] = str(target.pk)
    submission = Submission.objects.create(kind=kind, **values)
    if created_at is not None:
        Submission.objects.filter(pk=submission.pk).update(created_at=created_at, consented_at=created_at)
        submission.refresh_from_db()
    return submission


def suggested_actor(tree, name="Sprogcafé Trøjborg", **fields):
    """A new actor suggested through the public form: an unpublished draft waiting for a coordinator."""
    actor = ActorFactory(municipality=tree["municipality"], name=name, live=False)
    submit_for_moderation(actor)
    return record(Submission.Kind.ACTOR_SUGGESTION, actor, **fields), actor


def shared_case_study(tree, title="Lektiecafé for nye familier"):
    page = CaseStudyPageFactory(parent=tree["case_index"], title=title, live=False)
    submit_for_moderation(page)
    return record(Submission.Kind.CASE_STUDY, page, language="uk"), page


def decide(obj, user, action, comment=""):
    task_state = type(obj).objects.get(pk=obj.pk).current_workflow_task_state
    task_state.task.specific.on_action(task_state, user, action, comment=comment)


@pytest.mark.django_db
class TestWhoSeesSubmissions:
    def test_coordinators_see_the_list(self, tree, people):
        record(Submission.Kind.CONTACT, tree["library"], name="Jens Hansen")
        response = client_for(people["coordinator"]).get(LIST_URL)
        assert response.status_code == 200
        assert "Jens Hansen" in response.content.decode()

    def test_coordinators_find_them_in_the_menu(self, tree, people):
        html = client_for(people["coordinator"]).get(reverse("wagtailadmin_home")).content.decode()
        assert LIST_URL in html

    def test_editors_do_not(self, tree, people):
        record(Submission.Kind.CONTACT, tree["library"])
        response = client_for(people["editor"]).get(LIST_URL)
        assert response.status_code in (302, 403)
        assert "mette@example.net" not in response.content.decode()

    def test_nobody_adds_a_submission_not_even_a_superuser(self, tree, people):
        client = client_for(people["admin"])
        add_url = reverse("wagtailsnippets_publicforms_submission:add")
        assert client.get(add_url).status_code in (302, 403)
        assert add_url not in client.get(LIST_URL).content.decode()

    def test_nobody_edits_a_submission_not_even_a_superuser(self, tree, people):
        submission = record(Submission.Kind.CONTACT, tree["library"])
        client = client_for(people["admin"])
        edit_url = reverse("wagtailsnippets_publicforms_submission:edit", args=[submission.pk])
        assert client.get(edit_url).status_code in (302, 403)
        response = client.post(edit_url, {"name": "Someone else"})
        assert response.status_code in (302, 403)
        submission.refresh_from_db()
        assert submission.name == "Mette Lund"
        assert edit_url not in client.get(inspect_url(submission)).content.decode()

    def test_the_list_opens_each_submission_in_the_inspect_view(self, tree, people):
        submission = record(Submission.Kind.CONTACT, tree["library"])
        html = client_for(people["admin"]).get(LIST_URL).content.decode()
        assert f'href="{inspect_url(submission)}"' in html

    def test_coordinators_may_delete_one_when_the_person_asks(self, tree, people):
        submission = record(Submission.Kind.CONTACT, tree["library"])
        delete_url = reverse("wagtailsnippets_publicforms_submission:delete", args=[submission.pk])
        response = client_for(people["coordinator"]).post(delete_url)
        assert response.status_code == 302
        assert not Submission.objects.filter(pk=submission.pk).exists()


@pytest.mark.django_db
class TestDanishTime:
    def test_the_list_shows_winter_times_in_danish_time(self, tree, people):
        record(Submission.Kind.CONTACT, tree["library"], created_at=WINTER_NOON_UTC)
        html = client_for(people["coordinator"]).get(LIST_URL).content.decode()
        assert "15. januar 2025 13:00" in html

    def test_the_list_shows_summer_times_in_danish_summer_time(self, tree, people):
        record(Submission.Kind.CONTACT, tree["library"], created_at=SUMMER_MORNING_UTC)
        html = client_for(people["coordinator"]).get(LIST_URL).content.decode()
        assert "1. juli 2025 12:00" in html

    def test_the_inspect_view_shows_danish_time_not_utc(self, tree, people):
        submission = record(Submission.Kind.CONTACT, tree["library"], created_at=WINTER_NOON_UTC)
        html = client_for(people["coordinator"]).get(inspect_url(submission)).content.decode()
        assert "15. januar 2025 13:00" in html
        assert "12:00" not in html

    def test_the_decision_time_is_danish_time(self, tree, people):
        submission = record(Submission.Kind.CONTACT, tree["library"], status=Submission.Status.APPROVED)
        Submission.objects.filter(pk=submission.pk).update(decided_at=SUMMER_MORNING_UTC)
        html = client_for(people["coordinator"]).get(inspect_url(submission)).content.decode()
        assert "1. juli 2025 12:00" in html

    def test_the_admin_runs_on_copenhagen_time(self, settings):
        assert settings.TIME_ZONE == "Europe/Copenhagen"
        assert settings.USE_TZ


@pytest.mark.django_db
class TestPlainLabels:
    TECHNICAL = ["Content type", "Object id", "Fingerprint", "content_type", "object_id", "None"]

    def test_the_list_speaks_plainly(self, tree, people):
        suggested_actor(tree)
        html = client_for(people["coordinator"]).get(LIST_URL).content.decode()
        for label in ["sender", "kind", "Concerns", "status", "Received"]:
            assert escape(capfirst(danish(label))) in html
        assert not [word for word in self.TECHNICAL if word in visible_text(html)]

    def test_the_inspect_view_shows_no_technical_fields(self, tree, people):
        submission, _actor = suggested_actor(tree)
        html = client_for(people["coordinator"]).get(inspect_url(submission)).content.decode()
        assert not [word for word in self.TECHNICAL if word in visible_text(html)]
        assert submission.fingerprint not in html

    def test_every_field_shown_has_a_label_a_person_understands(self, tree, people):
        submission, _actor = suggested_actor(tree)
        html = client_for(people["coordinator"]).get(inspect_url(submission)).content.decode()
        for label in [
            "sender",
            "sender's e-mail",
            "message from the sender",
            "Received",
            "Language of the form",
            "Concerns",
            "Approval",
            "decided",
        ]:
            assert f"<dt>{escape(capfirst(danish(label)))}</dt>" in html

    def test_an_undecided_submission_says_so(self, tree, people):
        submission, _actor = suggested_actor(tree)
        html = client_for(people["coordinator"]).get(inspect_url(submission)).content.decode()
        assert escape(danish("Not decided yet")) in html

    def test_the_language_is_named_not_coded(self, tree, people):
        submission, _page = shared_case_study(tree)
        html = client_for(people["coordinator"]).get(inspect_url(submission)).content.decode()
        language = html[html.index(escape(capfirst(danish("Language of the form")))) :]
        assert language.split("</dd>")[0].split("<dd>")[1].strip() == danish("Ukrainian")

    def test_a_name_with_markup_is_shown_as_text(self, tree, people):
        submission, _actor = suggested_actor(tree, name="<b>Café</b>", **{"message": "<script>x()</script>"})
        client = client_for(people["coordinator"])
        for url in (LIST_URL, inspect_url(submission)):
            html = client.get(url).content.decode()
            assert "<b>Café</b>" not in html and "<script>x()" not in html
            assert escape("<b>Café</b>") in html


@pytest.mark.django_db
class TestFromSubmissionToDecision:
    def test_the_list_links_each_submission_to_its_draft(self, tree, people):
        _submission, actor = suggested_actor(tree)
        _case, page = shared_case_study(tree)
        html = client_for(people["coordinator"]).get(LIST_URL).content.decode()
        assert reverse("wagtailsnippets_directory_actor:edit", args=[actor.pk]) in html
        assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in html

    def test_an_actor_suggestion_links_to_the_draft_its_approval_and_the_version_to_approve(
        self, tree, people
    ):
        submission, actor = suggested_actor(tree)
        task_state = type(actor).objects.get(pk=actor.pk).current_workflow_task_state
        client = client_for(people["coordinator"])
        html = client.get(inspect_url(submission)).content.decode()
        edit = reverse("wagtailsnippets_directory_actor:edit", args=[actor.pk])
        history = reverse(
            "wagtailsnippets_directory_actor:workflow_history_detail",
            args=[actor.pk, task_state.workflow_state_id],
        )
        preview = reverse(
            "wagtailsnippets_directory_actor:workflow_preview", args=[actor.pk, task_state.task_id]
        )
        assert f'href="{edit}"' in html and f'href="{history}"' in html and f'href="{preview}"' in html
        assert client.get(edit).status_code == 200
        assert client.get(history).status_code == 200

    def test_a_shared_case_study_links_to_the_page_and_its_approval(self, tree, people):
        submission, page = shared_case_study(tree)
        task_state = page.specific_class.objects.get(pk=page.pk).current_workflow_task_state
        client = client_for(people["coordinator"])
        html = client.get(inspect_url(submission)).content.decode()
        links = [
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            reverse(
                "wagtailadmin_pages:workflow_history_detail", args=[page.pk, task_state.workflow_state_id]
            ),
            reverse("wagtailadmin_pages:workflow_preview", args=[page.pk, task_state.task_id]),
        ]
        for link in links:
            assert f'href="{link}"' in html
            assert client.get(link).status_code == 200, link

    def test_after_a_rejection_it_shows_who_decided_and_the_comment(self, tree, people):
        submission, actor = suggested_actor(tree)
        decide(actor, people["coordinator"], "reject", comment="Findes allerede som Dokk1")
        html = client_for(people["coordinator"]).get(inspect_url(submission)).content.decode()
        assert "Findes allerede som Dokk1" in html
        assert people["coordinator"].get_username() in html
        assert escape(danish("Not decided yet")) not in html

    def test_the_version_to_approve_is_offered_only_while_it_waits(self, tree, people):
        submission, actor = suggested_actor(tree)
        decide(actor, people["coordinator"], "approve")
        html = client_for(people["coordinator"]).get(inspect_url(submission)).content.decode()
        assert "/workflow/preview/" not in html

    def test_a_correction_sent_while_another_waits_points_to_that_same_approval(self, tree, people):
        first, actor = suggested_actor(tree)
        submit_for_moderation(actor)
        second = record(Submission.Kind.ACTOR_CORRECTION, actor, name="Ahmad Karimi")
        client = client_for(people["coordinator"])
        workflow_state_id = type(actor).objects.get(pk=actor.pk).current_workflow_state.pk
        for submission in (first, second):
            assert f"/detail/{workflow_state_id}/" in client.get(inspect_url(submission)).content.decode()

    def test_a_message_to_an_actor_needs_no_approval(self, tree, people):
        submission = record(Submission.Kind.CONTACT, tree["library"], status=Submission.Status.FORWARDED)
        html = client_for(people["coordinator"]).get(inspect_url(submission)).content.decode()
        assert escape(danish("Not needed: the message was passed on to the actor by e-mail.")) in html

    def test_deleted_content_is_said_so(self, tree, people):
        submission, actor = suggested_actor(tree)
        actor.delete()
        html = client_for(people["coordinator"]).get(inspect_url(submission)).content.decode()
        assert escape(danish("The content has been deleted.")) in html

    def test_a_submission_through_the_public_form_reaches_its_draft_in_one_click(self, tree, people, client):
        cache.clear()
        municipality = tree["municipality"]
        client.post(f"{municipality.url}suggest/", {**suggestion(), "started": signed_start()})
        submission = Submission.objects.get()
        coordinator = client_for(people["coordinator"])
        list_html = coordinator.get(LIST_URL).content.decode()
        edit = reverse("wagtailsnippets_directory_actor:edit", args=[submission.object_id])
        assert f'href="{edit}"' in list_html
        assert "Sprogcafé Trøjborg" in coordinator.get(edit).content.decode()


@pytest.mark.django_db
class TestListQueries:
    def queries_for(self, user):
        client = client_for(user)
        client.get(LIST_URL)  # warm Wagtail's per-process caches (content types, site root paths)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(LIST_URL).status_code == 200
        return len(queries)

    def test_the_list_costs_the_same_for_few_and_many_submissions(self, tree, people):
        suggested_actor(tree, name="Aktør A")
        shared_case_study(tree, title="Case A")
        record(Submission.Kind.CONTACT, tree["library"])
        few = self.queries_for(people["coordinator"])
        for number in range(8):
            suggested_actor(tree, name=f"Aktør {number}")
            shared_case_study(tree, title=f"Case {number}")
            record(Submission.Kind.CONTACT, tree["job_centre"])
        assert self.queries_for(people["coordinator"]) == few

    def test_a_realistic_list_stays_within_bounds(self, tree, people, django_assert_max_num_queries):
        for number in range(10):
            suggested_actor(tree, name=f"Aktør {number}")
            shared_case_study(tree, title=f"Case {number}")
            record(Submission.Kind.CONTACT, tree["library"])
        client = client_for(people["coordinator"])
        client.get(LIST_URL)
        with django_assert_max_num_queries(40):
            client.get(LIST_URL)
