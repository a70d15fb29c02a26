import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
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
        assert list(response.context["upcoming"]) == [tree["seminar"]]
        assert list(response.context["past"]) == [past]

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
        assert [seminar.title for seminar in response.context["upcoming"]] == ["Seminar i Odense"]
        choices = dict(response.context["filter_form"].fields["municipality"].choices)
        assert choices["461"] == "Odense"
        assert choices["751"] == "Aarhus"
