import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from django.utils.translation import gettext
from icalendar import Calendar
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from directory.factories import MunicipalityIndexPageFactory, MunicipalityPageFactory
from home.models import HomePage
from seminars.factories import SeminarIndexPageFactory, SeminarPageFactory
from seminars.models import SeminarIndexPage, SeminarPage


class TestSeminarPageRules(WagtailPageTestCase):
    def test_index_lives_under_the_home_page(self):
        self.assertAllowedParentPageTypes(SeminarIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(SeminarIndexPage, {SeminarPage})

    def test_seminar_lives_under_the_index(self):
        self.assertAllowedParentPageTypes(SeminarPage, {SeminarIndexPage})
        self.assertAllowedSubpageTypes(SeminarPage, set())


class TestSeminarAdmin(WagtailPageTestCase):
    def setUp(self):
        home = HomePage.objects.get(locale__language_code="da", depth=2)
        self.index = SeminarIndexPageFactory(parent=home)
        directory = MunicipalityIndexPageFactory(parent=home)
        self.municipality = MunicipalityPageFactory(
            parent=directory, title="Esbjerg", slug="esbjerg", code="561"
        )
        self.login()

    def form_data(self, **overrides):
        data = {
            "title": "Seminar i Esbjerg",
            "slug": "seminar-esbjerg",
            "intro": "Erfaringer med international velkomst.",
            "start": "2027-03-04 09:30",
            "end": "2027-03-04 15:00",
            "status": "planned",
            "capacity": "50",
            "registration_deadline": "2027-02-25 23:59",
            "municipality": str(self.municipality.pk),
            "organiser": "Esbjerg Bibliotekerne",
            "venue": "Hovedbiblioteket, salen",
            "address": "Nørregade 19",
            "postcode": "6700",
            "city": "Esbjerg",
            "programme": streamfield(
                [("item", {"time": "09:30", "title": "Velkomst", "speaker": "", "description": ""})]
            ),
            "summary": rich_text(""),
            "materials": streamfield([]),
            "photos": streamfield([]),
            "presented_case_studies-TOTAL_FORMS": "0",
            "presented_case_studies-INITIAL_FORMS": "0",
            "presented_case_studies-MIN_NUM_FORMS": "0",
            "presented_case_studies-MAX_NUM_FORMS": "1000",
        }
        data.update(overrides)
        return nested_form_data(data)

    def test_editor_creates_a_seminar_in_danish_time(self):
        self.assertCanCreate(self.index, SeminarPage, self.form_data())
        seminar = SeminarPage.objects.get(slug="seminar-esbjerg")
        assert timezone.localtime(seminar.start).strftime("%H:%M") == "09:30"
        assert seminar.programme[0].value["title"] == "Velkomst"

    def test_a_seminar_that_ends_before_it_starts_is_refused(self):
        url = f"/admin/pages/add/seminars/seminarpage/{self.index.pk}/"
        response = self.client.post(url, self.form_data(end="2027-03-04 08:00"))
        assert response.status_code == 200
        assert not SeminarPage.objects.filter(slug="seminar-esbjerg").exists()
        assert "Seminar i Esbjerg" in response.content.decode()


@pytest.mark.django_db
class TestSeminarRules:
    def test_registration_must_close_before_the_start(self, tree):
        seminar = tree["seminar"]
        seminar.registration_deadline = seminar.start + datetime.timedelta(hours=1)
        with pytest.raises(ValidationError) as error:
            seminar.clean()
        assert "registration_deadline" in error.value.message_dict


@pytest.mark.django_db
class TestSeminarRendering:
    def test_seminar_shows_programme_venue_and_presented_case_studies(self, client, tree):
        html = client.get(tree["seminar"].url).content.decode()
        assert "Velkomst" in html
        assert "Hovedbiblioteket, salen" in html
        assert "Jobcafé på biblioteket" in html

    def test_cancelled_seminar_says_so(self, client, tree):
        seminar = tree["seminar"]
        seminar.status = "cancelled"
        seminar.save_revision().publish()
        html = client.get(seminar.url).content.decode()
        assert "status--cancelled" in html

    def test_index_separates_upcoming_and_past(self, client, tree):
        past = SeminarPageFactory.build(
            title="Seminar i fjor",
            slug="i-fjor",
            municipality=tree["municipality"],
            start=timezone.now() - datetime.timedelta(days=200),
            end=timezone.now() - datetime.timedelta(days=200, hours=-5),
        )
        tree["seminar_index"].add_child(instance=past)
        response = client.get(tree["seminar_index"].url)
        assert list(response.context["listing"].upcoming) == [tree["seminar"]]
        assert list(response.context["listing"].past) == [past]

    def test_seminar_renders_in_english(self, client, tree, english):
        tree["seminar_index"].copy_for_translation(english, copy_parents=True).save_revision().publish()
        translated = tree["seminar"].copy_for_translation(english, copy_parents=True)
        translated.save_revision().publish()
        with translation.override("en"):
            response = client.get(translated.url)
        assert response.status_code == 200
        assert '<html lang="en"' in response.content.decode()


@pytest.mark.django_db
class TestSeminarIndexFilter:
    def test_filter_by_municipality(self, client, tree):
        odense = MunicipalityPageFactory(parent=tree["directory"], title="Odense", slug="odense", code="461")
        tree["seminar_index"].add_child(
            instance=SeminarPageFactory.build(
                title="Seminar i Odense", slug="odense-seminar", municipality=odense
            )
        )
        response = client.get(tree["seminar_index"].url, {"municipality": "461"})
        assert [seminar.title for seminar in response.context["listing"].upcoming] == ["Seminar i Odense"]
        choices = dict(response.context["filter_form"].fields["municipality"].choices)
        assert choices["461"] == "Odense"
        assert choices["751"] == "Aarhus"


@pytest.mark.django_db
class TestSeminarIndexPagination:
    """Upcoming seminars come first (soonest first), then past ones (latest first), a page at a time."""

    def add_seminar(self, tree, slug, days, municipality=None):
        start = timezone.now().replace(microsecond=0) + datetime.timedelta(days=days)
        seminar = SeminarPageFactory.build(
            title=slug,
            slug=slug,
            municipality=municipality or tree["municipality"],
            start=start,
            end=start + datetime.timedelta(hours=5),
        )
        tree["seminar_index"].add_child(instance=seminar)
        return seminar

    @pytest.fixture
    def seminars(self, tree, monkeypatch):
        monkeypatch.setattr("seminars.models.pages.SEMINARS_PER_PAGE", 2)
        # The tree's own seminar starts in 20 days.
        self.add_seminar(tree, "soon", 5)
        self.add_seminar(tree, "later", 60)
        self.add_seminar(tree, "last-month", -30)
        self.add_seminar(tree, "last-year", -300)
        return tree

    def titles(self, response):
        return (
            [seminar.slug for seminar in response.context["listing"].upcoming],
            [seminar.slug for seminar in response.context["listing"].past],
        )

    def test_pages_list_upcoming_then_past(self, client, seminars):
        url = seminars["seminar_index"].url
        tree_seminar = seminars["seminar"].slug
        first = client.get(url)
        assert self.titles(first) == (["soon", tree_seminar], [])
        html = first.content.decode()
        with translation.override("da"):
            assert gettext("Past seminars follow the upcoming ones on the next pages.") in html
        assert 'id="past-heading"' not in html
        assert 'rel="next" href="?page=2"' in html
        assert self.titles(client.get(url, {"page": 2})) == (["later"], ["last-month"])
        last = client.get(url, {"page": 3})
        assert self.titles(last) == ([], ["last-year"])
        assert 'id="upcoming-heading"' not in last.content.decode()
        assert 'rel="prev" href="?page=2"' in last.content.decode()

    def test_out_of_range_page_shows_the_last(self, client, seminars):
        response = client.get(seminars["seminar_index"].url, {"page": 99})
        assert response.status_code == 200
        assert self.titles(response) == ([], ["last-year"])

    def test_filter_is_kept_across_pages(self, client, seminars):
        odense = MunicipalityPageFactory(
            parent=seminars["directory"], title="Odense", slug="odense", code="461"
        )
        for slug, days in [("odense-1", 10), ("odense-2", 20), ("odense-3", -10)]:
            self.add_seminar(seminars, slug, days, municipality=odense)
        first = client.get(seminars["seminar_index"].url, {"municipality": "461"})
        assert self.titles(first) == (["odense-1", "odense-2"], [])
        assert 'href="?municipality=461&amp;page=2"' in first.content.decode()
        second = client.get(seminars["seminar_index"].url, {"municipality": "461", "page": 2})
        assert self.titles(second) == ([], ["odense-3"])

    def test_no_seminars_at_all(self, client, tree):
        tree["seminar"].unpublish()
        html = client.get(tree["seminar_index"].url).content.decode()
        with translation.override("da"):
            assert gettext("No seminars are planned right now.") in html
            assert gettext("No seminars have been held yet.") in html
        assert 'class="pagination"' not in html

    def test_calendar_feed_lists_the_upcoming_seminars_not_a_page_of_them(self, client, seminars):
        """The feed is not paginated like the index: a calendar subscription gets every upcoming seminar."""
        ics = client.get(seminars["seminar_index"].url + "calendar/").content.decode()
        assert ics.count("BEGIN:VEVENT") == 3

    def test_calendar_feed_stops_at_its_limit_with_the_soonest(self, client, seminars, monkeypatch):
        """Bounded however many seminars are planned; the calendar app picks up later ones on a later read."""
        monkeypatch.setattr("seminars.models.pages.CALENDAR_FEED_LIMIT", 2)
        response = client.get(seminars["seminar_index"].url + "calendar/")
        summaries = [str(event["SUMMARY"]) for event in Calendar.from_ical(response.content).walk("VEVENT")]
        assert summaries == ["soon", seminars["seminar"].title]
