"""The reminder the day before a seminar, and the e-mail that its summary is online: background tasks.

A reminder is scheduled through the task framework (`run_after`), not cron, for 24 hours before the
seminar, when a seat is confirmed: on registering, or on moving up from the waiting list. With the
database backend the task is stored in the same transaction as the registration. The seminar may change
after that, so the task reads the seminar again when it runs:

- cancelled, held or unpublished: no reminder (the task drops itself);
- moved later: the task schedules itself again for the new day before;
- moved earlier: the waiting task would come too late, so publishing the seminar schedules new ones
  (`seminar_changed`, called from `registrations.seminar_published`); the old task then finds that it
  no longer counts (`Registration.reminder_due_at` names the one that does) and drops itself.

Each reminder and each summary e-mail is claimed with a conditional update of the registration
(`reminder_sent_at`, `summary_sent_at`) in the transaction that stores the e-mail, so two tasks, or two
workers, never send it twice.
"""

from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django_tasks import task

from home.plain_text import html_to_text
from seminars import emails
from seminars.models import Registration, RegistrationStatus, SeminarPage, SeminarStatus

REMINDER_LEAD = timedelta(hours=24)
# A task that wakes up this much before its time (clocks of two servers differ) still sends.
EARLY = timedelta(minutes=5)
NO_REMINDER = (SeminarStatus.CANCELLED, SeminarStatus.HELD)


def reminder_due(seminar):
    return seminar.start - REMINDER_LEAD


def schedule_reminder(registration, when=None):
    """Schedule the reminder of a confirmed registration for the day before its seminar, or for `when`
    (at once when that has passed: a seminar moved into its last day).

    Nothing when the day before has passed already and no `when` is given (who registers on the last day
    has just had the confirmation, which says the same), when the seminar has begun, or when the task
    backend cannot wait (the tests' immediate one). Returns whether a reminder was scheduled.
    """
    now = timezone.now()
    if when is None and reminder_due(registration.seminar) <= now:
        return False
    if registration.seminar.start <= now or not send_reminder.get_backend().supports_defer:
        return False
    when = max(when or reminder_due(registration.seminar), now)
    Registration.objects.filter(pk=registration.pk).update(reminder_due_at=when)
    send_reminder.using(run_after=when).enqueue(registration.pk, when.isoformat())
    return True


@task()
def send_reminder(registration_pk, due):
    """Send the reminder of one registration, if it still counts; see the module's docstring."""
    now = timezone.now()
    waiting = Registration.objects.filter(pk=registration_pk, reminder_sent_at=None)
    registration = waiting.select_related("seminar").first()
    if registration is None or registration.status != RegistrationStatus.CONFIRMED:
        return "dropped: no confirmed registration waits for a reminder"
    if registration.reminder_due_at != datetime.fromisoformat(due):
        return "dropped: a later schedule replaced this one"
    seminar = registration.seminar
    if not seminar.live or seminar.status in NO_REMINDER or seminar.start <= now:
        Registration.objects.filter(pk=registration.pk).update(reminder_due_at=None)
        return "dropped: the seminar is cancelled, held, unpublished or has begun"
    if reminder_due(seminar) > now + EARLY:
        schedule_reminder(registration)
        return "rescheduled: the seminar was moved"
    with transaction.atomic():
        claimed = Registration.objects.filter(
            pk=registration.pk, reminder_sent_at=None, status=RegistrationStatus.CONFIRMED
        ).update(reminder_sent_at=now)
        if claimed:
            emails.reminder(registration)
    return "sent" if claimed else "dropped: sent already"


def seminar_changed(seminar):
    """After a publish of the source seminar: reminders that would now come too late (the seminar was
    moved earlier), or that were never scheduled or already sent for an earlier date (it was moved later,
    or planned again after a cancellation), are scheduled for the new day before."""
    now = timezone.now()
    if seminar.status in NO_REMINDER or not seminar.live or seminar.start <= now:
        return 0
    due = reminder_due(seminar)
    confirmed = seminar.registrations.filter(status=RegistrationStatus.CONFIRMED)
    late = Q(reminder_sent_at=None, reminder_due_at__gt=due)
    unplanned = Q(reminder_sent_at=None, reminder_due_at=None) if due > now else Q(pk__in=[])
    stale = Q(reminder_sent_at__lt=due - REMINDER_LEAD) if due > now else Q(pk__in=[])
    count = 0
    for registration in confirmed.filter(late | unplanned | stale).select_related("seminar"):
        registration.reminder_sent_at = None
        Registration.objects.filter(pk=registration.pk).update(reminder_sent_at=None)
        count += schedule_reminder(registration, when=due)
    return count


def has_summary(seminar):
    return seminar.status == SeminarStatus.HELD and bool(html_to_text(seminar.summary or "").strip())


def announce_summary(seminar):
    """A held seminar published with its summary: tell those who asked, off the request."""
    waiting = seminar.registrations.active().filter(wants_summary=True, summary_sent_at=None)
    if seminar.live and has_summary(seminar) and waiting.exists():
        send_summary_notices.enqueue(seminar.pk)
        return True
    return False


@task()
def send_summary_notices(seminar_pk):
    """The "summary is online" e-mail to every registrant who ticked the box and has not had it."""
    seminar = SeminarPage.objects.filter(pk=seminar_pk).first()
    if seminar is None or not seminar.live or not has_summary(seminar):
        return 0
    sent = 0
    for registration in seminar.registrations.active().filter(wants_summary=True, summary_sent_at=None):
        with transaction.atomic():
            claimed = Registration.objects.filter(pk=registration.pk, summary_sent_at=None).update(
                summary_sent_at=timezone.now()
            )
            if claimed:
                emails.summary_online(registration)
                sent += 1
    return sent
