import pytest
from django.core.cache import cache
from django.http import HttpResponse
from django.template import engines
from django.test import RequestFactory
from django.urls import path
from django.utils import translation
from django.utils.translation import ngettext

from directory.factories import LanguageFactory
from home.factories import TargetGroupFactory
from home.models import PortalSettings, TargetGroup


def form_page(request):
    """A page with a POST form, as the seminar registration and the public forms have."""
    template = engines["django"].from_string('<form method="post">{% csrf_token %}</form>')
    return HttpResponse(template.render({}, request))


def plain_page(request):
    return HttpResponse("<p>Hello</p>")


urlpatterns = [path("form/", form_page), path("plain/", plain_page)]


@pytest.fixture
def page_cache(settings, home_page):
    # The settings row is created on first read, which empties the cache once; do it beforehand.
    PortalSettings.for_site(home_page.get_site())
    settings.PAGE_CACHE_SECONDS = 300
    settings.CACHE_MAX_AGE = 60
    settings.CACHE_S_MAXAGE = 300
    cache.clear()
    yield
    cache.clear()


def reader_sees(client, url, text):
    response = client.get(url)
    assert response.status_code == 200
    return text in response.content.decode()


@pytest.mark.django_db
@pytest.mark.usefixtures("page_cache")
class TestAnonymousPagesAreCached:
    def test_second_request_is_served_from_the_cache_without_queries(
        self, client, tree, django_assert_num_queries
    ):
        url = tree["municipality"].url
        assert client.get(url)["X-Page-Cache"] == "miss"
        with django_assert_num_queries(0):
            response = client.get(url)
        assert response["X-Page-Cache"] == "hit"
        assert tree["library"].name in response.content.decode()

    def test_public_page_has_public_cache_control_and_an_etag(self, client, tree):
        response = client.get(tree["case_study"].url)
        cache_control = response["Cache-Control"]
        assert "public" in cache_control
        assert "max-age=60" in cache_control
        assert "s-maxage=300" in cache_control
        assert response["ETag"]

    def test_matching_etag_gets_304_from_the_cache(self, client, tree):
        url = tree["case_study"].url
        etag = client.get(url)["ETag"]
        response = client.get(url, headers={"if-none-match": etag})
        assert response.status_code == 304
        assert response.content == b""

    def test_languages_are_cached_apart(self, client, tree):
        client.get("/da/")
        response = client.get("/en/")
        assert response["X-Page-Cache"] == "miss"
        assert 'lang="en"' in response.content.decode()

    def test_query_strings_are_cached_apart(self, client, tree):
        url = tree["municipality"].url
        client.get(url)
        assert client.get(url + "?sector=library")["X-Page-Cache"] == "miss"

    def test_head_is_served_from_the_get_entry(self, client, tree):
        url = tree["municipality"].url
        client.get(url)
        assert client.head(url)["X-Page-Cache"] == "hit"


@pytest.mark.django_db
@pytest.mark.usefixtures("page_cache")
class TestPublishingShowsAtOnce:
    def test_published_actor_change_shows_on_every_page_that_displays_it(self, client, tree):
        library = tree["library"]
        pages = [library.get_url(), tree["municipality"].url, tree["case_study"].url]
        for url in pages:
            assert reader_sees(client, url, "Aarhus Hovedbibliotek")
        library.name = "Dokk1"
        library.save_revision().publish()
        for url in pages:
            assert reader_sees(client, url, "Dokk1"), url

    def test_actor_draft_is_not_shown_until_published(self, client, tree):
        library = tree["library"]
        url = tree["municipality"].url
        client.get(url)
        library.name = "Dokk1"
        library.save_revision()
        assert client.get(url)["X-Page-Cache"] == "hit"
        assert not reader_sees(client, url, "Dokk1")

    def test_published_page_title_shows_on_the_home_listing(self, client, tree):
        assert reader_sees(client, "/da/", "Jobcafé på biblioteket")
        case_study = tree["case_study"]
        case_study.title = "Jobcafé hver torsdag"
        case_study.save_revision().publish()
        assert reader_sees(client, "/da/", "Jobcafé hver torsdag")

    def test_unpublished_page_is_gone_at_once(self, client, tree):
        url = tree["case_study"].url
        assert client.get(url)["X-Page-Cache"] == "miss"
        tree["case_study"].unpublish()
        assert client.get(url).status_code == 404

    def test_deleted_page_is_gone_at_once(self, client, tree):
        url = tree["case_study"].url
        assert client.get(url)["X-Page-Cache"] == "miss"
        tree["case_study"].delete()
        assert client.get(url).status_code == 404

    def test_saved_theme_shows_at_once(self, client, tree):
        url = tree["case_study"].url
        assert reader_sees(client, url, "Job og karriere")
        tree["theme"].name = "Arbejde"
        tree["theme"].save()
        assert reader_sees(client, url, "Arbejde")

    def test_renamed_language_shows_at_once(self, client, tree):
        library = tree["library"]
        language = LanguageFactory(code="fa")
        library.languages.add(language)
        library.save_revision().publish()
        url = library.get_url()
        assert reader_sees(client, url, language.autonym)
        language.autonym = "Fārsī"
        language.save()
        assert reader_sees(client, url, "Fārsī")

    def test_reordered_target_groups_show_at_once(self, client, tree):
        library = tree["library"]
        workers = TargetGroupFactory(code=TargetGroup.Code.WORKERS, sort_order=1)
        refugees = TargetGroupFactory(code=TargetGroup.Code.REFUGEES, sort_order=2)
        library.target_groups.set([workers, refugees])
        library.save_revision().publish()
        url = library.get_url()
        with translation.override("da"):
            first, second = str(workers), str(refugees)
        assert reader_sees(client, url, f"{first}, {second}")
        refugees.sort_order = 0
        refugees.save()
        assert reader_sees(client, url, f"{second}, {first}")

    def test_saved_site_settings_show_at_once(self, client, tree, home_page):
        client.get("/da/")
        portal = PortalSettings.for_site(home_page.get_site())
        portal.contact_email = "kontakt@example.org"
        portal.save()
        assert reader_sees(client, "/da/", "kontakt@example.org")


