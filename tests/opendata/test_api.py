import datetime

import pytest
from django.core.cache import cache
from django.utils import timezone, translation
from django.utils.translation import gettext

from casestudies.factories import (
    CaseStudyMunicipalityFactory,
    CaseStudyPageFactory,
    CaseStudyParticipantFactory,
)
from directory.factories import ActorFactory, MunicipalityPageFactory
from directory.models import Sector
from languages.translation import translate_with_strings
from opendata.api import api
from seminars.factories import SeminarPageFactory


@pytest.fixture(autouse=True)
def fresh_throttle():
    """Throttling counts requests in the cache; every test starts with a clean count."""
    cache.clear()
    yield
    cache.clear()


@pytest.mark.django_db
class TestActors:
    def test_lists_live_actors_with_work_contact_details(self, client, tree):
        ActorFactory(municipality=tree["municipality"], name="Kladde", slug="kladde", live=False)
        data = client.get("/api/v1/actors").json()
        assert data["count"] == 2
        assert [item["name"] for item in data["items"]] == ["Aarhus Hovedbibliotek", "Jobcenter Aarhus"]
        assert data["items"][0]["email"] == "aarhus-hovedbibliotek@example.org"
        assert data["items"][0]["municipality_code"] == "751"

    def test_filters_by_municipality_and_sector(self, client, tree):
        odense = MunicipalityPageFactory(parent=tree["directory"], title="Odense", slug="odense", code="461")
        ActorFactory(municipality=odense, name="Odense Jobcenter", slug="jobcenter", sector=Sector.JOB_CENTRE)
        by_code = client.get("/api/v1/actors", {"municipality": "461"}).json()
        assert [item["name"] for item in by_code["items"]] == ["Odense Jobcenter"]
        by_sector = client.get("/api/v1/actors", {"sector": "job_centre", "municipality": "751"}).json()
        assert [item["name"] for item in by_sector["items"]] == ["Jobcenter Aarhus"]

    def test_filters_by_modified_since(self, client, tree):
        Actor = type(tree["library"])
        now = timezone.now()
        Actor.objects.filter(pk=tree["library"].pk).update(
            last_published_at=now - datetime.timedelta(days=30)
        )
        Actor.objects.filter(pk=tree["job_centre"].pk).update(last_published_at=now)
        since = (timezone.now() - datetime.timedelta(days=1)).isoformat()
        data = client.get("/api/v1/actors", {"modified_since": since}).json()
        assert [item["name"] for item in data["items"]] == ["Jobcenter Aarhus"]

    def test_language_with_fallback(self, client, tree, home_page):
        for page in (home_page, tree["directory"], tree["municipality"]):
            translate_with_strings(page, "en", {})
        translate_with_strings(tree["library"], "en", {"Aarhus Hovedbibliotek": "Aarhus Main Library"})
        data = client.get("/api/v1/actors", {"language": "uk"}).json()
        languages = {item["name"]: item["language"] for item in data["items"]}
        assert languages == {"Aarhus Main Library": "en", "Jobcenter Aarhus": "da"}
        assert data["count"] == 2

    def test_pagination(self, client, tree):
        first = client.get("/api/v1/actors", {"page_size": 1}).json()
        assert (first["count"], first["pages"], first["previous"]) == (2, 2, None)
        assert first["next"] == "http://testserver/api/v1/actors?page_size=1&page=2"
        second = client.get(first["next"]).json()
        assert [item["name"] for item in second["items"]] == ["Jobcenter Aarhus"]
        assert second["next"] is None


@pytest.mark.django_db
class TestBadInput:
    def test_invalid_values_get_a_message_per_field(self, client, tree):
        response = client.get("/api/v1/actors", {"municipality": "75", "sector": "bank", "page": "0"})
        assert response.status_code == 422
        errors = response.json()["errors"]
        with translation.override("da"):
            assert errors["municipality"] == gettext(
                "A municipality code has exactly three digits, for example 751."
            )
        assert set(errors) == {"municipality", "sector", "page"}

    def test_message_in_the_asked_for_language(self, client, tree):
        from django.utils import translation

        from opendata.api import FIELD_ERRORS

        errors = client.get("/api/v1/actors", {"language": "pl", "page_size": "500"}).json()["errors"]
        with translation.override("pl"):
            assert errors == {"page_size": str(FIELD_ERRORS["page_size"])}

    def test_unknown_language_is_refused(self, client, tree):
        response = client.get("/api/v1/seminars", {"language": "de"})
        assert response.status_code == 422
        assert "language" in response.json()["errors"]


