"""Each result says what it is, and a reader can narrow the results to one kind, without JavaScript."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.factories import ActorFactory
from languages.translation import translate_with_strings
from tests.search.search_support import search, titles


def labels(response):
    return {result["title"]: result["label"] for result in response.context["results"]}


def options(response):
    return {option["slug"]: option["count"] for option in response.context["kinds"]}


@pytest.mark.django_db
class TestKindOfResult:
    def test_each_result_shows_its_kind(self, client, tree):
        response = search(client, "da", "Aarhus")
        shown = labels(response)
        assert shown["Aarhus Hovedbibliotek"] == "Aktør"
        assert shown["Formidlingsseminar i Aarhus"] == "Seminar"
        assert shown["Aarhus"] == "Kommune"
        assert '<p class="search-result__type">Kommune</p>' in response.content.decode()
        assert labels(search(client, "da", "jobcafé"))["Jobcafé på biblioteket"] == "Case"

    def test_kinds_are_named_in_the_readers_language(self, client, tree, home_page):
        translate_with_strings(home_page, "en", {})
        translate_with_strings(tree["directory"], "en", {})
        translate_with_strings(tree["municipality"], "en", {})
        translate_with_strings(tree["library"], "en", {"Aarhus Hovedbibliotek": "Aarhus Main Library"})
        response = search(client, "en", "Aarhus")
        assert labels(response) == {"Aarhus": "Municipality", "Aarhus Main Library": "Actor"}
        text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", response.content.decode()))
        assert "Municipalities (1)" in text
        narrowed = re.sub(r"\s+", " ", search(client, "en", "Aarhus", type="actors").content.decode())
        assert "1 result for “Aarhus” (Actors)." in narrowed


@pytest.mark.django_db
class TestNarrowingByKind:
    def test_the_kinds_with_results_are_offered_with_their_counts(self, client, tree):
        response = search(client, "da", "Aarhus")
        assert options(response) == {"": 4, "actors": 2, "seminars": 1, "municipalities": 1}

    def test_narrowing_to_actors_shows_only_actors(self, client, tree):
        response = search(client, "da", "Aarhus", type="actors")
        assert set(labels(response).values()) == {"Aktør"}
        assert sorted(titles(response)) == ["Aarhus Hovedbibliotek", "Jobcenter Aarhus"]

    def test_narrowing_keeps_the_other_kinds_on_offer(self, client, tree):
        response = search(client, "da", "Aarhus", type="seminars")
        assert titles(response) == ["Formidlingsseminar i Aarhus"]
        assert options(response)["actors"] == 2
        assert 'value="seminars" checked' in response.content.decode()

    def test_narrowing_costs_no_more_queries_than_all_results(self, client, tree):
        search(client, "da", "Aarhus")
        with CaptureQueriesContext(connection) as everything:
            search(client, "da", "Aarhus")
        with CaptureQueriesContext(connection) as actors_only:
            search(client, "da", "Aarhus", type="actors")
        assert len(actors_only) <= len(everything)

    def test_a_kind_without_results_says_so_and_links_back_to_all(self, client, tree):
        ActorFactory(municipality=tree["municipality"], name="Zebrahuset")
        response = search(client, "da", "Zebrahuset", type="seminars")
        html = response.content.decode()
        assert response.context["results"] == []
        assert "no-results" not in html
        assert 'href="?q=Zebrahuset"' in html

    def test_the_pages_keep_the_kind(self, client, tree):
        for number in range(25):
            ActorFactory(municipality=tree["municipality"], name=f"Sprogcafé nummer {number}")
        response = search(client, "da", "Sprogcafé", type="actors")
        assert re.search(r'rel="next" href="\?[^"]*type=actors', response.content.decode())

    @pytest.mark.parametrize("value", ["", "everything", "<script>", "actors'--", "ACTORS", "x" * 5000])
    def test_an_unknown_kind_shows_all_the_results(self, client, tree, value):
        response = search(client, "da", "Aarhus", type=value)
        assert response.status_code == 200
        assert len(response.context["results"]) == 4
        assert "<script>" not in response.content.decode()


@pytest.mark.django_db
class TestTheKindFilterIsAccessible:
    def test_the_choices_are_radio_buttons_of_the_search_form_with_labels(self, client, tree):
        html = search(client, "da", "Aarhus").content.decode()
        form = html[html.index('<form class="search-form"') : html.index("</form>")]
        assert "<fieldset" in form and '<legend class="form-label">' in form
        radios = re.findall(r'<input class="form-radio" type="radio" name="type" id="([^"]+)"', form)
        assert len(radios) == 4
        for radio in radios:
            assert f'<label class="form-label" for="{radio}">' in form
        assert 'type="submit"' in form
        assert 'id="search-type-all" value="" checked' in form

    def test_the_empty_search_offers_no_kinds(self, client, tree):
        assert "search-kinds" not in search(client, "da", "").content.decode()
