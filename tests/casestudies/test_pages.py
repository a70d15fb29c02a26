import datetime

import pytest
from django.utils import translation
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from casestudies.factories import CaseStudyIndexPageFactory
from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from directory.factories import ActorFactory, MunicipalityIndexPageFactory, MunicipalityPageFactory
from directory.models import Sector
from home.models import HomePage, TargetGroup


class TestCaseStudyPageRules(WagtailPageTestCase):
    def test_index_lives_under_the_home_page(self):
        self.assertAllowedParentPageTypes(CaseStudyIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CaseStudyIndexPage, {CaseStudyPage})

    def test_case_study_lives_under_the_index(self):
        self.assertAllowedParentPageTypes(CaseStudyPage, {CaseStudyIndexPage})
        self.assertAllowedSubpageTypes(CaseStudyPage, set())


class TestCaseStudyAdmin(WagtailPageTestCase):
    def setUp(self):
        self.home = HomePage.objects.get(locale__language_code="da", depth=2)
        self.index = CaseStudyIndexPageFactory(parent=self.home)
        directory = MunicipalityIndexPageFactory(parent=self.home)
        self.municipality = MunicipalityPageFactory(parent=directory, title="Vejle", slug="vejle", code="630")
        self.library = ActorFactory(municipality=self.municipality, name="Vejle Bibliotekerne")
        self.school = ActorFactory(
            municipality=self.municipality, name="Sprogcenter Vejle", sector=Sector.LANGUAGE_SCHOOL
        )
        self.login()

    def form_data(self, participants, **overrides):
        data = {
            "title": "Sprogvenner i Vejle",
            "slug": "sprogvenner",
            "summary": "Frivillige sprogvenner mødte nytilkomne på biblioteket.",
            "start_date": "2024-02-01",
            "end_date": "2024-12-31",
            "origin": "newcomers_project",
            "municipalities": inline_formset([{"municipality": str(self.municipality.pk)}], min=1),
            "participants": inline_formset(participants, min=2),
            "body": streamfield(
                [
                    ("challenge", rich_text("<p>Partnere manglede nogen at tale dansk med.</p>")),
                    ("quote", {"text": "Nu tør jeg tale dansk.", "attribution": "Olena"}),
                ]
            ),
            "contact_name": "Maria Skov",
            "contact_role": "Bibliotekar",
            "contact_email": "maria@example.org",
            "contact_phone": "",
        }
        data.update(overrides)
        form = nested_form_data(data)
        form["target_groups"] = [str(TargetGroup.objects.get(code="partners").pk)]
        return form

    def test_editor_creates_a_case_study_with_two_actors(self):
        participants = [
            {"actor": str(self.library.pk), "role": "Lagde lokaler til"},
            {"actor": str(self.school.pk), "role": "Fandt deltagere"},
        ]
        self.assertCanCreate(self.index, CaseStudyPage, self.form_data(participants))
        page = CaseStudyPage.objects.get(slug="sprogvenner")
        assert [p.actor for p in page.participants.order_by("sort_order")] == [self.library, self.school]
        assert page.participants.first().locale == page.locale
        assert [group.code for group in page.target_groups.all()] == ["partners"]

    def test_a_case_study_with_one_actor_is_refused_and_keeps_the_input(self):
        url = f"/admin/pages/add/casestudies/casestudypage/{self.index.pk}/"
        data = self.form_data([{"actor": str(self.library.pk), "role": "Alene"}])
        data["participants-MIN_NUM_FORMS"] = "0"
        response = self.client.post(url, data)
        html = response.content.decode()
        assert response.status_code == 200
        assert not CaseStudyPage.objects.filter(slug="sprogvenner").exists()
        assert "Sprogvenner i Vejle" in html

    def test_an_end_before_the_start_is_refused_at_the_end_date(self):
        url = f"/admin/pages/add/casestudies/casestudypage/{self.index.pk}/"
        participants = [{"actor": str(self.library.pk)}, {"actor": str(self.school.pk)}]
        response = self.client.post(url, self.form_data(participants, end_date="2023-01-01"))
        assert response.status_code == 200
        assert "end_date" in response.context["form"].errors
        assert not CaseStudyPage.objects.filter(slug="sprogvenner").exists()


@pytest.mark.django_db
class TestCaseStudyRendering:
    def test_case_study_shows_sections_actors_roles_and_municipality(self, client, tree):
        response = client.get(tree["case_study"].url)
        html = response.content.decode()
        assert response.status_code == 200
        assert "Mange partnere manglede netværk." in html
        assert 'href="/da/kommuner/aarhus/aarhus-hovedbibliotek/"' in html
        assert "Lagde lokaler til" in html
        assert 'href="/da/kommuner/aarhus/"' in html
        assert "Job og karriere" in html

    def test_index_lists_published_case_studies(self, client, tree):
        html = client.get(tree["case_index"].url).content.decode()
        assert "Jobcafé på biblioteket" in html

    def test_case_study_renders_in_english(self, client, tree, english):
        tree["case_index"].copy_for_translation(english, copy_parents=True).save_revision().publish()
        translated = tree["case_study"].copy_for_translation(english, copy_parents=True)
        translated.save_revision().publish()
        with translation.override("en"):
            response = client.get(translated.url)
        assert response.status_code == 200
        assert '<html lang="en"' in response.content.decode()
        assert tree["case_study"].start_date == datetime.date(2024, 1, 15)
