"""What the handout URL answers to odd and hostile requests, and what its renderer refuses to read."""

from unittest import mock

import pytest
from weasyprint.urls import URLFetchingError

from handouts import rendering
from tests.handouts.conftest import handout_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def renders():
    calls = []

    def render(html, base_url):
        calls.append(html)
        return b"%PDF-1.7 stand-in"

    with mock.patch.object(rendering, "render_pdf", side_effect=render):
        yield calls


class TestNotFound:
    def test_an_unknown_page(self, client, tree, renders):
        assert client.get("/da/handouts/municipality/987654.pdf").status_code == 404

    def test_a_page_of_another_kind(self, client, tree, renders):
        assert client.get(handout_url("municipality", tree["seminar"], "da")).status_code == 404

    def test_a_page_with_no_handout(self, client, tree, renders):
        assert client.get(f"/da/handouts/municipality/{tree['directory'].pk}.pdf").status_code == 404

    def test_an_unknown_kind(self, client, tree, renders):
        assert client.get(f"/da/handouts/actor/{tree['municipality'].pk}.pdf").status_code == 404

    def test_an_unknown_language(self, client, tree, renders):
        assert client.get(f"/xx/handouts/municipality/{tree['municipality'].pk}.pdf").status_code == 404

    def test_a_number_no_page_id_can_be(self, client, tree, renders):
        assert client.get("/da/handouts/municipality/99999999999999999999.pdf").status_code == 404

    def test_an_unpublished_page(self, client, tree, renders):
        tree["seminar"].unpublish()
        assert client.get(handout_url("seminar", tree["seminar"], "da")).status_code == 404
        assert renders == []


class TestOddInput:
    def test_a_post_is_refused(self, client, tree, renders):
        assert client.post(handout_url("seminar", tree["seminar"], "da")).status_code == 405

    def test_malformed_filters_are_ignored(self, client, tree, renders):
        url = handout_url("municipality", tree["municipality"], "da")
        for query in (
            "",
            "?sector=<script>",
            "?sector=library'--",
            "?language=" + "a" * 500,
            "?sector=%C3%A6",
        ):
            assert client.get(url + query).status_code == 200
        assert len(renders) == 1

    def test_a_municipality_code_that_is_no_code_is_ignored(self, client, tree, renders):
        url = handout_url("case-study", tree["case_study"], "da")
        client.get(url)
        client.get(url + "?municipality=75 1")
        client.get(url + "?municipality=751%0A")
        assert len(renders) == 1


class TestTooManyRenderings:
    def test_a_client_rendering_without_end_is_asked_to_wait(self, client, tree, renders, settings):
        settings.FORM_RATE_LIMITS = {**settings.FORM_RATE_LIMITS, "handout": (2, 600)}
        url = handout_url("municipality", tree["municipality"], "da")
        answers = [
            client.get(f"{url}?sector={sector}").status_code for sector in ("library", "job_centre", "health")
        ]
        assert answers == [200, 200, 429]

    def test_the_wait_is_explained_in_the_readers_language(self, client, tree, renders, settings):
        settings.FORM_RATE_LIMITS = {**settings.FORM_RATE_LIMITS, "handout": (0, 600)}
        response = client.get(handout_url("seminar", tree["seminar"], "da"))
        assert response.status_code == 429
        assert response["Retry-After"] == "600"
        assert '<html lang="da"' in response.content.decode()

    def test_kept_handouts_are_not_counted(self, client, tree, renders, settings):
        settings.FORM_RATE_LIMITS = {**settings.FORM_RATE_LIMITS, "handout": (1, 600)}
        url = handout_url("seminar", tree["seminar"], "da")
        assert [client.get(url).status_code for _request in range(5)] == [200] * 5


class TestRendererReadsOnlyTheSitesFiles:
    @pytest.fixture
    def fetcher(self):
        return rendering.SiteFilesFetcher(origins=["http://localhost"])

    def test_reads_the_sites_stylesheet(self, fetcher):
        response = fetcher.fetch("http://localhost/static/css/handout.css")
        assert response.content_type == "text/css"
        assert b"@page" in response.read()

    @pytest.mark.parametrize(
        "url",
        [
            "file:///etc/passwd",
            "http://example.org/static/css/handout.css",
            "http://169.254.169.254/latest/meta-data/",
            "http://localhost/admin/",
            "http://localhost/static/../../config/settings/base.py",
            "http://localhost/static/%2e%2e/%2e%2e/config/settings/base.py",
            "ftp://localhost/static/css/handout.css",
        ],
    )
    def test_refuses_anything_else(self, fetcher, url):
        with pytest.raises(ValueError):
            fetcher.fetch(url)

    def test_a_missing_static_file_stops_the_rendering(self, fetcher):
        from weasyprint.urls import FatalURLFetchingError

        with pytest.raises(FatalURLFetchingError):
            fetcher.fetch("http://localhost/static/dist/fonts/missing.woff2")

    def test_weasyprint_reports_a_refused_url_as_a_fetching_error(self, fetcher):
        from weasyprint.urls import fetch

        with pytest.raises(URLFetchingError), fetch(fetcher, "file:///etc/passwd"):
            pass


class TestPangoCheck:
    def test_warns_when_pango_is_missing(self):
        from handouts import checks

        with mock.patch.object(checks, "find_library", return_value=None):
            [warning] = checks.pango_installed(None)
        assert warning.id == "handouts.W001"

    def test_is_quiet_when_pango_is_there(self):
        from handouts import checks

        with mock.patch.object(checks, "find_library", return_value="libpango-1.0.so.0"):
            assert checks.pango_installed(None) == []
