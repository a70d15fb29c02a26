"""A search that finds nothing suggests the nearest spelling the content knows, and the municipalities.

On PostgreSQL the words come from the search index (`search.SearchWord`, pg_trgm); without it (SQLite), or
before any word is kept, from the titles and names, with difflib.
"""

import io
import random
import string

import pytest
from django.core.management import call_command
from django.db import connection

from directory.factories import ActorFactory
from search.models import SearchWord
from search.words import respelt, words_of
from tests.search.search_support import search

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the words table and its trigram index are PostgreSQL's"
)


def suggestion(response):
    return response.context.get("suggestion")


@pytest.mark.django_db
class TestNothingFound:
    def test_a_misspelt_name_gets_the_nearest_spelling(self, client, tree):
        response = search(client, "da", "Hovedbiblotek")
        assert suggestion(response) == "Hovedbibliotek"
        assert '<a href="?q=Hovedbibliotek">Hovedbibliotek</a>' in response.content.decode()

    def test_only_the_misspelt_word_of_several_is_changed(self, client, tree):
        assert suggestion(search(client, "da", "Jobcenter Arhus")) == "Jobcenter Aarhus"
        assert suggestion(search(client, "da", "formidlingsseminar i arhus")) == "formidlingsseminar i aarhus"

    def test_the_suggestion_leads_to_results(self, client, tree):
        response = search(client, "da", "Hovedbibliotek")
        assert response.context["total_count"] > 0

    def test_a_query_nothing_resembles_gets_no_suggestion(self, client, tree):
        response = search(client, "da", "zzqqxx")
        assert suggestion(response) == ""
        assert "Did you mean" not in response.content.decode()

    def test_the_municipality_directory_is_offered(self, client, tree):
        response = search(client, "da", "zzqqxx")
        assert f'href="{tree["directory"].url}"' in response.content.decode()

    @pytest.mark.parametrize("query", ["&&||!!", "<b>Arhus</b>", "' OR 1=1 --", "😀 ∑ ﷽", "x" * 300])
    def test_odd_queries_answer_safely(self, client, tree, query):
        response = search(client, "da", query)
        assert response.status_code == 200
        assert "<b>" not in response.content.decode()

    def test_the_titles_are_used_when_no_words_are_kept(self, client, tree):
        SearchWord.objects.all().delete()
        assert suggestion(search(client, "da", "Arhus")) == "Aarhus"


@postgres_only
@pytest.mark.django_db
class TestWordsFromTheIndex:
    def test_a_word_of_a_text_is_suggested_not_only_titles(self, client, tree):
        """ "netværk" is only in the case study's body."""
        assert suggestion(search(client, "da", "netvæk")) == "netværk"

    def test_a_published_actor_brings_its_words_at_once(self, client, tree):
        ActorFactory(municipality=tree["municipality"], name="Zebrahuset", description="<p>Zebrastriber.</p>")
        assert {"zebrahuset", "zebrastriber"} <= set(
            SearchWord.objects.filter(language="da").values_list("word", flat=True)
        )
        assert suggestion(search(client, "da", "Zebrahust")) == "Zebrahuset"

    def test_a_word_nothing_live_has_any_more_is_not_suggested(self, client, tree):
        SearchWord.objects.create(language="da", word="zebrahuset")
        assert suggestion(search(client, "da", "Zebrahust")) == ""

    def test_each_language_has_its_own_words(self, tree):
        SearchWord.objects.create(language="en", word="zebrahouse")
        assert respelt("zebrahause", tree["municipality"].locale) == ""

    def test_refreshing_drops_the_words_of_unpublished_content(self, tree):
        actor = ActorFactory(municipality=tree["municipality"], name="Zebrahuset")
        actor.unpublish()
        call_command("refresh_search_words", stdout=io.StringIO())
        known = set(SearchWord.objects.values_list("word", flat=True))
        assert "zebrahuset" not in known
        assert {"hovedbibliotek", "netværk", "formidlingsseminar"} <= known

    def test_the_nearest_word_is_found_through_the_trigram_index(self, tree):
        """Once the words are many; a table of a few thousand PostgreSQL rightly reads whole."""
        letters = random.Random(7)
        words = {"".join(letters.choices(string.ascii_lowercase, k=9)) for _ in range(20_000)}
        SearchWord.objects.bulk_create(SearchWord(language="da", word=word) for word in words)
        with connection.cursor() as cursor:
            # What autovacuum does: the new rows move from the index's pending list into the index.
            cursor.execute("SELECT gin_clean_pending_list('search_word_trigram_gin')")
            cursor.execute("ANALYZE search_searchword")
            cursor.execute(
                "EXPLAIN SELECT word FROM search_searchword WHERE language = 'da' AND word % 'bibliotk'"
            )
            plan = "\n".join(row[0] for row in cursor.fetchall())
        assert "search_word_trigram_gin" in plan


class TestWords:
    def test_words_are_letters_in_any_script_lowercased(self):
        assert words_of("Sprogcafé i Aarhus, 2024: المكتبة Бібліотека!") == {
            "sprogcafé",
            "aarhus",
            "المكتبة",
            "бібліотека",
        }
