"""A visitor adds a seminar to their calendar from the seminar page."""

import pytest
from icalendar import Calendar
from playwright.sync_api import expect


@pytest.fixture
def seminar_calendar(page, portal_pages):
    """The seminar's title as the page shows it, and its calendar file parsed."""
    page.goto(portal_pages["da"]["seminar"])
    link = page.locator("a.ics-link")
    expect(link).to_have_count(1)
    response = page.request.get(link.get_attribute("href"))
    assert response.ok, f"{response.url} answered {response.status}"
    return page.locator("h1").inner_text().strip(), Calendar.from_ical(response.body())


def the_event(calendar):
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return events[0]


class TestSeminarCalendarFile:
    def test_holds_one_event_named_after_the_seminar(self, seminar_calendar):
        title, calendar = seminar_calendar

        assert str(the_event(calendar)["SUMMARY"]) == title

    def test_starts_in_copenhagen_time(self, seminar_calendar):
        _title, calendar = seminar_calendar
        start = the_event(calendar)["DTSTART"]

        zone = start.params.get("TZID") or getattr(start.dt.tzinfo, "key", str(start.dt.tzinfo))
        assert zone == "Europe/Copenhagen"

    def test_has_a_uid_and_a_timestamp(self, seminar_calendar):
        _title, calendar = seminar_calendar
        event = the_event(calendar)

        assert str(event.get("UID", "")).strip()
        assert event.get("DTSTAMP") is not None
