"""What a browser tab and a bookmark show: the page's title once, and the portal's icon (issue 17)."""

import pytest
from django.contrib.staticfiles import finders

from languages.translation import translate_with_strings


@pytest.mark.django_db
class TestTitle:
    def test_the_danish_home_page_is_named_once(self, client, home_page):
        home_page.title = "Erfaringsportalen"
        home_page.save_revision().publish()
        assert "<title>Erfaringsportalen</title>" in client.get("/da/").content.decode()

    def test_a_home_page_with_another_title_keeps_the_portals_name(self, client, home_page):
        english = translate_with_strings(home_page, "en", {home_page.title: "The Experience Portal"})
        html = client.get(english.url).content.decode()
        assert "<title>The Experience Portal – Erfaringsportalen</title>" in html

    def test_other_pages_end_with_the_portals_name(self, client, tree):
        html = client.get(tree["case_study"].url).content.decode()
        assert "<title>Jobcafé på biblioteket – Erfaringsportalen</title>" in html


@pytest.mark.django_db
class TestFavicon:
    def test_every_page_names_its_icons(self, client, home_page):
        html = client.get("/da/").content.decode()
        assert '<link rel="icon" href="/static/img/favicon.svg" type="image/svg+xml">' in html
        assert '<link rel="apple-touch-icon" href="/static/img/apple-touch-icon.png">' in html

    def test_the_icons_exist(self):
        for name in ("img/favicon.svg", "img/favicon-32.png", "img/apple-touch-icon.png"):
            assert finders.find(name), name

    def test_pages_served_without_the_database_name_them_too(self, client):
        html = client.get("/da/%00/").content.decode()  # the 400 page, bare_base.html
        assert 'rel="icon"' in html


@pytest.mark.django_db
def test_favicon_ico_leads_to_the_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("favicon-32.png")
