import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text

from directory.factories import MunicipalityIndexPageFactory, MunicipalityPageFactory
from directory.models import MunicipalityIndexPage, MunicipalityPage
from home.models import HomePage


class TestDirectoryPageRules(WagtailPageTestCase):
    def test_municipality_index_lives_under_the_home_page_only(self):
        self.assertAllowedParentPageTypes(MunicipalityIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(MunicipalityIndexPage, {MunicipalityPage})

    def test_municipality_lives_under_the_index_and_has_no_children(self):
        self.assertAllowedParentPageTypes(MunicipalityPage, {MunicipalityIndexPage})
        self.assertAllowedSubpageTypes(MunicipalityPage, set())

    def test_only_one_municipality_index_per_language(self):
        home = HomePage.objects.get(locale__language_code="da", depth=2)
        MunicipalityIndexPageFactory(parent=home)
        assert not MunicipalityIndexPage.can_create_at(home)


class TestDirectoryPageAdmin(WagtailPageTestCase):
    def setUp(self):
        self.home = HomePage.objects.get(locale__language_code="da", depth=2)
        self.login()

    def test_editor_creates_a_municipality_index_and_a_municipality(self):
        self.assertCanCreate(
            self.home,
            MunicipalityIndexPage,
            nested_form_data(
                {"title": "Kommuner", "slug": "kommuner", "intro": rich_text("<p>Alle kommuner.</p>")}
            ),
        )
        index = MunicipalityIndexPage.objects.get(slug="kommuner")
        self.assertCanCreate(
            index,
            MunicipalityPage,
            nested_form_data(
                {
                    "title": "Odense",
                    "slug": "odense",
                    "code": "461",
                    "region": "DK-83",
                    "intro": rich_text("<p>Nytilkomne i Odense.</p>"),
                    "coordinator_name": "Camilla Juhl",
                    "coordinator_title": "",
                    "coordinator_email": "camilla@example.org",
                    "coordinator_phone": "",
                }
            ),
        )
        assert MunicipalityPage.objects.get(code="461").region == "DK-83"

    def test_a_malformed_municipality_code_is_refused_at_the_field(self):
        index = MunicipalityIndexPageFactory(parent=self.home)
        url = f"/admin/pages/add/directory/municipalitypage/{index.pk}/"
        data = nested_form_data(
            {"title": "Odense", "slug": "odense", "code": "46x", "region": "DK-83", "intro": rich_text("")}
        )
        response = self.client.post(url, data)
        assert response.status_code == 200
        with translation.override("da"):
            assert response.context["form"].errors["code"] == [
                translation.gettext("Choose a municipality from the official list.")
            ]
        assert not MunicipalityPage.objects.filter(slug="odense").exists()


@pytest.mark.django_db
class TestMunicipalityCodeIsUniquePerLanguage:
    def test_a_second_municipality_with_the_same_code_is_refused(self, tree):
        duplicate = MunicipalityPageFactory.build(title="Aarhus igen", slug="aarhus-igen", code="751")
        tree["directory"].add_child(
            instance=MunicipalityPageFactory.build(title="Odense", slug="odense", code="461")
        )
        duplicate.locale = tree["municipality"].locale
        with pytest.raises(ValidationError) as error:
            duplicate.clean()
        assert "code" in error.value.message_dict


@pytest.mark.django_db
class TestDirectoryRendering:
    def test_index_groups_municipalities_by_region(self, client, tree):
        response = client.get(tree["directory"].url)
        html = response.content.decode()
        assert response.status_code == 200
        assert "Region Midtjylland" in html
        assert 'href="/da/kommuner/aarhus/"' in html

    def test_municipality_lists_its_actors_by_sector(self, client, tree):
        response = client.get(tree["municipality"].url)
        html = response.content.decode()
        assert "Aarhus Hovedbibliotek" in html
        assert "Jobcenter Aarhus" in html
        assert "Bibliotek" in html

    def test_actor_has_its_own_page_under_its_municipality(self, client, tree):
        response = client.get("/da/kommuner/aarhus/aarhus-hovedbibliotek/")
        html = response.content.decode()
        assert response.status_code == 200
        assert "<h1>Aarhus Hovedbibliotek</h1>" in html
        assert "Jobcafé på biblioteket" in html

    def test_a_draft_actor_is_not_shown(self, client, tree):
        tree["job_centre"].live = False
        tree["job_centre"].save()
        assert "Jobcenter Aarhus" not in client.get(tree["municipality"].url).content.decode()
        assert client.get("/da/kommuner/aarhus/jobcenter-aarhus/").status_code == 404

    def test_municipality_renders_in_english(self, client, tree, english):
        index = tree["directory"].copy_for_translation(english, copy_parents=True)
        index.save_revision().publish()
        page = tree["municipality"].copy_for_translation(english, copy_parents=True)
        page.save_revision().publish()
        with translation.override("en"):
            response = client.get(page.url)
        html = response.content.decode()
        assert response.status_code == 200
        assert '<html lang="en"' in html
        assert "Central Denmark Region" in html


@pytest.mark.django_db
class TestMunicipalityIndex:
    def test_each_municipality_shows_its_number_of_actors(self, client, tree):
        response = client.get(tree["directory"].url)
        [(_code, _region, municipalities)] = response.context["listing"].regions
        assert municipalities[0].actor_count == 2

    def test_filter_box_finds_by_name_or_code(self, client, tree):
        MunicipalityPageFactory(
            parent=tree["directory"], title="Odense", slug="odense", code="461", region="DK-83"
        )
        by_name = client.get(tree["directory"].url, {"q": "oden"}).context["listing"].regions
        by_code = client.get(tree["directory"].url, {"q": "751"}).context["listing"].regions
        assert [m.title for _c, _r, ms in by_name for m in ms] == ["Odense"]
        assert [m.title for _c, _r, ms in by_code for m in ms] == ["Aarhus"]
