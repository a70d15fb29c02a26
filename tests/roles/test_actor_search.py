"""Searching the actor listing in the admin: every role finds what it may see, and nothing else."""

import pytest
from django.urls import reverse

from tests.roles.roles_support import client_for

LIST_URL = reverse("wagtailsnippets_directory_actor:list")


def search(user, query, **params):
    response = client_for(user).get(LIST_URL, {"q": query, **params})
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
class TestActorSearch:
    @pytest.mark.parametrize(
        ("role", "finds_aarhus", "finds_odense"),
        [
            ("coordinator", True, True),
            ("editor", True, False),
            ("translator", True, True),
            ("admin", True, True),
        ],
    )
    def test_a_search_stays_within_the_listing(
        self, roles_site, role_users, role, finds_aarhus, finds_odense
    ):
        html = search(role_users[role], "bibliotek")
        assert ("Aarhus Hovedbibliotek" in html) is finds_aarhus
        assert ("Odense Centralbibliotek" in html) is finds_odense

    @pytest.mark.parametrize("role", ["coordinator", "editor", "translator"])
    def test_a_search_that_matches_nothing_says_so(self, roles_site, role_users, role):
        html = search(role_users[role], "zzqxjv")
        assert "Aarhus Hovedbibliotek" not in html
        assert "Odense Centralbibliotek" not in html

    def test_search_and_municipality_filter_together(self, roles_site, role_users):
        odense = roles_site["odense"]
        html = search(role_users["coordinator"], "bibliotek", municipality=str(odense.translation_key))
        assert "Odense Centralbibliotek" in html
        assert "Aarhus Hovedbibliotek" not in html

    def test_the_results_fragment_used_by_the_search_box(self, roles_site, role_users):
        """The search box fetches the results without reloading the page: that view must answer too."""
        response = client_for(role_users["editor"]).get(
            reverse("wagtailsnippets_directory_actor:list_results"), {"q": "bibliotek"}
        )
        assert response.status_code == 200
        assert "Aarhus Hovedbibliotek" in response.content.decode()

    def test_an_explicit_ordering_is_kept(self, roles_site, role_users):
        html = search(role_users["coordinator"], "bibliotek", ordering="-name")
        assert html.index("Odense Centralbibliotek") < html.index("Aarhus Hovedbibliotek")


@pytest.mark.django_db
class TestAdminSearchFindsActors:
    @pytest.mark.parametrize(
        ("role", "shown"), [("coordinator", True), ("editor", True), ("organiser", False)]
    )
    def test_the_admin_search_offers_the_actors(self, roles_site, role_users, role, shown):
        """The search box at the top of the admin searches pages and links to the matching actors."""
        html = client_for(role_users[role]).get(reverse("wagtailadmin_pages:search"), {"q": "bibliotek"})
        assert (f'href="{LIST_URL}?q=bibliotek"' in html.content.decode()) is shown
