"""Registering, cancelling and moving up from the waiting list, safe under concurrent requests.

Every change that depends on the number of confirmed seats happens in one transaction that first locks
the seminar's row (`SELECT … FOR UPDATE` on PostgreSQL). Two people registering for the last seat at
the same moment are therefore counted one after the other: one gets the seat, the other the waiting
list. SQLite (development) has no row locks: there a second simultaneous writer fails with "database
is locked" rather than overbooking. The e-mails are stored in the outbox in the same transaction
(seminars/emails.py) and sent by the worker after the commit; a confirmed seat also gets its reminder
scheduled for the day before (seminars/reminders.py).
"""

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from pagecache.generations import invalidate
from seminars import emails, reminders
from seminars.models import Registration, RegistrationStatus, SeminarPage


class RegistrationClosed(Exception):
    """The seminar was cancelled or its deadline passed while the person filled in the form."""


class AlreadyRegistered(Exception):
    """The same e-mail address registered for the same seminar in the meantime."""


def _lock(seminar):
    return SeminarPage.objects.select_for_update().get(pk=seminar.pk)


def register(seminar, data, *, language, consent_text, request):
    """Register for `seminar` (the source page): a seat while there is one, else the waiting list."""
    try:
        with transaction.atomic():
            seminar = _lock(seminar)
            if not seminar.registration_open:
                raise RegistrationClosed
            if seminar.registrations.active().filter(email__iexact=data["email"]).exists():
                raise AlreadyRegistered
            registration = Registration(
                seminar=seminar,
                name=data["name"],
                email=data["email"],
                organisation=data["organisation"],
                municipality=data["municipality"],
                diet=data.get("diet", ""),
                accessibility=data.get("accessibility", ""),
                wants_summary=bool(data.get("wants_summary")),
                language=language,
                consent_text=consent_text,
                consented_at=timezone.now(),
                status=RegistrationStatus.CONFIRMED if has_free_seat(seminar) else RegistrationStatus.WAITING,
            )
            registration.save()
            if registration.status == RegistrationStatus.CONFIRMED:
                invalidate()  # the seats left on the seminar's cards changed
                reminders.schedule_reminder(registration)
            emails.registered(registration, request, position=waiting_position(registration))
    except IntegrityError as error:
        # The unique constraint caught a duplicate that arrived between the check and the insert.
        raise AlreadyRegistered from error
    return registration


def has_free_seat(seminar):
    if seminar.status == "full":
        return False
    if seminar.capacity is None:
        return True
    return seminar.registrations.filter(status=RegistrationStatus.CONFIRMED).count() < seminar.capacity


def cancel(registration, request):
    """Cancel a registration, with an e-mail saying so; a freed seat goes to the first on the waiting list,
    who is told by e-mail."""
    with transaction.atomic():
        seminar = _lock(registration.seminar)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == RegistrationStatus.CANCELLED:
            return registration
        was_waiting = registration.status == RegistrationStatus.WAITING
        registration.status = RegistrationStatus.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        emails.cancelled(registration, was_waiting, request)
        fill_from_waiting_list(seminar, request)
        invalidate()  # a seat freed, or given to the waiting list: the seminar's cards change
    return registration


def seats_may_move_up(seminar):
    """A freed seat goes to the waiting list until the seminar starts, also after the deadline."""
    return seminar.status not in ("cancelled", "held") and seminar.is_upcoming


def seminar_published(sender, instance, **kwargs):
    """More seats, or "fully booked" lifted: the waiting list moves up at once, with e-mails. A seminar
    moved earlier gets its reminders earlier, and a held seminar whose summary is published tells those
    who asked for it (seminars/reminders.py).

    Connected to Wagtail's `page_published` (seminars/apps.py), so scheduled publishing counts too.
    Only the Danish page holds registrations; publishing a translation changes nothing.
    """
    if instance.registration_source.pk != instance.pk:
        return
    with transaction.atomic():
        seminar = _lock(instance)
        fill_from_waiting_list(seminar)
        reminders.seminar_changed(seminar)
        reminders.announce_summary(seminar)


def fill_from_waiting_list(seminar, request=None):
    """Give free seats to the waiting list in the order people registered. Call with the seminar locked."""
    moved = []
    if not seats_may_move_up(seminar):
        return moved
    waiting = seminar.registrations.filter(status=RegistrationStatus.WAITING).order_by("created_at", "pk")
    for registration in waiting:
        if not has_free_seat(seminar):
            break
        registration.status = RegistrationStatus.CONFIRMED
        registration.moved_up_at = timezone.now()
        registration.save(update_fields=["status", "moved_up_at"])
        emails.moved_up(registration, request)
        reminders.schedule_reminder(registration)
        moved.append(registration)
    return moved


def waiting_position(registration):
    """1 for the first on the waiting list."""
    if registration.status != RegistrationStatus.WAITING:
        return None
    earlier = Q(created_at__lt=registration.created_at) | Q(
        created_at=registration.created_at, pk__lte=registration.pk
    )
    return registration.seminar.registrations.filter(earlier, status=RegistrationStatus.WAITING).count()
