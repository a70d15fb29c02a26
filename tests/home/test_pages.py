import pytest
from django.utils import translation
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from casestudies.models import CaseStudyIndexPage
from directory.models import MunicipalityIndexPage
from home.models import HomePage, StandardPage
from seminars.models import SeminarIndexPage


class TestHomePageRules(WagtailPageTestCase):
    def test_home_page_sits_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_home_page_holds_the_three_sections_and_standard_pages(self):
        self.assertAllowedSubpageTypes(
            HomePage, {MunicipalityIndexPage, CaseStudyIndexPage, SeminarIndexPage, StandardPage}
        )

    def test_standard_pages_nest(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})


class TestStandardPageAdmin(WagtailPageTestCase):
    def setUp(self):
        self.home = HomePage.objects.get(locale__language_code="da", depth=2)
        self.login()

    def test_editor_creates_a_standard_page(self):
        data = nested_form_data(
            {
                "title": "Tilgængelighedserklæring",
                "slug": "tilgaengelighed",
                "intro": "Sådan lever portalen op til webtilgængelighedsloven.",
                "body": streamfield(
                    [("heading", "Kontakt"), ("paragraph", rich_text("<p>Skriv til os.</p>"))]
                ),
            }
        )
        self.assertCanCreate(self.home, StandardPage, data)
        page = StandardPage.objects.get(slug="tilgaengelighed")
        assert "Skriv til os." in page.body[1].value.source


@pytest.mark.django_db
class TestHomePageRendering:
    def test_danish_home_shows_intro_sections_and_language(self, client, tree, home_page):
        response = client.get("/da/")
        html = response.content.decode()
        assert response.status_code == 200
        assert '<html lang="da" dir="ltr">' in html
        assert home_page.intro in html
        assert tree["directory"].title in html
        assert tree["case_study"].title in html
        assert tree["seminar"].title in html

    def test_root_redirects_to_the_visitors_language(self, client, home_page):
        response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 302
        assert response["Location"] == "/en/"

    def test_root_redirects_to_danish_by_default(self, client, home_page):
        assert client.get("/")["Location"] == "/da/"

    def test_translated_home_renders_in_english(self, client, home_page, english):
        home_page.copy_for_translation(english, copy_parents=True).save_revision().publish()
        with translation.override("en"):
            response = client.get("/en/")
        html = response.content.decode()
        assert response.status_code == 200
        assert '<html lang="en" dir="ltr">' in html
        assert "Skip to content" in html

    def test_unknown_page_gives_a_translated_404(self, client, home_page):
        response = client.get("/da/findes-ikke/")
        assert response.status_code == 404
        assert '<html lang="da"' in response.content.decode()


@pytest.mark.django_db
def test_server_error_page_speaks_the_readers_language(client, home_page, monkeypatch):
    def broken(self, request, *args, **kwargs):
        raise RuntimeError("simulated failure")

    monkeypatch.setattr(HomePage, "serve", broken)
    client.raise_request_exception = False
    response = client.get("/da/")
    html = response.content.decode()
    assert response.status_code == 500
    assert '<html lang="da" dir="ltr">' in html
    assert "Noget gik galt" in html


@pytest.mark.django_db
class TestLanguageSwitcher:
    def test_alternates_list_only_languages_the_page_exists_in(self, client, tree, home_page, english):
        from languages.translation import translate_with_strings

        translate_with_strings(home_page, "en", {})
        html = client.get("/da/").content.decode()
        assert 'hreflang="en" href="http://testserver/en/"' in html
        assert 'hreflang="x-default" href="http://testserver/da/"' in html
        assert '<link rel="alternate" hreflang="uk"' not in html

    def test_switcher_offers_every_language_with_the_readers_marked_on_a_fallback_page(
        self, client, tree, home_page
    ):
        from languages.translation import translate_with_strings

        for page in (home_page, tree["case_index"]):
            translate_with_strings(page, "uk", {})
        with translation.override("uk"):
            html = client.get(f"/uk/cases/{tree['case_study'].slug}/").content.decode()
        switcher = html[html.index('class="language-switcher"') : html.index("</nav>")]
        for code in ("da", "en", "uk", "ar", "pl"):
            assert f'hreflang="{code}"' in switcher
        assert '<a href="/uk/cases/jobcafe/" lang="uk" hreflang="uk" aria-current="true">' in switcher
        assert 'href="/ar/cases/jobcafe/"' not in switcher  # no Arabic tree: the Arabic home instead
        assert 'href="/ar/" lang="ar"' in switcher

    def test_the_notice_names_only_languages_the_content_exists_in(self, client, tree, home_page):
        from languages.translation import translate_with_strings

        for page in (home_page, tree["case_index"]):
            translate_with_strings(page, "uk", {})
        with translation.override("uk"):
            html = client.get(f"/uk/cases/{tree['case_study'].slug}/").content.decode()
        start = html.index("translation-notice")
        notice = html[start : html.index("</div>", start)]
        assert 'hreflang="da"' in notice
        assert 'hreflang="pl"' not in notice

    def test_actor_page_switches_to_the_actors_translation(self, client, tree, home_page):
        from languages.translation import translate_with_strings

        for page in (home_page, tree["directory"], tree["municipality"]):
            translate_with_strings(page, "en", {})
        translated = translate_with_strings(tree["library"], "en", {})
        html = client.get(tree["library"].get_url()).content.decode()
        assert f'hreflang="en" href="http://testserver{translated.get_url()}"' in html

    def test_search_page_links_to_the_same_search_in_every_language(self, client, home_page):
        html = client.get("/da/search/", {"q": "bibliotek"}).content.decode()
        assert 'href="/en/search/?q=bibliotek"' in html


@pytest.mark.django_db
class TestMetaTags:
    def test_pages_have_a_canonical_link_and_open_graph_tags(self, client, tree):
        html = client.get(tree["case_study"].url).content.decode()
        # No site is configured for the test client's host: the canonical URL is on the host it asked
        # (tests/languages/test_request_host.py).
        assert '<link rel="canonical" href="http://testserver/da/cases/jobcafe/">' in html
        assert '<meta property="og:title" content="Jobcafé på biblioteket">' in html
        assert '<meta property="og:locale" content="da_DK">' in html
        assert (
            'property="og:description" content="Biblioteket og jobcentret holdt jobcafé hver torsdag."'
            in html
        )

    def test_actor_page_is_canonical_under_its_municipality(self, client, tree):
        html = client.get(tree["library"].get_url()).content.decode()
        canonical = "http://testserver/da/kommuner/aarhus/aarhus-hovedbibliotek/"
        assert f'<link rel="canonical" href="{canonical}">' in html
        assert '<meta property="og:title" content="Aarhus Hovedbibliotek">' in html
