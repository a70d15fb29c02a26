"""The relevance set: on the demo site, what a newcomer or a librarian types finds what they look for.

Per language, ten searches, each with what must be among the first three results (relevance.yaml). On
PostgreSQL, the search of the production site: SQLite ranks by its own bm25 and stems nothing.
"""

import io
from unittest import mock

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client

from tests.search.relevance import NO_EMPTY_MUNICIPALITY_IN, TOP, cases, empty_municipalities, ranked

pytestmark = [
    pytest.mark.slow,
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the ranking measured is PostgreSQL's"),
]


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """The demo content, loaded once for the module and rolled back after it (no roles, no statistics:
    search reads neither)."""
    with django_db_blocker.unblock(), transaction.atomic():
        with (
            mock.patch("demo.management.commands.load_demo.setup_roles"),
            mock.patch("demo.management.commands.load_demo.refresh_cooperation"),
        ):
            call_command("load_demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)
    cache.clear()


@pytest.mark.parametrize("case", cases(), ids=str)
def test_the_expected_result_is_among_the_first_three(demo_site, case):
    rank, top = ranked(Client(), case)
    assert rank is not None and rank <= TOP, f"{case}: expected one of {case.expect}, first were {top}"


@pytest.mark.parametrize("case", cases(), ids=str)
def test_no_municipality_without_actors_comes_near_the_top(demo_site, case):
    """The issue's "library": 98 municipality pages share one introduction; the empty ones used to lead."""
    assert empty_municipalities(Client(), case) == [], f"in the first {NO_EMPTY_MUNICIPALITY_IN}"
