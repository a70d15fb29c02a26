from unittest import mock

import pytest
from django.contrib.auth.models import Group
from django.db.utils import InterfaceError, OperationalError
from django.test import RequestFactory
from django.urls import path
from django.utils import translation
from django.utils.translation import gettext

from outages.middleware import outage_response


def form_post(request):
    """Stores one row, then loses the database half-way, as a form POST during an outage would."""
    Group.objects.create(name="half-done")
    raise OperationalError("server closed the connection unexpectedly")


def interface_error(request):
    raise InterfaceError("connection already closed")


urlpatterns = [path("send/", form_post), path("read/", interface_error)]


def in_danish(text):
    with translation.override("da"):
        return gettext(text)


DATABASE_DOWN = OperationalError('connection to server at "127.0.0.1", port 5432 failed: Connection refused')


@pytest.mark.django_db
class TestDatabaseOutage:
    def test_page_request_gets_the_friendly_503_page(self, client, tree):
        with mock.patch("wagtail.models.Site.find_for_request", side_effect=DATABASE_DOWN):
            response = client.get(tree["municipality"].url)
        html = response.content.decode()
        assert response.status_code == 503
        assert response["Retry-After"] == "30"
        assert "no-store" in response["Cache-Control"]
        assert in_danish("The portal is briefly unavailable") in html
        assert "Traceback" not in html

    def test_site_recovers_by_itself_once_the_database_is_back(self, client, tree):
        url = tree["municipality"].url
        with mock.patch("wagtail.models.Site.find_for_request", side_effect=DATABASE_DOWN):
            assert client.get(url).status_code == 503
        assert client.get(url).status_code == 200

    @pytest.mark.urls("tests.outages.test_outage")
    def test_form_post_stores_nothing_and_asks_to_send_again(self, client):
        response = client.post("/send/", {"name": "Mette"})
        assert response.status_code == 503
        assert in_danish("What you sent has not been saved. Please send it again in a minute.") in (
            response.content.decode()
        )
        assert not Group.objects.filter(name="half-done").exists()

    @pytest.mark.urls("tests.outages.test_outage")
    def test_closed_connection_is_an_outage_too(self, client):
        assert client.get("/read/").status_code == 503

    def test_outage_in_the_session_middleware_gets_the_503_page(self, client, home_page):
        client.raise_request_exception = False
        with mock.patch(
            "django.contrib.sessions.middleware.SessionMiddleware.process_request", side_effect=DATABASE_DOWN
        ):
            response = client.get("/en/")
        assert response.status_code == 503
        assert response["Retry-After"] == "30"
        assert '<html lang="en" dir="ltr">' in response.content.decode()

    def test_other_errors_still_get_the_500_page(self, client, home_page):
        client.raise_request_exception = False
        with mock.patch(
            "django.contrib.sessions.middleware.SessionMiddleware.process_request", side_effect=ValueError
        ):
            response = client.get("/da/")
        assert response.status_code == 500
        assert "Retry-After" not in response
        assert in_danish("Something went wrong") in response.content.decode()


class TestOutagePage:
    def test_is_made_without_the_database(self):
        """Without the django_db mark pytest-django makes any query raise, so this proves none is made."""
        response = outage_response(RequestFactory().get("/da/kommuner/"))
        assert '<html lang="da" dir="ltr">' in response.content.decode()

    def test_speaks_the_language_of_the_url(self):
        response = outage_response(RequestFactory().get("/ar/kommuner/"))
        assert '<html lang="ar" dir="rtl">' in response.content.decode()

    def test_arabic_gets_the_right_to_left_stylesheet_and_font(self):
        html = outage_response(RequestFactory().get("/ar/kommuner/")).content.decode()
        assert "/static/dist/css/dkfds.rtl.min.css" in html
        assert "/static/dist/css/arabic-font.css" in html
        assert "dkfds.min.css" not in html
        assert '<a href="/ar/">Erfaringsportalen</a>' in html