@pytest.mark.django_db
class TestCaseStudies:
    def test_lists_live_case_studies_without_personal_data(self, client, tree):
        case_study = tree["case_study"]
        case_study.contact_name = "Mette Lund"
        case_study.contact_email = "mette.lund@example.org"
        case_study.save_revision().publish()
        response = client.get("/api/v1/case-studies")
        item = response.json()["items"][0]
        assert item["title"] == "Jobcafé på biblioteket"
        assert item["municipality_codes"] == ["751"]
        assert {participant["sector"] for participant in item["participants"]} == {"library", "job_centre"}
        assert "Mette Lund" not in response.content.decode()
        assert "mette.lund@example.org" not in response.content.decode()

    def test_drafts_are_left_out(self, client, tree):
        tree["case_study"].unpublish()
        assert client.get("/api/v1/case-studies").json()["count"] == 0

    def test_filters(self, client, tree):
        assert client.get("/api/v1/case-studies", {"municipality": "751"}).json()["count"] == 1
        assert client.get("/api/v1/case-studies", {"municipality": "101"}).json()["count"] == 0
        assert client.get("/api/v1/case-studies", {"sector": "library"}).json()["count"] == 1
        assert client.get("/api/v1/case-studies", {"sector": "employer"}).json()["count"] == 0


@pytest.mark.django_db
class TestSeminars:
    def test_lists_live_seminars_by_municipality(self, client, tree):
        item = client.get("/api/v1/seminars", {"municipality": "751"}).json()["items"][0]
        assert item["title"] == "Formidlingsseminar i Aarhus"
        assert item["municipality_code"] == "751"
        assert client.get("/api/v1/seminars", {"municipality": "101"}).json()["count"] == 0

    def test_drafts_are_left_out(self, client, tree):
        tree["seminar"].unpublish()
        assert client.get("/api/v1/seminars").json()["count"] == 0


@pytest.mark.django_db
class TestOpenApi:
    def test_document_describes_the_endpoints_and_filters(self, client):
        document = client.get("/api/v1/openapi.json").json()
        assert {"/api/v1/actors", "/api/v1/case-studies", "/api/v1/seminars"} <= set(document["paths"])
        parameters = {
            parameter["name"] for parameter in document["paths"]["/api/v1/actors"]["get"]["parameters"]
        }
        assert {"language", "municipality", "sector", "modified_since", "page", "page_size"} <= parameters

    def test_docs_page_loads_nothing_from_a_cdn(self, client):
        html = client.get("/api/v1/docs").content.decode()
        assert "/static/ninja/swagger-ui-bundle.js" in html
        assert "cdn." not in html


@pytest.mark.django_db
class TestThrottling:
    def test_too_many_requests_are_refused(self, client, tree, monkeypatch):
        monkeypatch.setattr(api.throttle[0], "num_requests", 2)
        statuses = [client.get("/api/v1/seminars").status_code for _request in range(3)]
        assert statuses == [200, 200, 429]


@pytest.mark.django_db
class TestQueriesStayBounded:
    @pytest.mark.parametrize("actors_each", [2, 40])
    def test_actor_listing(self, client, tree, django_assert_max_num_queries, actors_each):
        for _index in range(actors_each):
            ActorFactory(municipality=tree["municipality"])
        with django_assert_max_num_queries(9):
            data = client.get("/api/v1/actors", {"page_size": 200}).json()
        assert data["count"] == actors_each + 2

    @pytest.mark.parametrize("extra", [0, 15])
    def test_case_study_listing(self, client, tree, django_assert_max_num_queries, extra):
        for _index in range(extra):
            case_study = CaseStudyPageFactory.build()
            case_study.themes = [tree["theme"]]
            case_study.municipalities = [
                CaseStudyMunicipalityFactory.build(page=None, municipality=tree["municipality"])
            ]
            case_study.participants = [
                CaseStudyParticipantFactory.build(page=None, locale=tree["library"].locale, actor=actor)
                for actor in (tree["library"], tree["job_centre"])
            ]
            tree["case_index"].add_child(instance=case_study)
        with django_assert_max_num_queries(11):
            data = client.get("/api/v1/case-studies").json()
        assert data["count"] == extra + 1
        assert all(len(item["participants"]) == 2 for item in data["items"])

    @pytest.mark.parametrize("extra", [0, 15])
    def test_seminar_listing(self, client, tree, django_assert_max_num_queries, extra):
        for _index in range(extra):
            SeminarPageFactory(parent=tree["seminar_index"], municipality=tree["municipality"])
        with django_assert_max_num_queries(8):
            data = client.get("/api/v1/seminars").json()
        assert data["count"] == extra + 1
