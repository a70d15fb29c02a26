"""Every search a reader makes is counted per query, language and week, with nothing about the person."""

import datetime
import io
from unittest import mock

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import DatabaseError, connection
from django.db.models import QuerySet

from home.models import PortalSettings
from search.counting import countable, record_search
from search.models import SearchCount, week_of
from tests.search.search_support import counts, search, titles

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="a failed statement spoils the transaction on PostgreSQL only"
)


@pytest.mark.django_db
class TestCounting:
    def test_each_search_adds_one_to_its_query_and_language(self, client, tree):
        search(client, "da", "sprogcafé")
        search(client, "da", "sprogcafé")
        search(client, "en", "sprogcafé")
        assert counts() == {("sprogcafé", "da"): 2, ("sprogcafé", "en"): 1}

    def test_the_number_of_results_of_the_latest_search_is_kept(self, client, tree):
        search(client, "da", "aarhus hovedbibliotek")
        row = SearchCount.objects.get()
        assert row.last_results >= 1
        search(client, "da", "zzqqxx")
        assert SearchCount.objects.get(query="zzqqxx").last_results == 0

    def test_a_week_is_counted_apart_from_the_week_before(self, db):
        monday = datetime.date(2026, 11, 30)
        record_search("kursus", "da", 0, today=monday)
        record_search("kursus", "da", 0, today=monday + datetime.timedelta(days=6))
        record_search("kursus", "da", 0, today=monday + datetime.timedelta(days=7))
        weeks = dict(SearchCount.objects.values_list("week", "searches"))
        assert weeks == {monday: 2, monday + datetime.timedelta(days=7): 1}

    def test_nothing_about_the_person_is_stored(self, client, tree):
        search(client, "da", "sprogcafé")
        fields = {field.name for field in SearchCount._meta.get_fields()}
        assert fields == {"id", "query", "language", "week", "searches", "last_results"}

    def test_turning_to_page_two_is_not_a_new_search(self, client, tree):
        search(client, "da", "aarhus")
        search(client, "da", "aarhus", page=2)
        assert counts() == {("aarhus", "da"): 1}

    def test_a_browser_prefetching_the_results_is_not_counted(self, client, tree):
        search(client, "da", "aarhus", headers={"Sec-Purpose": "prefetch"})
        assert counts() == {}

    def test_an_empty_search_is_not_counted(self, client, tree):
        search(client, "da", "   ")
        assert counts() == {}

    def test_the_row_another_server_just_created_gets_the_search(self, db):
        """Two app servers count the same new query at once: the second INSERT meets the first one's row."""
        real_update = QuerySet.update
        missed = []

        def first_update_misses(queryset, **changes):
            if queryset.model is SearchCount and not missed:
                missed.append(True)
                week = week_of(datetime.date.today())
                SearchCount.objects.create(query="kursus", language="da", week=week, searches=1)
                return 0
            return real_update(queryset, **changes)

        with mock.patch.object(QuerySet, "update", first_update_misses):
            assert record_search("kursus", "da", 0)
        assert SearchCount.objects.get().searches == 2


class TestNormalisation:
    @pytest.mark.parametrize(
        ("typed", "stored"),
        [
            ("  Dansk   KURSUS ", "dansk kursus"),
            ("Sprog\u00a0café", "sprog café"),
            ("ДАНСЬКА мова", "данська мова"),
            ("x" * 500, "x" * 100),
        ],
    )
    def test_queries_are_lowercased_collapsed_trimmed_and_capped(self, typed, stored):
        assert countable(typed) == stored

    @pytest.mark.parametrize("typed", ["kursus\x9b", "kursus\x00", "\u202ekursus", "kur\u2066sus"])
    def test_control_characters_are_refused(self, typed):
        assert countable(typed) is None


