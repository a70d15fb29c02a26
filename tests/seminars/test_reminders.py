"""The reminder the day before a seminar, scheduled with the task framework, and the "summary is online"
e-mail: in the registrant's language, once, and following a seminar that is moved or cancelled."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone, translation
from django.utils.translation import gettext
from django_tasks import default_task_backend

from mail.models import OutboxMessage
from seminars import registrations, reminders
from seminars.emails import cancel_url
from seminars.models import Registration, SeminarPage
from tests.seminars.test_registration import (  # noqa: F401 - fixtures shared with the registration tests
    english_seminar,
    fresh_rate_limits,
    post,
    register_url,
)

DUMMY = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
DAY = datetime.timedelta(hours=24)


@pytest.fixture
def seminar(tree):
    """Tomorrow, a minute after this time: its reminder is due in a minute."""
    tomorrow = soon()
    return set_seminar(tree["seminar"], start=tomorrow, end=tomorrow + datetime.timedelta(hours=6))


@pytest.fixture
def scheduled(settings):
    """Tasks are kept, not run (django-tasks' dummy backend): each test runs the ones it means to."""
    settings.TASKS = DUMMY


def soon(days=1):
    return timezone.now().replace(microsecond=0) + days * DAY + datetime.timedelta(minutes=1)


def set_seminar(page, **values):
    for name, value in values.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return SeminarPage.objects.get(pk=page.pk)


def register(seminar, email="mette@example.org", language="da", **data):
    person = {"name": "Mette Lund", "email": email, "organisation": "Biblioteket", "municipality": "751"}
    return registrations.register(
        seminar, {**person, **data}, language=language, consent_text="ja", request=None
    )


def reminder_tasks():
    return [
        result for result in default_task_backend.results if result.task.func is reminders.send_reminder.func
    ]


def run(result):
    return result.task.call(*result.args, **result.kwargs)


def reminders_to(email):
    """The reminders in the outbox for `email`, whatever the language they were written in."""
    subjects = set()
    for language in ("da", "en"):
        with translation.override(language):
            subjects.add(gettext("Reminder: %(title)s").split("%(title)s")[0])
    return OutboxMessage.objects.filter(to=[email]).filter(
        pk__in=[
            m.pk for m in OutboxMessage.objects.filter(to=[email]) if m.subject.startswith(tuple(subjects))
        ]
    )


@pytest.mark.django_db
@pytest.mark.usefixtures("scheduled")
class TestScheduling:
    def test_registering_schedules_the_reminder_for_the_day_before(self, seminar):
        registration = register(seminar)
        [task] = reminder_tasks()
        assert task.task.run_after == seminar.start - DAY
        assert task.args[0] == registration.pk

    def test_the_waiting_list_has_none_until_a_seat_is_free(self, seminar):
        seminar = set_seminar(seminar, capacity=1)
        first = register(seminar)
        waiting = register(seminar, "anders@example.org")
        assert [task.args[0] for task in reminder_tasks()] == [first.pk]
        registrations.cancel(first, None)
        assert [task.args[0] for task in reminder_tasks()] == [first.pk, waiting.pk]

    def test_who_registers_within_the_last_day_gets_none(self, tree):
        seminar = set_seminar(tree["seminar"], start=timezone.now() + datetime.timedelta(hours=10))
        register(seminar)
        assert reminder_tasks() == []


@pytest.mark.django_db
@pytest.mark.usefixtures("scheduled")
class TestReminder:
    @pytest.mark.usefixtures("english_seminar")
    def test_it_comes_in_the_registrants_language_with_the_programme_calendar_and_cancel_link(self, seminar):
        english = SeminarPage.objects.get(locale__language_code="en")
        registration = register(seminar, language="en")
        assert run(reminder_tasks()[0]) == "sent"
        [message] = reminders_to("mette@example.org")
        assert message.subject == "Reminder: Dissemination seminar in Aarhus"
        assert english.full_url in message.body
        assert cancel_url(Registration.objects.get(pk=registration.pk)) in message.body
        [(filename, calendar, content_type)] = message.attachments
        assert (filename, content_type) == ("dissemination-seminar-in-aarhus.ics", "text/calendar")
        assert "SUMMARY:Dissemination seminar in Aarhus" in calendar

    def test_it_is_sent_once(self, seminar):
        register(seminar)
        task = reminder_tasks()[0]
        assert run(task) == "sent"
        assert run(task).startswith("dropped")
        assert reminders_to("mette@example.org").count() == 1

    def test_a_cancelled_seminar_sends_none(self, seminar):
        register(seminar)
        set_seminar(seminar, status="cancelled")
        assert run(reminder_tasks()[0]).startswith("dropped")
        assert not reminders_to("mette@example.org").exists()

    def test_a_cancelled_registration_gets_none(self, seminar):
        registration = register(seminar)
        registrations.cancel(registration, None)
        assert run(reminder_tasks()[0]).startswith("dropped")
        assert not reminders_to("mette@example.org").exists()

    def test_a_seminar_moved_later_moves_its_reminder(self, seminar):
        register(seminar)
        later = soon(days=4)
        set_seminar(seminar, start=later, end=later + datetime.timedelta(hours=6))
        assert run(reminder_tasks()[0]) == "rescheduled: the seminar was moved"
        assert not reminders_to("mette@example.org").exists()
        assert reminder_tasks()[-1].task.run_after == later - DAY

    def test_a_seminar_moved_earlier_gets_its_reminder_earlier(self, tree):
        seminar = set_seminar(tree["seminar"], start=soon(days=5), end=soon(days=5) + DAY)
        register(seminar)
        first = reminder_tasks()[0]
        tomorrow = soon()
        set_seminar(seminar, start=tomorrow, end=tomorrow + datetime.timedelta(hours=6))
        moved = reminder_tasks()[-1]
        assert moved.task.run_after == tomorrow - DAY
        assert run(moved) == "sent"
        assert run(first).startswith("dropped")
        assert reminders_to("mette@example.org").count() == 1

    def test_a_seminar_moved_into_its_last_day_reminds_at_once(self, tree):
        seminar = set_seminar(tree["seminar"], start=soon(days=5), end=soon(days=5) + DAY)
        register(seminar)
        set_seminar(seminar, start=timezone.now() + datetime.timedelta(hours=5))
        moved = reminder_tasks()[-1]
        assert moved.task.run_after <= timezone.now()
        assert run(moved) == "sent"


@pytest.mark.django_db
class TestSummaryOnline:
    def test_the_form_offers_to_send_the_summary(self, client, tree):
        html = client.get(register_url(tree["seminar"])).content.decode()
        assert 'name="wants_summary"' in html

    def test_the_tick_is_kept_with_the_registration(self, client, tree):
        post(client, tree["seminar"], wants_summary="on")
        assert Registration.objects.get().wants_summary

    def test_those_who_asked_hear_once_when_the_summary_of_the_held_seminar_is_published(
        self, tree, django_capture_on_commit_callbacks
    ):
        seminar = tree["seminar"]
        register(seminar, wants_summary=True)
        register(seminar, "anders@example.org")
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            seminar = set_seminar(seminar, status="held", summary="<p>Vi lærte meget.</p>")
        assert [message.to for message in mail.outbox] == [["mette@example.org"]]
        assert seminar.full_url in mail.outbox[0].body
        with django_capture_on_commit_callbacks(execute=True):
            set_seminar(seminar, summary="<p>Vi lærte meget. Og mere.</p>")
        assert len(mail.outbox) == 1

    def test_no_mail_while_the_summary_is_empty(self, tree, django_capture_on_commit_callbacks):
        seminar = tree["seminar"]
        register(seminar, wants_summary=True)
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            set_seminar(seminar, status="held", summary="<p></p>")
        assert mail.outbox == []
        assert Registration.objects.get().summary_sent_at is None

    def test_a_cancelled_registration_hears_nothing(self, tree, django_capture_on_commit_callbacks):
        seminar = tree["seminar"]
        registrations.cancel(register(seminar, wants_summary=True), None)
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            set_seminar(seminar, status="held", summary="<p>Vi lærte meget.</p>")
        assert mail.outbox == []
