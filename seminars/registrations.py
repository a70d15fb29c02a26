"""Registering, cancelling and moving up from the waiting list, safe under concurrent requests.

Every change that depends on the number of confirmed seats happens in one transaction that first locks
the seminar's row (`SELECT … FOR UPDATE` on PostgreSQL). Two people registering for the last seat at
the same moment are therefore counted one after the other: one gets the seat, the other the waiting
list. SQLite (development) has no row locks: there a second simultaneous writer fails with "database
is locked" rather than overbooking. The e-mails are sent only after the commit (mail.sending).
"""

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from mail.sending import send_after_commit
from pagecache.generations import invalidate
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
                language=language,
                consent_text=consent_text,
                consented_at=timezone.now(),
                status=RegistrationStatus.CONFIRMED if has_free_seat(seminar) else RegistrationStatus.WAITING,
            )
            registration.save()
            if registration.status == RegistrationStatus.CONFIRMED:
                invalidate()  # the seats left on the seminar's cards changed
            send_registration_mail(registration, request)
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
    """Cancel a registration; a freed seat goes to the first on the waiting list, who is told by e-mail."""
    with transaction.atomic():
        seminar = _lock(registration.seminar)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == RegistrationStatus.CANCELLED:
            return registration
        registration.status = RegistrationStatus.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        fill_from_waiting_list(seminar, request)
        invalidate()  # a seat freed, or given to the waiting list: the seminar's cards change
    return registration


def seats_may_move_up(seminar):
    """A freed seat goes to the waiting list until the seminar starts, also after the deadline."""
    return seminar.status not in ("cancelled", "held") and seminar.is_upcoming


def seminar_published(sender, instance, **kwargs):
    """More seats, or "fully booked" lifted: the waiting list moves up at once, with e-mails.

    Connected to Wagtail's `page_published` (seminars/apps.py), so scheduled publishing counts too.
    Only the Danish page holds registrations; publishing a translation changes nothing.
    """
    if instance.registration_source.pk != instance.pk:
        return
    with transaction.atomic():
        fill_from_waiting_list(_lock(instance))


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
        send_moved_up_mail(registration, request)
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


def seminar_url_in(seminar, language, request=None):
    """The seminar's address in `language`: its translation, else the Danish page inside that language's
    tree (served through the fallback), else the Danish page itself."""
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return seminar.get_full_url(request)
    translation_page = seminar.get_translation_or_none(locale)
    if translation_page is not None and translation_page.live:
        return translation_page.get_full_url(request)
    parent = seminar.get_parent()
    parent_translation = (
        Page.objects.live().filter(translation_key=parent.translation_key, locale=locale).first()
    )
    if parent_translation is not None and locale.language_code != seminar.locale.language_code:
        return f"{parent_translation.get_full_url(request)}{seminar.slug}/"
    return seminar.get_full_url(request)


def cancel_url(registration, request=None):
    seminar = registration.seminar
    base = seminar_url_in(seminar, registration.language, request)
    return base + seminar.reverse_subpage("cancel_registration", args=[registration.cancel_token])


def _mail(registration, template, subject, request):
    with translation.override(registration.language or None):
        context = {
            "registration": registration,
            "seminar": registration.seminar.get_translation_or_none(Locale.get_active())
            or registration.seminar,
            "seminar_url": seminar_url_in(registration.seminar, registration.language, request),
            "cancel_url": cancel_url(registration, request),
            "position": waiting_position(registration),
        }
        body = render_to_string(template, context)
        send_after_commit(str(subject) % {"title": context["seminar"].title}, body, [registration.email])


def send_registration_mail(registration, request=None):
    if registration.status == RegistrationStatus.WAITING:
        _mail(registration, "seminars/email/waiting_list.txt", _("On the waiting list: %(title)s"), request)
    else:
        _mail(registration, "seminars/email/confirmed.txt", _("Registration confirmed: %(title)s"), request)


def send_moved_up_mail(registration, request=None):
    _mail(registration, "seminars/email/moved_up.txt", _("You have a seat: %(title)s"), request)
