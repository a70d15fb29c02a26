import csv
import io
import json

import pytest
from django.utils import translation

from directory.factories import ActorFactory, MunicipalityPageFactory
from directory.models import Language, Sector
from home.models import TargetGroup
from languages.translation import translate_with_strings


def streamed(response):
    return b"".join(response.streaming_content).decode("utf-8")


def csv_records(response):
    return list(csv.DictReader(io.StringIO(streamed(response).lstrip("\ufeff"))))


@pytest.fixture
def actors(tree):
    tree["library"].languages.set([Language.objects.get(code="ar"), Language.objects.get(code="uk")])
    tree["library"].target_groups.set([TargetGroup.objects.get(code="refugees")])
    tree["library"].save()
    return tree


@pytest.mark.django_db
class TestCsvExport:
    def test_municipality_export_lists_its_live_actors(self, client, actors):
        response = client.get("/da/open-data/751/actors.csv")
        assert response.status_code == 200
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        assert 'filename="erfaringsportalen-aktoerer-751-da.csv"' in response["Content-Disposition"]
        names = [row["name"] for row in csv_records(response)]
        assert names == ["Aarhus Hovedbibliotek", "Jobcenter Aarhus"]

    def test_row_carries_work_contact_details_languages_and_target_groups(self, client, actors):
        row = csv_records(client.get("/da/open-data/751/actors.csv"))[0]
        assert row["municipality_code"] == "751"
        assert row["sector"] == Sector.LIBRARY
        with translation.override("da"):
            assert row["sector_label"] == str(Sector.LIBRARY.label)
        assert row["phone"] == "+45 00 00 00 00"
        assert row["email"] == "aarhus-hovedbibliotek@example.org"
        assert row["languages"] == "ar; uk"
        assert row["target_groups"] == "refugees"
        assert row["url"] == "http://localhost/da/kommuner/aarhus/aarhus-hovedbibliotek/"

    def test_national_export_covers_every_municipality(self, client, actors):
        odense = MunicipalityPageFactory(
            parent=actors["directory"], title="Odense", slug="odense", code="461"
        )
        ActorFactory(municipality=odense, name="Odense Bibliotekerne", slug="odense-bibliotekerne")
        rows = csv_records(client.get("/da/open-data/actors.csv"))
        assert [(row["municipality_code"], row["name"]) for row in rows] == [
            ("461", "Odense Bibliotekerne"),
            ("751", "Aarhus Hovedbibliotek"),
            ("751", "Jobcenter Aarhus"),
        ]

    def test_drafts_are_left_out(self, client, actors):
        ActorFactory(municipality=actors["municipality"], name="Kladde", slug="kladde", live=False)
        names = {row["name"] for row in csv_records(client.get("/da/open-data/751/actors.csv"))}
        assert "Kladde" not in names

    def test_actors_of_an_unpublished_municipality_are_left_out(self, client, actors):
        actors["municipality"].unpublish()
        assert csv_records(client.get("/da/open-data/actors.csv")) == []

    def test_unknown_municipality_code_is_not_found(self, client, actors):
        assert client.get("/da/open-data/999/actors.csv").status_code == 404
        assert client.get("/da/open-data/abc/actors.csv").status_code == 404

    def test_spreadsheet_formulas_are_neutralised(self, client, actors):
        actors["job_centre"].opening_hours = '=HYPERLINK("http://evil.example")'
        actors["job_centre"].save()
        row = csv_records(client.get("/da/open-data/751/actors.csv"))[1]
        assert row["opening_hours"] == '\'=HYPERLINK("http://evil.example")'
        assert row["phone"] == "+45 00 00 00 00"


@pytest.mark.django_db
class TestJsonExport:
    def test_is_one_json_document_with_its_scope(self, client, actors):
        response = client.get("/da/open-data/751/actors.json")
        document = json.loads(streamed(response))
        assert document["municipality_code"] == "751"
        assert document["language"] == "da"
        assert [actor["name"] for actor in document["actors"]] == [
            "Aarhus Hovedbibliotek",
            "Jobcenter Aarhus",
        ]
        assert document["actors"][0]["languages"] == ["ar", "uk"]

    def test_english_export_uses_translations_and_falls_back_to_danish(self, client, actors, home_page):
        for page in (home_page, actors["directory"], actors["municipality"]):
            translate_with_strings(page, "en", {})
        translate_with_strings(actors["library"], "en", {"Aarhus Hovedbibliotek": "Aarhus Main Library"})
        with_labels = json.loads(streamed(client.get("/en/open-data/751/actors.json")))
        by_language = {actor["name"]: actor for actor in with_labels["actors"]}
        assert by_language["Aarhus Main Library"]["language"] == "en"
        assert by_language["Aarhus Main Library"]["sector_label"] == "Library"
        assert by_language["Jobcenter Aarhus"]["language"] == "da"
        assert len(with_labels["actors"]) == 2

    def test_no_personal_data_of_the_coordinator(self, client, actors):
        actors["municipality"].coordinator_name = "Mette Lund"
        actors["municipality"].coordinator_email = "mette.lund@example.org"
        actors["municipality"].save_revision().publish()
        body = streamed(client.get("/da/open-data/751/actors.json"))
        assert "Mette Lund" not in body
        assert "mette.lund@example.org" not in body


@pytest.mark.django_db
class TestDownloadLinks:
    def test_municipality_page_links_its_own_exports(self, client, actors):
        html = client.get(actors["municipality"].url).content.decode()
        assert 'href="/da/open-data/751/actors.csv"' in html
        assert 'href="/da/open-data/751/hsds.json"' in html

    def test_municipality_index_links_the_national_exports(self, client, actors):
        html = client.get(actors["directory"].url).content.decode()
        assert 'href="/da/open-data/actors.csv"' in html
        assert 'href="/da/open-data/actors.json"' in html


def _national_directory(tree, municipalities, actors_each):
    languages = list(Language.objects.filter(code__in=["ar", "uk", "pl"]))
    groups = list(TargetGroup.objects.all()[:2])
    for number in range(municipalities):
        page = MunicipalityPageFactory(parent=tree["directory"], code=f"{200 + number}")
        for _index in range(actors_each):
            actor = ActorFactory(municipality=page, languages=languages, target_groups=groups)
            actor.save()


@pytest.mark.django_db
class TestQueriesStayBounded:
    """The number of queries must not grow with the number of actors (5,000 nationally)."""

    @pytest.mark.parametrize(("municipalities", "actors_each"), [(1, 2), (6, 10)])
    @pytest.mark.parametrize("url", ["/da/open-data/actors.csv", "/da/open-data/actors.json"])
    def test_streamed_exports(
        self, client, tree, django_assert_max_num_queries, municipalities, actors_each, url
    ):
        _national_directory(tree, municipalities, actors_each)
        with django_assert_max_num_queries(8):
            response = client.get(url)
            body = streamed(response)
        assert body.count("example.org") >= municipalities * actors_each

    @pytest.mark.parametrize(("municipalities", "actors_each"), [(1, 2), (6, 10)])
    def test_hsds_export(self, client, tree, django_assert_max_num_queries, municipalities, actors_each):
        _national_directory(tree, municipalities, actors_each)
        with django_assert_max_num_queries(13):
            document = json.loads(streamed(client.get("/da/open-data/hsds.json")))
        assert len(document["organizations"]) == municipalities * actors_each + 2
