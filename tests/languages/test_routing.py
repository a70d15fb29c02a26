"""Routing deep paths by url_path (languages.routing.route_by_url_path) answers exactly as Wagtail does."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page, Site

from casestudies.factories import CaseStudyPageFactory
from home.models import StandardPage
from languages.routing import route_by_url_path
from languages.translation import translate_with_strings

pytestmark = pytest.mark.django_db


def components(url):
    return [part for part in url.split("/") if part][1:]  # without the language prefix


def wagtail_route(home, url):
    """Wagtail's own level-by-level routing from the language root, for comparison."""
    return Page.route(home, RequestFactory().get(url), components(url))


class TestSameAnswerAsWagtail:
    def test_municipality_page(self, tree, home_page):
        url = tree["municipality"].url
        ours = home_page.route(RequestFactory().get(url), components(url))
        assert ours.page == wagtail_route(home_page, url).page == tree["municipality"]
        assert type(ours.page) is type(tree["municipality"].specific)

    def test_actor_under_its_routable_municipality(self, tree, home_page):
        url = f"{tree['municipality'].url}{tree['library'].slug}/"
        ours = home_page.route(RequestFactory().get(url), components(url))
        theirs = wagtail_route(home_page, url)
        assert ours.page == theirs.page == tree["municipality"]
        assert ours.args[1:] == theirs.args[1:] == ((), {"slug": tree["library"].slug})

    def test_case_study_and_seminar(self, tree, home_page):
        for page in (tree["case_study"], tree["seminar"]):
            ours = home_page.route(RequestFactory().get(page.url), components(page.url))
            assert ours.page == page

    def test_routable_page_route_on_the_way_keeps_precedence(self, tree, home_page, client):
        """A case study with the slug of the index's own share/ route: the route wins, as in Wagtail."""
        clash = CaseStudyPageFactory(parent=tree["case_index"], slug="share", title="Sidekollision 4711")
        url = f"{tree['case_index'].url}share/"
        assert route_by_url_path(home_page, RequestFactory().get(url), components(url)) is None
        response = client.get(url)
        assert response.status_code == 200
        assert response.context["page"] == tree["case_index"]
        assert clash.title not in response.content.decode()

    def test_unknown_and_draft_pages_still_404(self, tree, home_page, client):
        assert client.get(f"{tree['municipality'].url}no-such-actor/").status_code == 404
        assert client.get(f"{tree['case_index'].url}no-such-case/other/").status_code == 404
        tree["case_study"].unpublish()
        assert client.get(tree["case_study"].url).status_code == 404


def queries_of_both(home, url):
    """(our route, our queries, Wagtail's queries) for `url` routed from the language root `home`."""
    with CaptureQueriesContext(connection) as ours:
        result = route_by_url_path(home, RequestFactory().get(url), components(url))
    with CaptureQueriesContext(connection) as theirs:
        wagtail_route(home, url)
    return result, len(ours), len(theirs)


class TestFewerQueries:
    def test_two_queries_however_deep(self, tree, home_page):
        result, ours, theirs = queries_of_both(
            home_page, f"{tree['municipality'].url}{tree['library'].slug}/"
        )
        assert result.page == tree["municipality"]
        assert ours == 2
        assert theirs > ours

    def test_a_route_of_a_routable_page_costs_no_more_than_in_wagtail(self, tree, home_page):
        result, ours, theirs = queries_of_both(home_page, f"{tree['seminar_index'].url}calendar/")
        assert result.page == tree["seminar_index"]
        assert ours <= theirs

    def test_a_path_whose_first_page_is_missing_is_left_to_wagtail(self, tree, home_page):
        url = "/da/no-such-section/page/"
        assert route_by_url_path(home_page, RequestFactory().get(url), components(url)) is None


class TestLanguageRootKeptPerPublish:
    """home.middleware.LanguageRootMiddleware: the site and language root are not read on every request."""

    def test_later_requests_read_neither_site_nor_root(self, client, tree):
        url = tree["municipality"].url
        client.get(url)  # creates the site settings on first use, which starts a new generation
        client.get(url)
        with CaptureQueriesContext(connection) as second:
            assert client.get(url).status_code == 200
        sql = " ".join(query["sql"] for query in second.captured_queries)
        assert "wagtailcore_site" not in sql
        assert '"home_homepage"' not in sql

    def test_a_newly_published_translation_of_the_home_page_is_used_at_once(self, client, tree, home_page):
        with translation.override("uk"):
            assert client.get("/uk/").context["page"] == home_page  # no Ukrainian home page yet
        ukrainian = translate_with_strings(home_page, "uk", {})
        with translation.override("uk"):
            response = client.get("/uk/")
        assert response.context["page"] == ukrainian
        assert '<html lang="uk" dir="ltr">' in response.content.decode()

    def test_a_site_given_another_root_is_used_at_once(self, client, tree, home_page):
        assert client.get("/da/").context["page"] == home_page
        site = Site.objects.get(is_default_site=True)
        other = home_page.add_child(instance=StandardPage(title="Ny forside", slug="ny-forside"))
        site.root_page = other
        site.save()
        assert client.get("/da/").context["page"] == other
