"""The coordinators' report of searches without results: who may read it, what it lists, its filters."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search.models import SearchCount, week_of
from tests.roles.roles_support import client_for, permission_denied

REPORT = "/admin/reports/searches-without-results/"


def this_week():
    return week_of(timezone.localdate())


def weeks_ago(weeks):
    return this_week() - datetime.timedelta(weeks=weeks)


def counted(query, searches, results, language="da", week=None):
    return SearchCount.objects.create(
        query=query, language=language, week=week or this_week(), searches=searches, last_results=results
    )


def listed(response):
    return [(row["query"], row["language"]) for row in response.context["object_list"]]


@pytest.fixture
def coordinator(role_users):
    return client_for(role_users["coordinator"])


@pytest.mark.django_db
class TestWhoReadsTheReport:
    def test_the_report_is_at_its_address(self):
        assert reverse("search_report:index") == REPORT

    def test_a_coordinator_reads_it(self, coordinator):
        counted("kaffe", 3, 0)
        response = coordinator.get(REPORT)
        assert response.status_code == 200
        assert listed(response) == [("kaffe", "da")]

    def test_a_superuser_reads_it(self, role_users):
        assert client_for(role_users["admin"]).get(REPORT).status_code == 200

    @pytest.mark.parametrize("role", ["editor", "translator", "organiser"])
    def test_other_roles_are_refused(self, role_users, role):
        counted("kaffe", 3, 0)
        response = client_for(role_users[role]).get(REPORT)
        assert permission_denied(response)
        assert b"kaffe" not in response.content

    def test_a_visitor_is_sent_to_the_login(self, client, db):
        response = client.get(REPORT)
        assert response.status_code == 302
        assert reverse("wagtailadmin_login") in response.url

    def test_the_reports_menu_offers_it_to_a_coordinator_only(self, role_users):
        assert REPORT in client_for(role_users["coordinator"]).get("/admin/").content.decode()
        assert REPORT not in client_for(role_users["editor"]).get("/admin/").content.decode()

    def test_wagtails_empty_search_terms_report_is_not_offered(self, role_users):
        html = client_for(role_users["admin"]).get("/admin/").content.decode()
        assert reverse("wagtailsearchpromotions:search_terms") not in html
        assert REPORT in html


@pytest.mark.django_db
class TestWhatTheReportLists:
    def test_searches_with_few_results_most_searched_first(self, coordinator):
        counted("sprogcafé", 2, 3)
        counted("kaffe", 5, 0)
        counted("bibliotek", 50, 4)
        assert listed(coordinator.get(REPORT)) == [("kaffe", "da"), ("sprogcafé", "da")]

    def test_searches_are_added_up_over_the_weeks(self, coordinator):
        counted("kaffe", 3, 0)
        counted("kaffe", 2, 0, week=weeks_ago(1))
        (row,) = coordinator.get(REPORT).context["object_list"]
        assert row["total_searches"] == 5

    def test_a_query_that_finds_results_now_leaves_the_report(self, coordinator):
        counted("kursus", 9, 0, week=weeks_ago(2))
        counted("kursus", 1, 12)
        assert listed(coordinator.get(REPORT)) == []

    def test_each_language_is_a_row_of_its_own(self, coordinator):
        counted("kursus", 2, 0, language="da")
        counted("kursus", 1, 0, language="pl")
        html = coordinator.get(REPORT).content.decode()
        assert listed(coordinator.get(REPORT)) == [("kursus", "da"), ("kursus", "pl")]
        assert "Polsk" in html

    def test_filtered_by_language(self, coordinator):
        counted("kaffe", 5, 0, language="da")
        counted("кава", 2, 0, language="uk")
        assert listed(coordinator.get(REPORT, {"language": "uk"})) == [("кава", "uk")]

    def test_the_last_eight_weeks_by_default(self, coordinator):
        counted("nylig", 1, 0, week=weeks_ago(7))
        counted("gammel", 9, 0, week=weeks_ago(8))
        assert listed(coordinator.get(REPORT)) == [("nylig", "da")]

    def test_a_longer_period_can_be_chosen(self, coordinator):
        counted("nylig", 1, 0, week=weeks_ago(7))
        counted("gammel", 9, 0, week=weeks_ago(12))
        assert listed(coordinator.get(REPORT, {"weeks": "13"})) == [("gammel", "da"), ("nylig", "da")]

    def test_one_week_can_be_chosen(self, coordinator):
        counted("i uge", 1, 0, week=weeks_ago(2))
        counted("ugen før", 9, 0, week=weeks_ago(3))
        week = f"{weeks_ago(2):%G-W%V}"
        assert listed(coordinator.get(REPORT, {"weeks": week})) == [("i uge", "da")]

    @pytest.mark.parametrize("odd", ["2026-W99", "x", "-1", "9999999999"])
    def test_an_odd_week_choice_shows_the_default_weeks(self, coordinator, odd):
        counted("nylig", 1, 0, week=weeks_ago(1))
        counted("gammel", 9, 0, week=weeks_ago(20))
        response = coordinator.get(REPORT, {"weeks": odd})
        assert response.status_code == 200
        assert listed(response) == [("nylig", "da")]

    def test_a_query_links_to_a_promotion_form_with_the_query_filled_in(self, coordinator):
        counted("kaffe og kage", 5, 0)
        html = coordinator.get(REPORT).content.decode()
        assert f'href="{reverse("search_report:promote")}?q=kaffe+og+kage"' in html

    def test_a_promoted_query_links_to_its_promotion(self, coordinator, roles_site):
        counted("kaffe", 5, 1)
        promotion = SearchPromotion.objects.create(query=Query.get("kaffe"), page=roles_site["seminar"])
        html = coordinator.get(REPORT).content.decode()
        assert reverse("wagtailsearchpromotions:edit", args=[promotion.query_id]) in html

    def test_the_rows_are_counted_as_search_terms(self, coordinator):
        counted("kaffe", 5, 0)
        counted("kaffe", 2, 0, week=weeks_ago(1))
        counted("kage", 1, 0)
        paginator = coordinator.get(REPORT).context["paginator"]
        assert paginator.items_count_label == f"2 {paginator.verbose_name_plural}"

    def test_a_hostile_query_is_shown_as_text(self, coordinator):
        counted("<script>alert(1)</script>", 1, 0)
        html = coordinator.get(REPORT).content.decode()
        assert "<script>alert(1)</script>" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html

    def test_the_number_of_queries_does_not_grow_with_the_rows(
        self, coordinator, django_assert_max_num_queries
    ):
        for number in range(120):
            counted(f"søgning {number}", number + 1, 0, week=weeks_ago(number % 8))
        coordinator.get(REPORT)
        with django_assert_max_num_queries(25):
            response = coordinator.get(REPORT)
        assert len(response.context["object_list"]) == 50
