"""The outbox: stored with what caused it, sent by the worker, tried again with back-off, sent once."""

import logging
import smtplib
from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.backends.locmem import EmailBackend as LocmemBackend
from django.db import transaction
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from mail import outbox
from mail.models import Failure, OutboxMessage, OutboxStatus
from tests.mail.conftest import DATABASE
from tests.mail.smtp_server import SMTPServer, free_port

pytestmark = pytest.mark.usefixtures("empty_outbox")
CALENDAR = ("seminar.ics", "BEGIN:VCALENDAR", "text/calendar")


def post(**overrides):
    arguments = {"subject": "Velkommen", "body": "Hej Mette", "recipients": ["mette@example.org"]}
    arguments.update(overrides)
    return outbox.post(
        arguments.pop("subject"), arguments.pop("body"), arguments.pop("recipients"), **arguments
    )


def fresh(message):
    return OutboxMessage.objects.get(pk=message.pk)


def due_now(message):
    OutboxMessage.objects.filter(pk=message.pk).update(next_attempt_at=timezone.now())


def lease_runs_out(message):
    OutboxMessage.objects.filter(pk=message.pk).update(lease_until=timezone.now() - timedelta(seconds=1))


def overdue(message):
    OutboxMessage.objects.filter(pk=message.pk).update(next_attempt_at=timezone.now() - timedelta(hours=1))


