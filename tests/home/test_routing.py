"""Routing deep paths by url_path (home.localization.route_by_url_path) answers exactly as Wagtail does."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from casestudies.factories import CaseStudyPageFactory
from home.localization import route_by_url_path

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


class TestFewerQueries:
    def test_two_queries_however_deep(self, tree, home_page):
        url = f"{tree['municipality'].url}{tree['library'].slug}/"
        request = RequestFactory().get(url)
        with CaptureQueriesContext(connection) as ours:
            result = route_by_url_path(home_page, request, components(url))
        with CaptureQueriesContext(connection) as theirs:
            wagtail_route(home_page, url)
        assert result.page == tree["municipality"]
        assert len(ours) == 2
        assert len(theirs) > len(ours)

    def test_a_single_level_is_left_to_wagtail(self, tree, home_page):
        url = tree["case_index"].url
        assert route_by_url_path(home_page, RequestFactory().get(url), components(url)) is None
