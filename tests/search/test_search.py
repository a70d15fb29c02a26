"""Search over pages and actors in the reader's language; PostgreSQL stems each language its own way."""

import pytest
from django.db import connection
from django.utils import translation

from directory.factories import ActorFactory
from directory.models import Sector
from languages.translation import translate_with_strings
from search.backend import without_final_vowel

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="language-specific stemming is PostgreSQL's; SQLite has a fallback",
)


def search(client, language, query, **params):
    with translation.override(language):
        return client.get(f"/{language}/search/", {"q": query, **params})


def titles(response):
    return [result["title"] for result in response.context["results"]]


@pytest.mark.django_db
class TestSearchPage:
    def test_finds_pages_and_actors_and_shows_their_type(self, client, tree):
        response = search(client, "da", "Aarhus Hovedbibliotek")
        kinds = {result["title"]: result["kind"] for result in response.context["results"]}
        assert "Aarhus Hovedbibliotek" in kinds
        html = response.content.decode()
        assert 'role="search"' in html
        assert 'class="search-result"' in html

    def test_finds_a_case_study_by_a_word_in_its_body(self, client, tree):
        assert "Jobcafé på biblioteket" in titles(search(client, "da", "netværk"))

    def test_only_the_readers_language_is_searched(self, client, tree, english, home_page):
        translate_with_strings(home_page, "en", {})
        translate_with_strings(tree["directory"], "en", {})
        translate_with_strings(tree["municipality"], "en", {})
        translate_with_strings(tree["library"], "en", {"Aarhus Hovedbibliotek": "Aarhus Main Library"})
        assert titles(search(client, "en", "Aarhus Main Library")) == ["Aarhus Main Library"]
        assert "Aarhus Main Library" not in titles(search(client, "da", "Aarhus Main Library"))

    def test_nothing_found_gives_a_helpful_page(self, client, tree):
        response = search(client, "da", "zzqqxx")
        assert response.status_code == 200
        assert response.context["page_obj"].paginator.count == 0
        assert "no-results" in response.content.decode()

    def test_empty_query_shows_only_the_form(self, client, tree):
        response = search(client, "da", "")
        assert response.status_code == 200
        assert response.context["results"] == []

    def test_an_actor_is_found_by_the_name_of_its_sector(self, client, tree):
        ActorFactory(
            municipality=tree["municipality"], name="Sprogcenter Midt-Øst", sector=Sector.LANGUAGE_SCHOOL
        )
        assert titles(search(client, "da", "sprogskole"))[0] == "Sprogcenter Midt-Øst"

    def test_results_are_paginated(self, client, tree):
        for number in range(25):
            ActorFactory(municipality=tree["municipality"], name=f"Sprogcafé nummer {number}")
        first = search(client, "da", "Sprogcafé")
        second = search(client, "da", "Sprogcafé", page=2)
        assert len(first.context["results"]) == 20
        assert len(second.context["results"]) == 5
        assert 'rel="next"' in first.content.decode()

    @pytest.mark.parametrize(
        "query", ["<script>alert(1)</script>", "' OR 1=1 --", "x" * 5000, "😀 ∑ ﷽", "&&||!!"]
    )
    def test_hostile_queries_answer_safely(self, client, tree, query):
        response = search(client, "da", query)
        assert response.status_code == 200
        assert "<script>alert(1)</script>" not in response.content.decode()
        assert len(response.context["query"]) <= 200