class UnreachableBackend(BaseEmailBackend):
    """A mail server that is not there."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError(111, "Connection refused")


class RefusingBackend(BaseEmailBackend):
    """A mail server that knows the address does not exist."""

    def send_messages(self, email_messages):
        raise smtplib.SMTPRecipientsRefused({"mette@example.org": (550, b"5.1.1 No such user")})


class KilledAfterSendingBackend(LocmemBackend):
    """The worker is killed (SIGKILL: nothing more runs) right after the server has taken the message."""

    def send_messages(self, messages):
        super().send_messages(messages)
        raise SystemExit("killed")


class KilledWhileConnectingBackend(BaseEmailBackend):
    """The worker is killed while it connects to the server, before the server had anything."""

    def __init__(self, *args, **kwargs):
        raise SystemExit("killed")


class TestStoredWithWhatCausedIt:
    def test_it_is_stored_before_the_commit_and_sent_after_it(self, django_capture_on_commit_callbacks):
        with django_capture_on_commit_callbacks(execute=True):
            message = post()
            assert fresh(message).status == OutboxStatus.QUEUED
            assert mail.outbox == []
        assert [sent.to for sent in mail.outbox] == [["mette@example.org"]]
        assert mail.outbox[0].extra_headers["Message-ID"] == message.message_id
        assert fresh(message).status == OutboxStatus.SENT
        assert fresh(message).sent_at is not None

    def test_a_rollback_takes_it_away_unsent(self, django_capture_on_commit_callbacks):
        with (
            django_capture_on_commit_callbacks(execute=True),
            pytest.raises(RuntimeError),
            transaction.atomic(),
        ):
            post()
            raise RuntimeError("the registration failed")
        assert not OutboxMessage.objects.exists()
        assert mail.outbox == []

    def test_with_the_database_queue_its_task_is_stored_in_the_same_transaction(self, settings):
        settings.TASKS = DATABASE
        with pytest.raises(RuntimeError), transaction.atomic():
            post(recipients=["rolled-back@example.org"])
            raise RuntimeError("the registration failed")
        message = post()
        tasks = DBTaskResult.objects.filter(task_path="mail.outbox.deliver")
        assert [task.args_kwargs["args"] for task in tasks] == [[message.pk]]
        assert tasks.get().status == TaskResultStatus.READY

    def test_reply_to_and_the_calendar_file_go_with_it(self, django_capture_on_commit_callbacks):
        with django_capture_on_commit_callbacks(execute=True):
            post(reply_to="anders@example.org", attachments=[CALENDAR])
        assert mail.outbox[0].reply_to == ["anders@example.org"]
        assert mail.outbox[0].attachments == [CALENDAR]

    def test_without_an_address_nothing_is_stored(self):
        assert post(recipients=["", None]) is None
        assert not OutboxMessage.objects.exists()

    def test_a_subject_with_line_breaks_becomes_one_line(self, django_capture_on_commit_callbacks):
        with django_capture_on_commit_callbacks(execute=True):
            post(subject="Besked via Erfaringsportalen: Hej\r\nBcc: alle@example.org")
        assert mail.outbox[0].subject == "Besked via Erfaringsportalen: Hej Bcc: alle@example.org"
        assert mail.outbox[0].bcc == []

    def test_a_reply_to_address_with_a_line_break_is_refused_not_sent(
        self, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            message = post(reply_to="anders@example.org\nBcc: alle@example.org")
        assert mail.outbox == []
        assert (fresh(message).status, fresh(message).failure) == (OutboxStatus.FAILED, Failure.INVALID)


class TestRetry:
    def test_an_unreachable_server_is_tried_again_a_minute_later(self, settings, caplog):
        settings.EMAIL_BACKEND = "tests.mail.test_outbox.UnreachableBackend"
        message = post()
        with caplog.at_level(logging.ERROR):
            assert outbox.send(message.pk) == "retry"
        message = fresh(message)
        assert (message.status, message.attempts, message.failure) == (OutboxStatus.QUEUED, 1, Failure.SERVER)
        wait = message.next_attempt_at - timezone.now()
        assert timedelta(seconds=45) < wait < timedelta(seconds=75)
        assert "Connection refused" in message.last_error
        assert "Could not send" in caplog.text

    def test_the_wait_doubles_up_to_four_hours(self, monkeypatch):
        monkeypatch.setattr(outbox.random, "uniform", lambda low, high: 1.0)
        minutes = [outbox.backoff(attempt) / timedelta(minutes=1) for attempt in range(1, 11)]
        assert minutes == [1, 2, 4, 8, 16, 32, 64, 128, 240, 240]

    def test_it_is_tried_for_more_than_a_day_before_it_is_given_up(self, settings, monkeypatch):
        settings.EMAIL_BACKEND = "tests.mail.test_outbox.UnreachableBackend"
        message = post()
        started = clock = timezone.now()
        monkeypatch.setattr(outbox.timezone, "now", lambda: clock)
        attempts = []
        while fresh(message).status == OutboxStatus.QUEUED:
            clock = fresh(message).next_attempt_at
            attempts.append(clock)
            outbox.send(message.pk)
        message = fresh(message)
        assert message.status == OutboxStatus.FAILED
        assert attempts[-1] - started > timedelta(hours=24)
        assert message.attempts == len(attempts) > 10

    def test_a_refused_address_is_not_asked_again(self, settings):
        settings.EMAIL_BACKEND = "tests.mail.test_outbox.RefusingBackend"
        message = post()
        assert outbox.send(message.pk) == "failed"
        message = fresh(message)
        assert (message.status, message.failure) == (OutboxStatus.FAILED, Failure.ADDRESS)
        assert message.attempts == 1
        assert "No such user" in message.last_error

    def test_a_message_waiting_for_its_next_attempt_is_not_sent_early(self, settings):
        settings.EMAIL_BACKEND = "tests.mail.test_outbox.UnreachableBackend"
        message = post()
        outbox.send(message.pk)
        settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
        assert outbox.send(message.pk) == "not due"
        assert mail.outbox == []


class TestSentOnce:
    def test_a_message_another_worker_holds_is_left_alone(self):
        message = post()
        OutboxMessage.objects.filter(pk=message.pk).update(
            status=OutboxStatus.SENDING, claim="other", lease_until=timezone.now() + outbox.LEASE
        )
        assert outbox.send(message.pk) == "not due"
        assert mail.outbox == []

    def test_a_worker_killed_after_the_server_took_it_does_not_make_the_next_send_it_again(self, settings):
        settings.EMAIL_BACKEND = "tests.mail.test_outbox.KilledAfterSendingBackend"
        message = post()
        with pytest.raises(SystemExit):
            outbox.send(message.pk)
        assert fresh(message).status == OutboxStatus.HANDED_OVER
        settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
        lease_runs_out(message)
        outbox.recover()
        assert outbox.send(message.pk) == "not due"
        assert len(mail.outbox) == 1
        message = fresh(message)
        assert (message.status, message.failure) == (OutboxStatus.UNCONFIRMED, Failure.UNCERTAIN)

    def test_a_worker_killed_before_the_server_had_it_sends_it_once_after_the_lease(
        self, settings, django_capture_on_commit_callbacks
    ):
        settings.EMAIL_BACKEND = "tests.mail.test_outbox.KilledWhileConnectingBackend"
        message = post()
        with pytest.raises(SystemExit):
            outbox.send(message.pk)
        assert fresh(message).status == OutboxStatus.SENDING
        settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
        assert outbox.recover() == 0
        lease_runs_out(message)
        with django_capture_on_commit_callbacks(execute=True):
            assert outbox.recover() == 1
        assert [sent.to for sent in mail.outbox] == [["mette@example.org"]]
        assert fresh(message).status == OutboxStatus.SENT


@pytest.mark.usefixtures("smtp_backend")
class TestRealSMTPServer:
    def test_the_server_gets_the_message_with_its_message_id(self, settings):
        with SMTPServer() as server:
            settings.EMAIL_PORT = server.port
            message = post()
            assert outbox.send(message.pk) == "sent"
        assert server.recorder.message_ids == [message.message_id]
        assert server.messages[0]["To"] == "mette@example.org"

    def test_the_same_message_id_on_the_attempt_after_a_failed_one(self, settings):
        settings.EMAIL_PORT = free_port()
        message = post()
        assert outbox.send(message.pk) == "retry"
        due_now(message)
        with SMTPServer() as server:
            settings.EMAIL_PORT = server.port
            assert outbox.send(message.pk) == "sent"
        assert server.recorder.message_ids == [message.message_id]

    def test_a_worker_that_lost_its_claim_hangs_up_before_the_final_dot(self, settings, monkeypatch):
        """Its lease ran out while it was slow, and another worker took the message over."""
        message = post()
        real_hand_over = outbox.hand_over

        def taken_over_meanwhile(pk, claim):
            OutboxMessage.objects.filter(pk=pk).update(claim="another worker")
            real_hand_over(pk, claim)

        monkeypatch.setattr(outbox, "hand_over", taken_over_meanwhile)
        with SMTPServer() as server:
            settings.EMAIL_PORT = server.port
            assert outbox.send(message.pk) == "taken over"
        assert server.messages == []
        assert fresh(message).status == OutboxStatus.SENDING

    def test_no_answer_after_the_message_leaves_it_unconfirmed_and_not_sent_again(self, settings):
        settings.EMAIL_TIMEOUT = 1
        message = post()
        with SMTPServer(delay=2) as server:
            settings.EMAIL_PORT = server.port
            assert outbox.send(message.pk) == "unconfirmed"
            due_now(message)
            assert outbox.send(message.pk) == "not due"
            assert server.wait_for(1)
        assert len(server.messages) == 1
        assert fresh(message).status == OutboxStatus.UNCONFIRMED


class TestSweep:
    def test_one_sweep_waits_however_often_it_is_asked_for(self, settings):
        settings.TASKS = DATABASE
        outbox.schedule_sweep()
        outbox.schedule_sweep()
        sweeps = DBTaskResult.objects.filter(task_path="mail.outbox.sweep", status=TaskResultStatus.READY)
        assert sweeps.count() == 1
        assert sweeps.get().run_after > timezone.now() + timedelta(seconds=50)

    def test_a_queued_message_that_lost_its_task_gets_a_new_one(self, settings):
        settings.TASKS = DATABASE
        message = post()
        DBTaskResult.objects.filter(task_path="mail.outbox.deliver").delete()
        overdue(message)
        assert outbox.recover() == 1
        tasks = DBTaskResult.objects.filter(task_path="mail.outbox.deliver", status=TaskResultStatus.READY)
        assert [task.args_kwargs["args"] for task in tasks] == [[message.pk]]

    def test_a_queued_message_whose_task_waits_is_left_alone(self, settings):
        settings.TASKS = DATABASE
        message = post()
        overdue(message)
        assert outbox.recover() == 0
        assert DBTaskResult.objects.filter(task_path="mail.outbox.deliver").count() == 1

    def test_the_sweep_ends_when_everything_is_settled(self, settings):
        settings.TASKS = DATABASE
        assert outbox.sweep.call() == 0
        assert not DBTaskResult.objects.filter(task_path="mail.outbox.sweep").exists()
