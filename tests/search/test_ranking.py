"""The order of search results: answers before directories, municipalities by what they hold, names first."""

import pytest
from django.db import connection

from directory.factories import ActorFactory, MunicipalityPageFactory
from search.ranking import EMPTY_MUNICIPALITY_WEIGHT, FULL_MUNICIPALITY_WEIGHT, municipality_weight
from tests.search.search_support import search, titles

BOILERPLATE = "<p>Biblioteket, jobcentret og foreningerne tager godt imod nye borgere i kommunen.</p>"


def kinds(response):
    return [result["label"] for result in response.context["results"]]


@pytest.fixture
def empty_municipalities(tree):
    """Three municipalities without actors, with the introduction every municipality page shares."""
    return [
        MunicipalityPageFactory(parent=tree["directory"], title=name, intro=BOILERPLATE)
        for name in ("Ærø", "Fanø", "Læsø")
    ]


@pytest.mark.django_db
class TestAnswersComeFirst:
    def test_actors_and_case_studies_come_before_municipalities_that_share_a_word(
        self, client, tree, empty_municipalities
    ):
        ActorFactory(municipality=tree["municipality"], description="<p>Vi mødes på biblioteket.</p>")
        kinds_shown = kinds(search(client, "da", "biblioteket"))
        assert "Kommune" in kinds_shown
        first_municipality = kinds_shown.index("Kommune")
        assert {"Aktør", "Case"} <= set(kinds_shown[:first_municipality])
        assert set(kinds_shown[first_municipality:]) == {"Kommune"}

    @pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="SQLite's bm25 scores one text on two pages apart by far more than the weights",
    )
    def test_a_municipality_with_actors_comes_before_the_empty_ones(self, client, tree, empty_municipalities):
        samsoe = MunicipalityPageFactory(parent=tree["directory"], title="Samsø", intro=BOILERPLATE)
        ActorFactory.create_batch(2, municipality=samsoe)
        municipalities = [
            result["title"]
            for result in search(client, "da", "foreningerne").context["results"]
            if result["label"] == "Kommune"
        ]
        assert municipalities[0] == "Samsø"
        assert set(municipalities[1:]) == {"Ærø", "Fanø", "Læsø"}

    def test_a_municipality_shows_how_many_actors_it_lists(self, client, tree):
        response = search(client, "da", "Aarhus")
        result = next(result for result in response.context["results"] if result["title"] == "Aarhus")
        assert "2 aktører" in result["detail"]
        assert "<bdi>2 aktører</bdi>" in response.content.decode()


@pytest.mark.django_db
class TestTheNamedResultComesFirst:
    def test_a_municipality_named_as_typed_comes_before_its_actors(self, client, tree):
        for number in range(5):
            ActorFactory(municipality=tree["municipality"], name=f"Aarhus Forening {number}", city="Aarhus")
        assert titles(search(client, "da", "Aarhus"))[0] == "Aarhus"

    def test_an_empty_municipality_named_as_typed_comes_first_too(self, client, tree, empty_municipalities):
        ActorFactory(municipality=tree["municipality"], name="Ærø-foreningen", description="<p>Ærø</p>")
        assert titles(search(client, "da", "Ærø"))[0] == "Ærø"

    def test_an_actor_named_as_typed_comes_before_a_case_study_about_it(self, client, tree):
        tree["case_study"].summary = "Aarhus Hovedbibliotek og Jobcenter Aarhus holdt jobcafé."
        tree["case_study"].save_revision().publish()
        assert titles(search(client, "da", "aarhus hovedbibliotek"))[0] == "Aarhus Hovedbibliotek"


class TestMunicipalityWeight:
    def test_grows_with_the_actors_listed_up_to_ten(self):
        weights = [municipality_weight(actors) for actors in (0, 1, 5, 10, 40)]
        assert weights == sorted(weights)
        assert weights[0] == EMPTY_MUNICIPALITY_WEIGHT
        assert weights[-2] == weights[-1] == FULL_MUNICIPALITY_WEIGHT

    def test_stays_below_an_answers_weight(self):
        assert municipality_weight(1000) < 1.0
