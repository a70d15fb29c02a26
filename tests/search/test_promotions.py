"""Coordinators promote a page for a query; the site search shows it first, in the reader's language."""

import pytest
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from languages.translation import translate_with_strings
from tests.roles.roles_support import client_for, permission_denied
from tests.search.search_support import counts, search, titles


def promote(query, page=None, **fields):
    return SearchPromotion.objects.create(query=Query.get(query), page=page, sort_order=0, **fields)


def translate_case_study(tree, home_page, language, title):
    translate_with_strings(home_page, language, {})
    translate_with_strings(tree["case_index"], language, {})
    return translate_with_strings(tree["case_study"], language, {"Jobcafé på biblioteket": title})


@pytest.mark.django_db
class TestPromotedResults:
    def test_a_promoted_page_is_shown_for_a_query_that_finds_nothing(self, client, tree):
        promote("kaffe", tree["seminar"])
        response = search(client, "da", "kaffe")
        assert titles(response) == ["Formidlingsseminar i Aarhus"]
        assert "search-result--promoted" in response.content.decode()

    def test_the_promoted_page_comes_first_and_only_once(self, client, tree):
        promote("aarhus", tree["case_study"])
        shown = titles(search(client, "da", "aarhus"))
        assert shown[0] == "Jobcafé på biblioteket"
        assert shown.count("Jobcafé på biblioteket") == 1
        assert len(shown) > 1

    def test_the_query_is_matched_however_it_was_typed(self, client, tree):
        promote("kaffe og kage", tree["seminar"])
        assert titles(search(client, "da", "  Kaffe   OG kage "))[0] == "Formidlingsseminar i Aarhus"

    def test_the_coordinators_description_is_shown(self, client, tree):
        promote("kaffe", tree["seminar"], description="Her kan du møde andre biblioteker.")
        assert "Her kan du møde andre biblioteker." in search(client, "da", "kaffe").content.decode()

    def test_an_english_reader_gets_the_english_translation_of_a_danish_promotion(
        self, client, tree, home_page
    ):
        english = translate_case_study(tree, home_page, "en", "Job café at the library")
        promote("coffee", tree["case_study"], description="Kom til jobcafé.")
        response = search(client, "en", "coffee")
        assert titles(response) == ["Job café at the library"]
        html = response.content.decode()
        assert f'href="{english.url}"' in html
        assert "Kom til jobcafé." not in html

    def test_a_danish_reader_gets_the_danish_original_of_an_english_promotion(self, client, tree, home_page):
        english = translate_case_study(tree, home_page, "en", "Job café at the library")
        promote("jobcafé", english)
        assert titles(search(client, "da", "jobcafé"))[0] == "Jobcafé på biblioteket"

    def test_an_untranslated_page_is_shown_in_the_nearest_fallback_language(self, client, tree, home_page):
        translate_with_strings(home_page, "uk", {})
        promote("кава", tree["case_study"])
        response = search(client, "uk", "кава")
        assert titles(response) == ["Jobcafé på biblioteket"]
        assert '<h2 class="search-result__title" lang="da" dir="ltr">' in response.content.decode()

    def test_an_unpublished_page_is_not_promoted(self, client, tree):
        promote("kaffe", tree["seminar"])
        tree["seminar"].unpublish()
        assert titles(search(client, "da", "kaffe")) == []

    def test_a_promoted_link_to_another_site_is_shown(self, client, tree):
        promote("danskkursus", external_link_url="https://www.nyidanmark.dk/", external_link_text="Ny i DK")
        response = search(client, "da", "danskkursus")
        assert titles(response) == ["Ny i DK"]
        assert 'href="https://www.nyidanmark.dk/"' in response.content.decode()

    def test_promoted_results_are_counted_among_the_results(self, client, tree):
        promote("kaffe", tree["seminar"])
        response = search(client, "da", "kaffe")
        assert response.context["result_count"] == 1
        assert "no-results" not in response.content.decode()
        assert counts() == {("kaffe", "da"): 1}

    def test_the_second_page_goes_on_without_the_promoted_results(self, client, tree):
        from directory.factories import ActorFactory

        for number in range(25):
            ActorFactory(municipality=tree["municipality"], name=f"Sprogcafé nummer {number}")
        promote("sprogcafé", tree["seminar"])
        first = search(client, "da", "sprogcafé")
        second = search(client, "da", "sprogcafé", page=2)
        assert titles(first)[0] == "Formidlingsseminar i Aarhus"
        assert "Formidlingsseminar i Aarhus" not in titles(second)
        assert len(titles(first)) + len(titles(second)) == 26
        assert 'start="22"' in second.content.decode()


