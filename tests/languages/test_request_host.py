"""Full URLs on the host the reader used when no site is configured for it (languages.middleware).

The demo configures its site for 127.0.0.1:8000; run on another port, every canonical link, calendar file
and e-mail link pointed to port 8000, where nothing answered.
"""

import time

import pytest
from django.core import mail, signing
from django.utils import translation
from wagtail.models import Site

from publicforms.antispam import SIGNING_SALT

ELSEWHERE = {"HTTP_HOST": "127.0.0.1:8077"}


@pytest.fixture
def site_on_port_8000(tree):
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "127.0.0.1", 8000
    site.save()  # saving empties Wagtail's cache of the sites' root paths
    return site


@pytest.mark.django_db
class TestRequestHost:
    def test_canonical_link_and_og_url_use_the_host_asked(self, client, site_on_port_8000, tree):
        html = client.get(tree["case_study"].url, **ELSEWHERE).content.decode()
        assert '<link rel="canonical" href="http://127.0.0.1:8077/da/cases/jobcafe/">' in html
        assert '<meta property="og:url" content="http://127.0.0.1:8077/da/cases/jobcafe/">' in html
        assert ":8000" not in html

    def test_a_host_a_site_is_configured_for_keeps_the_sites_address(self, client, site_on_port_8000, tree):
        html = client.get(tree["case_study"].url, HTTP_HOST="127.0.0.1:8000").content.decode()
        assert '<link rel="canonical" href="http://127.0.0.1:8000/da/cases/jobcafe/">' in html

    def test_calendar_file_links_to_the_host_it_was_fetched_from(self, client, site_on_port_8000, tree):
        seminar = tree["seminar"]
        seminar.save_revision().publish()
        body = client.get(seminar.url + "calendar/", **ELSEWHERE).content.decode().replace("\r\n ", "")
        assert "URL:http://127.0.0.1:8077/da/seminarer/seminar-aarhus/" in body

    def test_registration_mail_links_to_the_host_used(
        self, client, site_on_port_8000, tree, django_capture_on_commit_callbacks
    ):
        seminar = tree["seminar"]
        seminar.save_revision().publish()
        data = {
            "name": "Mette Lund",
            "email": "mette@example.org",
            "organisation": "Aarhus Hovedbibliotek",
            "municipality": "751",
            "diet": "",
            "accessibility": "",
            "consent": "on",
            "website": "",
            "started": signing.dumps(time.time(), salt=SIGNING_SALT),
        }
        with translation.override("da"), django_capture_on_commit_callbacks(execute=True):
            client.post(seminar.url + "register/", data, **ELSEWHERE)
        (message,) = mail.outbox
        assert "http://127.0.0.1:8077/da/seminarer/seminar-aarhus/" in message.body
        assert ":8000" not in message.body

    def test_the_host_of_a_request_is_not_kept_for_the_next(self, client, site_on_port_8000, tree):
        client.get(tree["case_study"].url, **ELSEWHERE)
        html = client.get(tree["case_study"].url, HTTP_HOST="localhost:8099").content.decode()
        assert '<link rel="canonical" href="http://localhost:8099/da/cases/jobcafe/">' in html
