"""The coordinators' approval workflow: editors submit, coordinators decide, everyone hears after commit."""

import logging
from smtplib import SMTPException

import pytest
from django.core.mail.backends.base import BaseEmailBackend
from django.urls import reverse

from roles.groups import create_demo_users, municipality_editors_group
from tests.roles.roles_support import (
    actor_post,
    actor_url,
    client_for,
    fresh,
    submit_actor,
    submit_page,
    workflow_action,
)


class FailingBackend(BaseEmailBackend):
    """A mail server that refuses everything, as an SMTP server with wrong credentials does."""

    def send_messages(self, email_messages):
        raise SMTPException("535 Authentication failed")


def recipients(mailoutbox):
    return sorted(address for message in mailoutbox for address in message.to)


@pytest.mark.django_db
class TestReviewQueue:
    def test_coordinators_see_pages_and_actors_awaiting_review_on_their_dashboard(
        self, roles_site, role_users, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            submit_page(
                role_users["editor"], role_users["admin"], roles_site["municipality"], title="Aarhus Kommune"
            )
            submit_actor(role_users["editor"], roles_site["library"], name="Dokk1")
        html = client_for(role_users["coordinator"]).get(reverse("wagtailadmin_home")).content.decode()
        assert 'id="awaiting-review-section"' in html
        panel = html[html.index('id="awaiting-review-section"') :]
        assert "Aarhus Kommune" in panel
        assert "Dokk1" in panel

    def test_editors_have_nothing_to_review(self, roles_site, role_users, django_capture_on_commit_callbacks):
        with django_capture_on_commit_callbacks(execute=True):
            submit_page(
                role_users["editor"], role_users["admin"], roles_site["municipality"], title="Aarhus Kommune"
            )
        html = client_for(role_users["editor"]).get(reverse("wagtailadmin_home")).content.decode()
        assert 'id="awaiting-review-section"' not in html


@pytest.mark.django_db
class TestNothingGoesLiveWithoutApproval:
    def test_a_submitted_page_stays_as_it_was_until_approved(
        self, roles_site, role_users, client, django_capture_on_commit_callbacks
    ):
        page = roles_site["municipality"]
        with django_capture_on_commit_callbacks(execute=True):
            submit_page(role_users["editor"], role_users["admin"], page, title="Aarhus Kommune")
        assert "Aarhus Kommune" not in client.get(page.url).content.decode()
        with django_capture_on_commit_callbacks(execute=True):
            workflow_action(role_users["coordinator"], page, "approve")
        assert "Aarhus Kommune" in client.get(page.url).content.decode()

    def test_a_submitted_actor_stays_as_it_was_until_approved(
        self, roles_site, role_users, client, django_capture_on_commit_callbacks
    ):
        actor = roles_site["library"]
        municipality_url = roles_site["municipality"].url
        with django_capture_on_commit_callbacks(execute=True):
            submit_actor(role_users["editor"], actor, name="Dokk1")
        assert "Dokk1" not in client.get(municipality_url).content.decode()
        with django_capture_on_commit_callbacks(execute=True):
            workflow_action(role_users["coordinator"], actor, "approve")
        assert "Dokk1" in client.get(municipality_url).content.decode()


@pytest.mark.django_db
class TestOutcomeMails:
    def test_no_mail_leaves_before_the_submission_is_committed(
        self, roles_site, role_users, mailoutbox, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            submit_page(
                role_users["editor"], role_users["admin"], roles_site["municipality"], title="Aarhus Kommune"
            )
        assert mailoutbox == []
        for callback in callbacks:
            callback()
        assert "coordinator@example.org" in recipients(mailoutbox)
        assert "editor@example.org" not in recipients(mailoutbox)

    def test_a_rejection_tells_the_submitter_with_the_comment(
        self, roles_site, role_users, mailoutbox, django_capture_on_commit_callbacks
    ):
        page = roles_site["municipality"]
        with django_capture_on_commit_callbacks(execute=True):
            submit_page(role_users["editor"], role_users["admin"], page, title="Aarhus Kommune")
        mailoutbox.clear()
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            workflow_action(role_users["coordinator"], page, "reject", comment="Skriv kommunens fulde navn")
        assert mailoutbox == []
        for callback in callbacks:
            callback()
        assert recipients(mailoutbox) == ["editor@example.org"]
        assert "Skriv kommunens fulde navn" in mailoutbox[0].body
        assert "Aarhus Kommune" in mailoutbox[0].subject

    def test_an_actor_approval_tells_the_submitter_and_the_editor_who_wrote_the_draft(
        self, roles_site, role_users, django_user_model, mailoutbox, django_capture_on_commit_callbacks
    ):
        colleague = django_user_model.objects.create_user("kollega", "kollega@example.org", "pw")
        colleague.groups.add(municipality_editors_group(roles_site["municipality"])[0])
        actor = roles_site["library"]
        client_for(colleague).post(actor_url("edit", actor), actor_post(actor, name="Dokk1"))
        with django_capture_on_commit_callbacks(execute=True):
            submit_actor(role_users["editor"], fresh(actor), name="Dokk1 Hovedbibliotek")
        mailoutbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            workflow_action(role_users["coordinator"], actor, "approve")
        assert fresh(actor).name == "Dokk1 Hovedbibliotek"
        assert recipients(mailoutbox) == ["editor@example.org", "kollega@example.org"]
        assert all("Dokk1 Hovedbibliotek" in message.subject for message in mailoutbox)

    def test_earlier_published_work_is_not_the_editors_concern(
        self, roles_site, role_users, mailoutbox, django_capture_on_commit_callbacks
    ):
        """Whoever wrote a version that was published before the submission hears nothing of this one."""
        actor = roles_site["library"]
        with django_capture_on_commit_callbacks(execute=True):
            client_for(role_users["coordinator"]).post(
                actor_url("edit", actor), {**actor_post(actor, name="Dokk1"), "action-publish": "publish"}
            )
            submit_actor(role_users["editor"], fresh(actor), name="Dokk1 Hovedbibliotek")
        mailoutbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            workflow_action(role_users["admin"], actor, "reject", comment="Nej tak")
        assert recipients(mailoutbox) == ["editor@example.org"]

    def test_a_broken_mail_server_loses_neither_submission_nor_approval(
        self, roles_site, role_users, settings, caplog, django_capture_on_commit_callbacks
    ):
        settings.EMAIL_BACKEND = "tests.roles.test_moderation.FailingBackend"
        page = roles_site["municipality"]
        with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
            submitted = submit_page(role_users["editor"], role_users["admin"], page, title="Aarhus Kommune")
            approved = workflow_action(role_users["coordinator"], page, "approve")
        assert submitted.status_code == 302
        assert approved.status_code == 302
        assert fresh(page).title == "Aarhus Kommune"
        assert any("Could not send" in record.getMessage() for record in caplog.records)


@pytest.mark.django_db
class TestDemoUsers:
    def test_one_user_per_role_and_running_it_again_changes_nothing(self, roles_site):
        users = create_demo_users()
        again = create_demo_users()
        assert [user.pk for user in users] == [user.pk for user in again]
        assert {user.username: [group.name for group in user.groups.all()] for user in again} == {
            "koordinator": ["Koordinatorer"],
            "redaktor-aarhus": ["Redaktører: Aarhus (751)"],
            "oversaetter": ["Oversættere"],
            "arrangoer": ["Seminararrangører"],
        }
        assert users[0].check_password("erfaring-demo")