def promotion_post(query, page):
    return {
        "query_string": query,
        "editors_picks-TOTAL_FORMS": 1,
        "editors_picks-INITIAL_FORMS": 0,
        "editors_picks-MAX_NUM_FORMS": 1000,
        "editors_picks-0-DELETE": "",
        "editors_picks-0-ORDER": 0,
        "editors_picks-0-page": page.pk,
        "editors_picks-0-description": "",
    }


@pytest.mark.django_db
class TestWhoPromotes:
    def test_a_coordinator_promotes_a_page(self, roles_site, role_users):
        response = client_for(role_users["coordinator"]).post(
            reverse("wagtailsearchpromotions:add"), promotion_post("kaffe", roles_site["seminar"])
        )
        assert response.status_code == 302
        assert SearchPromotion.objects.get().page_id == roles_site["seminar"].pk

    @pytest.mark.parametrize("role", ["editor", "translator", "organiser"])
    def test_other_roles_cannot_promote(self, roles_site, role_users, role):
        response = client_for(role_users[role]).post(
            reverse("wagtailsearchpromotions:add"), promotion_post("kaffe", roles_site["seminar"])
        )
        assert permission_denied(response)
        assert not SearchPromotion.objects.exists()

    def test_a_coordinator_changes_and_deletes_a_promotion(self, roles_site, role_users):
        promotion = promote("kaffe", roles_site["seminar"])
        client = client_for(role_users["coordinator"])
        edit = reverse("wagtailsearchpromotions:edit", args=[promotion.query_id])
        assert client.get(edit).status_code == 200
        client.post(reverse("wagtailsearchpromotions:delete", args=[promotion.query_id]))
        assert not SearchPromotion.objects.exists()

    def test_an_editor_cannot_change_a_promotion(self, roles_site, role_users):
        promotion = promote("kaffe", roles_site["seminar"])
        response = client_for(role_users["editor"]).post(
            reverse("wagtailsearchpromotions:edit", args=[promotion.query_id]),
            promotion_post("kaffe", roles_site["case_study"]),
        )
        assert permission_denied(response)
        assert SearchPromotion.objects.get().page_id == roles_site["seminar"].pk

    def test_an_editor_cannot_delete_a_promotion(self, roles_site, role_users):
        promotion = promote("kaffe", roles_site["seminar"])
        response = client_for(role_users["editor"]).post(
            reverse("wagtailsearchpromotions:delete", args=[promotion.query_id])
        )
        assert permission_denied(response)
        assert SearchPromotion.objects.exists()

    def test_the_form_from_the_report_has_the_query_filled_in(self, roles_site, role_users):
        response = client_for(role_users["coordinator"]).get(
            reverse("search_report:promote"), {"q": "  Dansk   KURSUS"}
        )
        assert response.status_code == 200
        assert 'value="dansk kursus"' in response.content.decode()
        assert f'action="{reverse("wagtailsearchpromotions:add")}"' in response.content.decode()

    def test_the_form_links_to_the_report_not_to_an_empty_list_of_terms(self, roles_site, role_users):
        coordinator = client_for(role_users["coordinator"])
        html = coordinator.get(reverse("wagtailsearchpromotions:add")).content.decode()
        assert f'href="{reverse("search_report:index")}"' in html
        assert 'id="id_query_string-chooser"' not in html

    def test_an_editor_cannot_open_the_form_from_the_report(self, roles_site, role_users):
        response = client_for(role_users["editor"]).get(reverse("search_report:promote"), {"q": "kursus"})
        assert permission_denied(response)

    def test_the_form_from_the_report_only_shows(self, roles_site, role_users):
        response = client_for(role_users["coordinator"]).post(
            reverse("search_report:promote"), promotion_post("kaffe", roles_site["seminar"])
        )
        assert response.status_code == 405
        assert not SearchPromotion.objects.exists()
