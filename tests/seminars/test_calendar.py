import datetime
import json
import re
import zoneinfo

import pytest
from django.utils import timezone
from icalendar import Calendar

from directory.factories import MunicipalityPageFactory
from seminars.factories import SeminarPageFactory

COPENHAGEN = zoneinfo.ZoneInfo("Europe/Copenhagen")


def events(response):
    assert response["Content-Type"].startswith("text/calendar")
    assert ".ics" in response["Content-Disposition"]
    return list(Calendar.from_ical(response.content).walk("VEVENT"))


@pytest.mark.django_db
class TestSeminarCalendar:
    def test_one_seminar_as_ics_with_uid_dtstamp_and_danish_time(self, client, tree):
        seminar = tree["seminar"]
        [event] = events(client.get(seminar.url + "calendar/"))
        assert str(event["SUMMARY"]) == seminar.title
        assert event["UID"] == f"seminar-{seminar.translation_key}@erfaringsportalen"
        assert "DTSTAMP" in event
        start = event.decoded("DTSTART")
        assert str(start.tzinfo) == "Europe/Copenhagen"
        assert start == seminar.start.replace(microsecond=0)

    def test_seminar_page_links_to_its_ics(self, client, tree):
        html = client.get(tree["seminar"].url).content.decode()
        assert f'class="ics-link" href="{tree["seminar"].url}calendar/"' in html

    def test_cancelled_seminar_is_cancelled_in_the_calendar(self, client, tree):
        tree["seminar"].status = "cancelled"
        tree["seminar"].save_revision().publish()
        [event] = events(client.get(tree["seminar"].url + "calendar/"))
        assert str(event["STATUS"]) == "CANCELLED"

    def test_feed_lists_only_upcoming_seminars(self, client, tree):
        past = SeminarPageFactory.build(
            title="Sidste år",
            slug="sidste-aar",
            municipality=tree["municipality"],
            start=timezone.now() - datetime.timedelta(days=300),
            end=timezone.now() - datetime.timedelta(days=300, hours=-4),
        )
        tree["seminar_index"].add_child(instance=past)
        summaries = [
            str(event["SUMMARY"]) for event in events(client.get(tree["seminar_index"].url + "calendar/"))
        ]
        assert summaries == [tree["seminar"].title]

    def test_feed_for_one_municipality(self, client, tree):
        odense = MunicipalityPageFactory(parent=tree["directory"], title="Odense", slug="odense", code="461")
        other = SeminarPageFactory.build(title="Seminar i Odense", slug="odense-seminar", municipality=odense)
        tree["seminar_index"].add_child(instance=other)
        feed = tree["seminar_index"].url + "calendar/"
        assert [str(e["SUMMARY"]) for e in events(client.get(feed, {"municipality": "461"}))] == [
            "Seminar i Odense"
        ]
        assert len(events(client.get(feed))) == 2
        municipality_html = client.get(odense.url).content.decode()
        assert f"{feed}?municipality=461" in municipality_html


@pytest.mark.django_db
class TestStructuredData:
    def json_ld(self, html):
        return json.loads(
            re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
        )

    def test_seminar_page_describes_an_event(self, client, tree):
        data = self.json_ld(client.get(tree["seminar"].url).content.decode())
        assert data["@type"] == "Event"
        assert data["name"] == tree["seminar"].title
        assert data["eventStatus"] == "https://schema.org/EventScheduled"
        assert data["location"]["address"]["postalCode"] == tree["seminar"].postcode
        assert datetime.datetime.fromisoformat(data["startDate"]) == tree["seminar"].start
        assert data["organizer"]["name"] == tree["seminar"].organiser

    def test_actor_page_describes_an_organization(self, client, tree):
        data = self.json_ld(client.get(tree["library"].get_url()).content.decode())
        assert data["@type"] == "Organization"
        assert data["name"] == "Aarhus Hovedbibliotek"
        assert data["areaServed"]["identifier"] == "751"

    def test_structured_data_cannot_break_out_of_its_script(self, client, tree):
        tree["seminar"].title = "</script><script>alert(1)</script>"
        tree["seminar"].save_revision().publish()
        html = client.get(tree["seminar"].url).content.decode()
        assert "</script><script>alert(1)" not in html
        assert self.json_ld(html)["name"] == "</script><script>alert(1)</script>"
