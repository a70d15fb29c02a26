"""iCalendar (RFC 5545) files for seminars: one per seminar, and feeds of upcoming seminars."""

import zoneinfo

from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from icalendar import Calendar, Event

COPENHAGEN = zoneinfo.ZoneInfo("Europe/Copenhagen")
STATUS = {"planned": "CONFIRMED", "full": "CONFIRMED", "held": "CONFIRMED", "cancelled": "CANCELLED"}


def seminar_event(seminar, request=None):
    event = Event()
    # The UID is the same in every language and after edits: a calendar updates the event, never doubles it.
    event.add("uid", f"seminar-{seminar.translation_key}@erfaringsportalen")
    event.add("dtstamp", timezone.now())
    event.add("last-modified", seminar.last_published_at or timezone.now())
    event.add("dtstart", seminar.start.astimezone(COPENHAGEN))
    event.add("dtend", seminar.end.astimezone(COPENHAGEN))
    event.add("summary", seminar.title)
    event.add("description", f"{seminar.intro}\n\n{seminar.organiser}")
    event.add("location", f"{seminar.venue}, {seminar.address}, {seminar.postcode} {seminar.city}")
    event.add("status", STATUS.get(seminar.status, "CONFIRMED"))
    event.add("url", seminar.get_full_url(request))
    return event


def calendar_file(seminars, name, request=None):
    """The iCalendar file of `seminars` (UTF-8 bytes), for a download or an e-mail's attachment."""
    calendar = Calendar()
    calendar.add("prodid", "-//Erfaringsportalen//Seminars//DA")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Copenhagen")
    for seminar in seminars:
        calendar.add_component(seminar_event(seminar, request))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def calendar_filename(name):
    return f"{slugify(name) or 'seminars'}.ics"


def calendar_response(seminars, name, request=None):
    return calendar_file_response(calendar_file(seminars, name, request), name)


def calendar_file_response(ics, name):
    """`ics` (an iCalendar file's bytes) as a download named after the calendar's `name`."""
    response = HttpResponse(ics, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{calendar_filename(name)}"'
    return response
