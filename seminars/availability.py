"""Whether a reader can still get a seat: the badge on seminar cards and pages, derived from registrations.

An editor-set "fully booked" went stale the moment someone cancelled, and said nothing about the waiting
list that registration now offers. The badge is therefore derived from what registering would do right
now: the editor's status (cancelled and held stay authoritative, "full" stops handing out seats), the
deadline and the confirmed registrations against the capacity. All of these are read on the Danish source
page (`SeminarPage.registration_source`), which every translation registers for.
"""

from dataclasses import dataclass

from django.db import models
from django.db.models import Count, F, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from languages.locales import default_locale
from seminars.models import Registration, RegistrationStatus, SeminarPage, SeminarStatus


class Availability(models.TextChoices):
    OPEN = "open", _("Open for registration")
    WAITING_LIST = "waiting-list", _("Waiting list")
    CLOSED = "closed", _("Registration closed")
    CANCELLED = "cancelled", SeminarStatus.CANCELLED.label
    HELD = "held", SeminarStatus.HELD.label


# DKFDS badge variants: dark text on a light background, or white on dark grey, all above 4.5:1.
BADGE_CLASSES = {
    Availability.OPEN: "badge-success",
    Availability.WAITING_LIST: "badge-warning",
    Availability.CLOSED: "badge-info",
    Availability.CANCELLED: "badge-error",
    Availability.HELD: "",
}


@dataclass(frozen=True)
class SeminarAvailability:
    state: Availability
    seats_left: int | None = None

    @property
    def label(self):
        return self.state.label

    @property
    def badge_class(self):
        return BADGE_CLASSES[self.state]

    @property
    def is_waiting_list(self):
        return self.state == Availability.WAITING_LIST


def availability(source, confirmed):
    """The availability of `source` (a Danish source page) with `confirmed` confirmed registrations.

    Follows `seminars.registrations.register`: while registration is open a seat is given when
    `has_free_seat` would give one, otherwise the person goes on the waiting list. `confirmed` is only
    read when the seminar has a capacity and registration is open, so it may be None otherwise.
    """
    if source.status == SeminarStatus.CANCELLED:
        return SeminarAvailability(Availability.CANCELLED)
    if source.status == SeminarStatus.HELD or source.end < timezone.now():
        return SeminarAvailability(Availability.HELD)
    if not source.registration_open:
        return SeminarAvailability(Availability.CLOSED)
    if source.status == SeminarStatus.FULL or (source.capacity is not None and confirmed >= source.capacity):
        return SeminarAvailability(Availability.WAITING_LIST)
    seats_left = None if source.capacity is None else source.capacity - confirmed
    return SeminarAvailability(Availability.OPEN, seats_left)


def count_confirmed(source):
    """The confirmed registrations of one source page, counted as `registrations.has_free_seat` does."""
    return source.registrations.filter(status=RegistrationStatus.CONFIRMED).count()


def attach_availability(seminars):
    """`seminars` as a list, each with its `availability` filled in: one query for all of them.

    Cards list seminars in any language, so their source pages are found by translation key in the
    default locale (or the page itself when it has no Danish source), with the confirmed registrations
    counted in the same grouped query.
    """
    seminars = list(seminars)
    if not seminars:
        return seminars
    danish = default_locale()
    keys = {seminar.translation_key for seminar in seminars}
    themselves = [seminar.pk for seminar in seminars]
    sources = (
        # The key first (an index), then which of its rows: an OR across both read every page instead.
        SeminarPage.objects.filter(translation_key__in=keys)
        .filter(Q(locale=danish) | Q(pk__in=themselves))
        .only("translation_key", "locale", "status", "start", "end", "capacity", "registration_deadline")
        .annotate(
            confirmed=Count("registrations", filter=Q(registrations__status=RegistrationStatus.CONFIRMED))
        )
        .order_by()
    )
    by_key, by_pk = {}, {}
    for source in sources:
        by_pk[source.pk] = source
        if source.locale_id == danish.pk:
            by_key[source.translation_key] = source
    for seminar in seminars:
        source = by_key.get(seminar.translation_key) or by_pk[seminar.pk]
        seminar.availability = availability(source, source.confirmed)
    return seminars


SOURCE_COLUMNS = ("status", "start", "end", "capacity", "registration_deadline")


def with_availability_columns(seminars):
    """`seminars` with what their availability is read from, in the same query: the source page's columns
    (`source_<column>`) and its confirmed registrations (`source_confirmed`).

    For a listing whose own query should not be followed by another (`attach_availability` costs one):
    a municipality's page lists a few seminars, or none, and counts the same queries either way. The source
    is the Danish page of the same translation key, or the seminar itself when it has none; registrations
    always belong to the source.
    """
    danish = default_locale()
    source = SeminarPage.objects.filter(translation_key=OuterRef("translation_key"), locale=danish)
    confirmed = (
        Registration.objects.filter(
            Q(seminar__translation_key=OuterRef("translation_key"), seminar__locale=danish)
            | Q(seminar_id=OuterRef("pk")),
            status=RegistrationStatus.CONFIRMED,
        )
        .order_by()
        .annotate(one=Value(1))
        .values("one")
        .annotate(count=Count("pk"))
        .values("count")
    )
    columns = {
        f"source_{name}": Coalesce(Subquery(source.values(name)[:1]), F(name)) for name in SOURCE_COLUMNS
    }
    return seminars.annotate(**columns, source_confirmed=Coalesce(Subquery(confirmed), Value(0)))


def attach_availability_from_columns(seminars):
    """`seminars` (read through `with_availability_columns`) as a list, each with its `availability`."""
    seminars = list(seminars)
    for seminar in seminars:
        source = SeminarPage(**{column: getattr(seminar, f"source_{column}") for column in SOURCE_COLUMNS})
        seminar.availability = availability(source, seminar.source_confirmed)
    return seminars
