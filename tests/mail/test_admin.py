"""Coordinators see the e-mails that could not be delivered, with the reason, and try them again."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape

from mail import outbox
from mail.models import Failure, OutboxMessage, OutboxStatus
from tests.roles.roles_support import client_for, permission_denied

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_outbox")]
INDEX = reverse("mail_outbox:index")


def stuck(subject="Tilmelding bekræftet: Formidlingsseminar", status=OutboxStatus.FAILED, **fields):
    message = outbox.post(subject, "Kære Mette", ["mette@example.org"])
    fields = {"failure": Failure.ADDRESS, "last_error": "SMTPRecipientsRefused: 550 No such user", **fields}
    OutboxMessage.objects.filter(pk=message.pk).update(status=status, attempts=1, **fields)
    return OutboxMessage.objects.get(pk=message.pk)


def in_danish(text):
    with translation.override("da"):
        return escape(str(text))


class TestUndeliveredList:
    def test_a_coordinator_sees_what_failed_and_why(self, role_users):
        failed = stuck()
        unconfirmed = stuck("Du har fået en plads", OutboxStatus.UNCONFIRMED, failure=Failure.UNCERTAIN)
        retrying = stuck("Besked via Erfaringsportalen", OutboxStatus.QUEUED, failure=Failure.SERVER)
        sent = stuck("Sendt uden problemer", OutboxStatus.SENT, failure="")
        response = client_for(role_users["coordinator"]).get(INDEX)
        html = response.content.decode()
        assert response.status_code == 200
        for shown in (failed, unconfirmed, retrying):
            assert escape(shown.subject) in html
        assert sent.subject not in html
        assert in_danish(Failure.ADDRESS.label) in html
        assert "mette@example.org" in html

    def test_a_message_long_overdue_shows_that_no_worker_is_running(self, role_users):
        waiting = outbox.post("Glemt i køen", "Kære Mette", ["mette@example.org"])
        fresh = outbox.post("Lige skrevet", "Kære Anders", ["anders@example.org"])
        OutboxMessage.objects.filter(pk=waiting.pk).update(
            next_attempt_at=timezone.now() - timedelta(minutes=20)
        )
        html = client_for(role_users["coordinator"]).get(INDEX).content.decode()
        assert waiting.subject in html
        assert fresh.subject not in html

    def test_the_reason_and_the_technical_details_are_in_the_inspect_view(self, role_users):
        failed = stuck()
        response = client_for(role_users["coordinator"]).get(reverse("mail_outbox:inspect", args=[failed.pk]))
        html = response.content.decode()
        assert in_danish(Failure.ADDRESS.label) in html
        assert "550 No such user" in html
        assert reverse("mail_outbox:retry", args=[failed.pk]) in html

    def test_the_reports_menu_offers_it_to_coordinators_only(self, role_users):
        assert (
            INDEX in client_for(role_users["coordinator"]).get(reverse("wagtailadmin_home")).content.decode()
        )
        assert (
            INDEX not in client_for(role_users["editor"]).get(reverse("wagtailadmin_home")).content.decode()
        )

    @pytest.mark.parametrize("role", ["editor", "translator", "organiser"])
    def test_other_roles_are_refused(self, role_users, role):
        failed = stuck()
        client = client_for(role_users[role])
        assert permission_denied(client.get(INDEX))
        assert permission_denied(client.get(reverse("mail_outbox:inspect", args=[failed.pk])))

    def test_nobody_adds_edits_or_deletes_a_message(self, admin_client):
        failed = stuck()
        for name, args in (("add", []), ("edit", [failed.pk]), ("delete", [failed.pk])):
            assert permission_denied(admin_client.post(reverse(f"mail_outbox:{name}", args=args), {}))
        assert OutboxMessage.objects.filter(pk=failed.pk, status=OutboxStatus.FAILED).exists()


class TestTryAgain:
    def test_a_coordinator_is_asked_first(self, role_users):
        failed = stuck()
        response = client_for(role_users["coordinator"]).get(reverse("mail_outbox:retry", args=[failed.pk]))
        assert response.status_code == 200
        assert "mette@example.org" in response.content.decode()
        assert OutboxMessage.objects.get(pk=failed.pk).status == OutboxStatus.FAILED

    def test_trying_again_sends_it_and_it_leaves_the_list(
        self, role_users, django_capture_on_commit_callbacks
    ):
        failed = stuck()
        client = client_for(role_users["coordinator"])
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(reverse("mail_outbox:retry", args=[failed.pk]))
        assert response.status_code == 302
        assert [message.to for message in mail.outbox] == [["mette@example.org"]]
        failed = OutboxMessage.objects.get(pk=failed.pk)
        assert (failed.status, failed.attempts) == (OutboxStatus.SENT, 1)
        assert failed.give_up_at > timezone.now() + timedelta(hours=24)
        assert failed.subject not in client.get(INDEX).content.decode()

    def test_all_at_once(self, role_users, django_capture_on_commit_callbacks):
        stuck(), stuck(status=OutboxStatus.UNCONFIRMED)
        client = client_for(role_users["coordinator"])
        assert client.get(reverse("mail_outbox:retry_all")).status_code == 200
        with django_capture_on_commit_callbacks(execute=True):
            client.post(reverse("mail_outbox:retry_all"))
        assert len(mail.outbox) == 2

    def test_a_message_being_tried_cannot_be_queued_twice(self, role_users):
        retrying = stuck(status=OutboxStatus.QUEUED)
        client = client_for(role_users["coordinator"])
        response = client.post(reverse("mail_outbox:retry", args=[retrying.pk]))
        assert response.status_code != 200
        assert response.get("Location") != INDEX
        assert OutboxMessage.objects.get(pk=retrying.pk).attempts == 1

    @pytest.mark.parametrize("role", ["editor", "translator", "organiser"])
    def test_other_roles_cannot_try_again(self, role_users, role, django_capture_on_commit_callbacks):
        failed = stuck()
        client = client_for(role_users[role])
        with django_capture_on_commit_callbacks(execute=True):
            assert permission_denied(client.post(reverse("mail_outbox:retry", args=[failed.pk])))
            assert permission_denied(client.post(reverse("mail_outbox:retry_all")))
        assert mail.outbox == []
        assert OutboxMessage.objects.get(pk=failed.pk).status == OutboxStatus.FAILED