@pytest.mark.django_db
@pytest.mark.usefixtures("page_cache")
class TestSeminarPages:
    """The seminar page links to its registration form, so it is cached; the form page never is."""

    def test_seminar_page_is_cached_and_its_registration_form_is_not(self, client, tree):
        seminar = tree["seminar"]
        register = seminar.url + seminar.reverse_subpage("register")
        assert client.get(seminar.url)["X-Page-Cache"] == "miss"
        assert client.get(seminar.url)["X-Page-Cache"] == "hit"
        client.get(register)
        response = client.get(register)
        assert "X-Page-Cache" not in response
        assert "no-store" in response["Cache-Control"]

    def test_a_registration_shows_at_once_in_the_seats_left(
        self, client, tree, django_capture_on_commit_callbacks
    ):
        from seminars import registrations

        seminar = tree["seminar"]
        seminar.capacity = 3
        seminar.save_revision().publish()
        with translation.override("da"):
            three = ngettext("There is %(seats)s seat left.", "There are %(seats)s seats left.", 3) % {
                "seats": 3
            }
            two = ngettext("There is %(seats)s seat left.", "There are %(seats)s seats left.", 2) % {
                "seats": 2
            }
        assert reader_sees(client, seminar.url, three)
        assert client.get(seminar.url)["X-Page-Cache"] == "hit"
        details = {
            "name": "Mette Lund",
            "email": "mette@example.org",
            "organisation": "",
            "municipality": "751",
        }
        with django_capture_on_commit_callbacks(execute=True):
            registrations.register(
                seminar, details, language="da", consent_text="Ja", request=RequestFactory().get("/")
            )
        assert reader_sees(client, seminar.url, two)


@pytest.mark.django_db
@pytest.mark.usefixtures("page_cache")
class TestPrivateResponsesAreNotCached:
    def test_logged_in_editor_gets_a_fresh_private_page(self, admin_client, tree):
        url = tree["municipality"].url
        admin_client.get(url)
        response = admin_client.get(url)
        assert "X-Page-Cache" not in response
        assert "private" in response["Cache-Control"]
        assert "no-store" in response["Cache-Control"]

    def test_admin_is_private_and_not_stored(self, admin_client):
        response = admin_client.get("/admin/")
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"]

    @pytest.mark.urls("tests.pagecache.test_caching")
    def test_page_with_a_csrf_token_is_never_shared(self, client):
        first = client.get("/form/")
        second = client.get("/form/")
        assert "X-Page-Cache" not in second
        assert "no-store" in second["Cache-Control"]
        assert first.cookies["csrftoken"].value

    @pytest.mark.urls("tests.pagecache.test_caching")
    def test_plain_page_without_a_form_is_cached(self, client):
        client.get("/plain/")
        assert client.get("/plain/")["X-Page-Cache"] == "hit"

    def test_reader_with_a_message_cookie_gets_a_fresh_page(self, client, tree):
        url = tree["municipality"].url
        client.get(url)
        client.cookies["messages"] = "a-message-after-a-form"
        assert "X-Page-Cache" not in client.get(url)

    def test_post_is_never_cached(self, client, tree):
        url = tree["municipality"].url
        client.get(url)
        assert "X-Page-Cache" not in client.post(url)


