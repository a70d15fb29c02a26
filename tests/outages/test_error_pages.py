"""Every error a reader can meet has the site's own page, in the reader's language, with the right status.

Each is rendered without the database (the failure may be the database) and carries no inline style or
script, which the Content-Security-Policy would block.
"""

from unittest import mock

import pytest
from django.test import Client
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext


def translated(text, language="da"):
    with translation.override(language):
        return escape(gettext(text))


def assert_own_page(response, status, heading, language="da"):
    html = response.content.decode()
    assert response.status_code == status
    assert f'<html lang="{language}" dir="{"rtl" if language == "ar" else "ltr"}">' in html
    assert translated(heading, language) in html
    assert "<style" not in html
    assert "<script" not in html
    assert " style=" not in html


@pytest.fixture
def csrf_client():
    return Client(enforce_csrf_checks=True)


@pytest.mark.django_db
class TestErrorPages:
    def test_bad_request_in_danish(self, client):
        response = client.get("/da/search/?q=%00")
        assert_own_page(response, 400, "The request could not be understood")

    def test_bad_request_in_arabic_reads_right_to_left(self, client):
        response = client.get("/ar/search/?q=%00")
        assert_own_page(response, 400, "The request could not be understood", "ar")

    def test_too_many_fields_is_a_bad_request(self, csrf_client, settings):
        settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 5
        csrf_client.cookies["csrftoken"] = "x" * 32
        response = csrf_client.post("/da/search/", {f"field{number}": "x" for number in range(10)})
        assert_own_page(response, 400, "The request could not be understood")

    def test_oversize_body_is_content_too_large(self, csrf_client, settings):
        settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
        csrf_client.cookies["csrftoken"] = "x" * 32
        response = csrf_client.post("/pl/search/", {"text": "x" * 5000})
        assert_own_page(response, 413, "What you sent is too large", "pl")

    def test_csrf_failure_is_the_sites_own_page(self, csrf_client):
        response = csrf_client.post("/uk/search/", {"q": "bibliotek"})
        assert_own_page(response, 403, "The form has expired", "uk")

    def test_server_error_is_translated(self, client):
        client.raise_request_exception = False
        with mock.patch("search.views.render", side_effect=RuntimeError("bug")):
            response = client.get("/ar/search/?q=x")
        assert_own_page(response, 500, "Something went wrong", "ar")

    def test_not_found_is_translated(self, client, tree):
        response = client.get("/en/no-such-page/")
        assert response.status_code == 404
        assert '<html lang="en"' in response.content.decode()
        assert translated("Page not found", "en") in response.content.decode()

    def test_api_answers_bad_input_in_json(self, client):
        response = client.get("/api/v1/actors?q=%00&language=en")
        assert response.status_code == 400
        assert response.json()["errors"]["query"] == translated(
            "The query holds characters that are not allowed, such as a NUL byte.", "en"
        )