class TestPersonalDataIsNotStored:
    @pytest.mark.parametrize(
        "typed",
        [
            "anna@example.org",
            "skriv til anna.jensen@aarhus.dk om kursus",
            "anna@aarhus",
            "12345678",
            "12 34 56 78",
            "+45 12 34 56 78",
            "ring 86-12-34-56",
            "010190-1234",
            "0101901234",
            "cpr 010190 1234",
            "٠١٠١٩٠١٢٣٤",
        ],
    )
    def test_a_query_that_looks_like_personal_data_is_not_counted(self, typed):
        assert countable(typed) is None

    @pytest.mark.parametrize("typed", ["8000 aarhus", "kursus 2026", "bus 1a", "@biblioteket"])
    def test_short_numbers_and_words_are_counted(self, typed):
        assert countable(typed) == typed

    @pytest.mark.django_db
    def test_a_reader_searching_their_phone_number_gets_results_and_leaves_no_trace(self, client, tree):
        response = search(client, "da", "Ring 12 34 56 78")
        assert response.status_code == 200
        assert counts() == {}

    @pytest.mark.django_db
    def test_a_reader_searching_an_e_mail_address_leaves_no_trace(self, client, tree):
        search(client, "da", "anna@example.org")
        assert counts() == {}


@pytest.mark.django_db
class TestAFailingWriteDoesNotBreakTheSearch:
    def test_the_reader_gets_their_results_when_the_count_cannot_be_written(self, client, tree, caplog):
        with mock.patch.object(SearchCount.objects, "filter", side_effect=DatabaseError("disk full")):
            response = search(client, "da", "Aarhus Hovedbibliotek")
        assert response.status_code == 200
        assert "Aarhus Hovedbibliotek" in titles(response)
        assert "could not be counted" in caplog.text

    def test_an_unexpected_error_while_counting_is_logged_not_shown(self, client, tree, caplog):
        with mock.patch("search.views.record_search", side_effect=RuntimeError("a bug")):
            response = search(client, "da", "Aarhus Hovedbibliotek")
        assert response.status_code == 200
        assert "Aarhus Hovedbibliotek" in titles(response)
        assert "a bug" in caplog.text

    @postgres_only
    def test_the_requests_transaction_survives_the_failed_write(self, client, tree, caplog):
        """On PostgreSQL a failed statement spoils the transaction it runs in, and every query after it; the
        count's savepoint keeps it apart. The table is dropped inside the test's transaction."""
        with connection.cursor() as cursor:
            cursor.execute("DROP TABLE search_searchcount")
        response = search(client, "da", "Aarhus Hovedbibliotek")
        assert response.status_code == 200
        assert "Aarhus Hovedbibliotek" in titles(response)
        assert "could not be counted" in caplog.text
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            assert cursor.fetchone() == (1,)


@pytest.fixture
def page_cache(settings, home_page):
    PortalSettings.for_site(home_page.get_site())
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


@pytest.mark.django_db
@pytest.mark.usefixtures("page_cache")
class TestCachedSearches:
    """Results pages are not kept in the page cache, so every search reaches the view and is counted."""

    def test_the_same_search_twice_is_counted_twice(self, client, tree):
        search(client, "da", "sprogcafé")
        second = search(client, "da", "sprogcafé")
        assert second.get("X-Page-Cache") != "hit"
        assert counts() == {("sprogcafé", "da"): 2}

    def test_a_results_page_is_private_to_the_reader(self, client, tree):
        response = search(client, "da", "sprogcafé")
        assert "private" in response["Cache-Control"]
        assert "s-maxage" not in response["Cache-Control"]

    def test_the_empty_search_form_is_still_cached(self, client, tree):
        client.get("/da/search/")
        assert client.get("/da/search/")["X-Page-Cache"] == "hit"


@pytest.mark.django_db
class TestPurgeSearchLog:
    def run(self):
        out = io.StringIO()
        call_command("purge_search_log", stdout=out)
        return out.getvalue()

    def test_weeks_more_than_a_year_ago_are_deleted_and_the_last_year_kept(self):
        this_week = week_of(datetime.date.today())
        for weeks_ago in (0, 51, 52, 53, 200):
            SearchCount.objects.create(
                query=f"uge {weeks_ago}", language="da", week=this_week - datetime.timedelta(weeks=weeks_ago)
            )
        assert "2 search count(s) deleted" in self.run()
        assert sorted(SearchCount.objects.values_list("query", flat=True)) == ["uge 0", "uge 51", "uge 52"]

    def test_a_dry_run_deletes_nothing(self):
        SearchCount.objects.create(query="gammel", language="da", week=datetime.date(2020, 1, 6))
        out = io.StringIO()
        call_command("purge_search_log", "--dry-run", stdout=out)
        assert "1 search count(s) would be deleted" in out.getvalue()
        assert SearchCount.objects.count() == 1