@pytest.mark.django_db
class TestCacheOffByDefaultInTests:
    def test_no_page_cache_without_page_cache_seconds(self, client, tree):
        url = tree["municipality"].url
        client.get(url)
        assert "X-Page-Cache" not in client.get(url)


@pytest.mark.django_db
class TestCdnPurge:
    @pytest.fixture
    def purged(self, settings, monkeypatch):
        settings.WAGTAILFRONTENDCACHE = {
            "default": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                "LOCATION": "http://127.0.0.1:6081/",
            }
        }
        urls = []
        monkeypatch.setattr(
            "wagtail.contrib.frontend_cache.backends.HTTPBackend.purge", lambda backend, url: urls.append(url)
        )
        return urls

    def test_published_actor_purges_its_page_municipality_and_case_studies(
        self, tree, purged, django_capture_on_commit_callbacks
    ):
        library = tree["library"]
        library.name = "Dokk1"
        with django_capture_on_commit_callbacks(execute=True):
            library.save_revision().publish()
        paths = {url.removeprefix("http://localhost") for url in purged}
        assert library.get_url() in paths
        assert tree["municipality"].url in paths
        assert tree["case_study"].url in paths

    def test_nothing_is_purged_without_a_cdn(self, tree, django_capture_on_commit_callbacks, monkeypatch):
        purge = []
        monkeypatch.setattr("wagtail.contrib.frontend_cache.utils.purge_urls_from_cache", purge.append)
        with django_capture_on_commit_callbacks(execute=True):
            tree["library"].save_revision().publish()
        assert purge == []


@pytest.mark.django_db
class TestSharedMenuAndFooter:
    """The menu and footer are read once per publish and shared by every page (`memoized`).

    With the page cache off, as it is in these tests, a change must still show at once on every page.
    """

    @pytest.fixture(autouse=True)
    def portal_settings(self, home_page):
        # Created on first read, which starts a new generation once; do it beforehand.
        PortalSettings.for_site(home_page.get_site())

    def test_second_page_reads_no_menu_or_footer(self, client, tree):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as first:
            client.get(tree["case_study"].url)
        with CaptureQueriesContext(connection) as second:
            client.get(tree["case_study"].url)
        settings_reads = [query for query in second if "home_portalsettings" in query["sql"]]
        assert settings_reads == []
        assert len(second) < len(first)

    def test_new_menu_page_shows_on_every_page_at_once(self, client, tree, home_page):
        from home.factories import StandardPageFactory

        for url in ("/da/", tree["municipality"].url):
            assert "Om portalen" not in client.get(url).content.decode()
        about = StandardPageFactory.build(title="Om portalen", slug="om", show_in_menus=True, live=False)
        home_page.add_child(instance=about)
        about.save_revision().publish()
        for url in ("/da/", tree["municipality"].url):
            html = client.get(url).content.decode()
            assert '<a class="nav-link" href="/da/om/"><span>Om portalen</span></a>' in html

    def test_menu_marks_the_section_being_read(self, client, tree):
        html = client.get(tree["case_study"].url).content.decode()
        index_url = tree["case_index"].url
        assert f'<a class="nav-link" href="{index_url}" aria-current="page">' in html
        html = client.get("/da/").content.decode()
        assert 'aria-current="page"><span>' not in html

    def test_changed_contact_details_show_at_once(self, client, tree, home_page):
        portal = PortalSettings.for_site(home_page.get_site())
        client.get(tree["municipality"].url)
        portal.contact_email = "nyt@example.org"
        portal.contact_address = "Biblioteket\n\nHovedgaden 1"
        portal.save()
        html = client.get(tree["municipality"].url).content.decode()
        assert "nyt@example.org" in html
        assert "<address><bdi>Biblioteket</bdi><br><bdi>Hovedgaden 1</bdi><br></address>" in html

    def test_each_language_has_its_own_menu(self, client, tree, english, home_page):
        english_home = home_page.copy_for_translation(english)
        english_home.save_revision().publish()
        index = tree["case_index"].copy_for_translation(english)
        index.title = "Case studies"
        index.save_revision().publish()
        danish = client.get("/da/").content.decode()
        english_html = client.get("/en/").content.decode()
        assert "<span>Case studies</span>" in english_html
        assert "<span>Case studies</span>" not in danish