@postgres_only
@pytest.mark.django_db
class TestLanguageStemming:
    def test_danish_bibliotek_finds_bibliotekerne(self, client, tree):
        ActorFactory(
            municipality=tree["municipality"], name="Vi samarbejder med bibliotekerne", slug="samarbejde"
        )
        assert "Vi samarbejder med bibliotekerne" in titles(search(client, "da", "bibliotek"))

    def test_english_library_finds_libraries(self, client, tree, home_page):
        translate_with_strings(home_page, "en", {})
        translate_with_strings(tree["directory"], "en", {})
        translate_with_strings(tree["municipality"], "en", {})
        translate_with_strings(tree["library"], "en", {"Aarhus Hovedbibliotek": "Public libraries of Aarhus"})
        assert "Public libraries of Aarhus" in titles(search(client, "en", "library"))

    def test_arabic_library_finds_the_libraries(self, client, tree, home_page):
        translate_with_strings(home_page, "ar", {})
        translate_with_strings(tree["directory"], "ar", {})
        translate_with_strings(tree["municipality"], "ar", {})
        translate_with_strings(tree["library"], "ar", {"Aarhus Hovedbibliotek": "المكتبات العامة في آرهوس"})
        assert "المكتبات العامة في آرهوس" in titles(search(client, "ar", "مكتبة"))

    def test_ukrainian_uses_the_simple_configuration(self, client, tree, home_page):
        translate_with_strings(home_page, "uk", {})
        translate_with_strings(tree["directory"], "uk", {})
        translate_with_strings(tree["municipality"], "uk", {})
        translate_with_strings(tree["library"], "uk", {"Aarhus Hovedbibliotek": "Бібліотека Орхуса"})
        assert "Бібліотека Орхуса" in titles(search(client, "uk", "Бібліотека"))

    def test_a_word_finds_the_danish_compounds_it_begins(self, client, tree):
        """ "job" finds "Jobcenter Aarhus", "sprog" the "sprogcenter"."""
        ActorFactory(municipality=tree["municipality"], name="Sprogcenter Midt-Øst", slug="sprogcenter")
        assert "Jobcenter Aarhus" in titles(search(client, "da", "job"))
        assert "Sprogcenter Midt-Øst" in titles(search(client, "da", "sprog"))

    def test_a_ukrainian_word_finds_its_other_forms(self, client, tree, home_page):
        translate_with_strings(home_page, "uk", {})
        translate_with_strings(tree["directory"], "uk", {})
        translate_with_strings(tree["municipality"], "uk", {})
        translate_with_strings(tree["library"], "uk", {"Aarhus Hovedbibliotek": "Бібліотека Орхуса"})
        assert "Бібліотека Орхуса" in titles(search(client, "uk", "бібліотеки"))

    def test_a_polish_word_finds_its_other_forms(self, client, tree, home_page):
        translate_with_strings(home_page, "pl", {})
        translate_with_strings(tree["directory"], "pl", {})
        translate_with_strings(tree["municipality"], "pl", {})
        translate_with_strings(tree["job_centre"], "pl", {"Jobcenter Aarhus": "Urząd pracy w Aarhus"})
        assert "Urząd pracy w Aarhus" in titles(search(client, "pl", "praca"))

    def test_each_object_is_indexed_with_its_own_language(self, tree, home_page):
        from wagtail.search.backends import get_search_backend

        backend = get_search_backend()
        assert backend.config_for_object(tree["library"]) == "danish"
        assert backend.config_for_language("pl") == "simple"
        assert backend.config_for_language("en") == "english"


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="the index is PostgreSQL's")
class TestSearchIndexIsUsed:
    def test_the_search_matches_through_the_indexed_vector(self, client, tree):
        """Migration search 0003 indexes `portal_search_vector(title, body)`; the search matches on exactly
        that, so the planner can read the index (at national scale it read the whole table for `title ||
        body`)."""
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as captured:
            response = search(client, "da", "bibliotek")
        assert "Aarhus Hovedbibliotek" in response.content.decode()
        searches = [query["sql"] for query in captured if "ts_rank" in query["sql"]]
        assert len(searches) == 2  # the pages and the actors
        for sql in searches:
            entry = '"wagtailsearch_indexentry"'
            assert f'portal_search_vector({entry}."title", {entry}."body") @@' in sql
            assert '"title" || "wagtailsearch_indexentry"."body"' not in sql
            # Matched, not selected: the vector is not sent back with each row.
            assert 'AS "_vector_"' not in sql
        with connection.cursor() as cursor:
            # The test database is too small for the planner to prefer any index; it shows that one can serve.
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute(
                "EXPLAIN SELECT id FROM wagtailsearch_indexentry "
                "WHERE portal_search_vector(title, body) @@ to_tsquery('danish', 'bibliotek')"
            )
            plan = "\n".join(row[0] for row in cursor.fetchall())
        assert "portal_search_vector_gin" in plan

    def test_the_function_is_dear_to_the_planner(self, db):
        """Priced as one operator, `title || body` lost to reading the table; the function's cost is what
        makes the planner choose its index at national scale (bench: 20 ms -> 3 ms for "bibliotek")."""
        with connection.cursor() as cursor:
            cursor.execute("SELECT procost, provolatile FROM pg_proc WHERE proname = 'portal_search_vector'")
            cost, volatility = cursor.fetchone()
        assert cost >= 100
        assert volatility == "i"  # immutable, as an index expression must be

    def test_results_page_loads_only_the_hits_shown(self, client, tree):
        """Ranking reads ids and scores; only the page of results shown is loaded in full."""
        for number in range(30):
            ActorFactory(municipality=tree["municipality"], name=f"Bibliotek nummer {number}")
        response = search(client, "da", "bibliotek")
        assert len(response.context["results"]) == 20
        assert response.context["page_obj"].paginator.count > 20


class TestLightStemming:
    @pytest.mark.parametrize(
        ("typed", "searched"),
        [
            ("робота", "робот"),
            ("praca", "prac"),
            ("бібліотека", "бібліотек"),
            ("іспит", "іспит"),
            ("kot", "kot"),
        ],
    )
    def test_a_final_vowel_of_a_long_word_is_dropped(self, typed, searched):
        assert without_final_vowel(typed) == searched
