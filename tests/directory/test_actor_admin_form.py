"""Choosing an actor's municipality in the admin, per role, through the admin's own views.

The municipality is a list of names (directory.admin_forms.ActorAdminForm): the editor of Aarhus gets
Aarhus, a coordinator every Danish municipality. A forged POST — another editor's municipality, the
Ukrainian page of Aarhus, a page of another type, no page at all — is refused at the field, and the rest of
what was typed comes back. A translation's municipality and slug follow the Danish actor.
"""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale
from wagtail_localize.models import Translation

from directory.factories import MunicipalityPageFactory
from directory.models import Actor
from languages.translation import translate_with_strings
from tests.directory.test_actors import actor_form
from tests.roles.roles_support import actor_post, actor_url, client_for, fresh

ADD_URL = reverse("wagtailsnippets_directory_actor:add")
NOT_YOURS = "You can only add and edit actors in the municipalities you are an editor for."
NOT_ON_THE_LIST = "Choose a municipality from the list."
OTHER_LANGUAGE = "That page is in another language than the actor. Choose a municipality from the list."


def danish(message):
    with translation.override("da"):
        return gettext(message)


def offered(response):
    """The municipality names the form's list offers, in its order."""
    return [str(label) for value, label in response.context["form"].fields["municipality"].choices if value]


def translated_municipality(roles_site, language_code):
    """Aarhus's page in another language, with the index above it."""
    locale = Locale.objects.get(language_code=language_code)
    roles_site["directory"].copy_for_translation(locale, copy_parents=True).save_revision().publish()
    page = roles_site["municipality"].copy_for_translation(locale)
    page.save_revision().publish()
    return page


@pytest.mark.django_db
class TestTheMunicipalityList:
    def test_is_a_list_of_names_not_the_page_chooser(self, role_users):
        html = client_for(role_users["coordinator"]).get(ADD_URL).content.decode()
        assert '<select name="municipality"' in html
        assert "data-chooser-url" not in html.split('name="municipality"')[1].split("</select>")[0]

    def test_an_editor_is_offered_only_their_own_municipality(self, role_users):
        assert offered(client_for(role_users["editor"]).get(ADD_URL)) == ["Aarhus"]

    def test_an_editors_only_municipality_is_already_chosen(self, roles_site, role_users):
        form = client_for(role_users["editor"]).get(ADD_URL).context["form"]
        assert form["municipality"].value() == roles_site["municipality"].pk

    @pytest.mark.parametrize("role", ["coordinator", "admin"])
    def test_a_coordinator_is_offered_every_danish_municipality_once(self, roles_site, role_users, role):
        translated_municipality(roles_site, "uk")
        assert offered(client_for(role_users[role]).get(ADD_URL)) == ["Aarhus", "Odense"]

    def test_the_names_are_in_danish_alphabetical_order(self, roles_site, role_users):
        for title, code in [("Ærø", "492"), ("Aabenraa", "580"), ("Vordingborg", "390")]:
            MunicipalityPageFactory(parent=roles_site["directory"], title=title, code=code)
        names = offered(client_for(role_users["coordinator"]).get(ADD_URL))
        assert names == ["Aabenraa", "Aarhus", "Odense", "Vordingborg", "Ærø"]

    def test_an_english_actor_is_offered_the_english_municipality_pages(self, roles_site, role_users):
        english = translated_municipality(roles_site, "en")
        response = client_for(role_users["translator"]).get(ADD_URL, {"locale": "en"})
        choices = response.context["form"].fields["municipality"].queryset
        assert list(choices) == [english]


@pytest.mark.django_db
class TestAllowedChoices:
    def test_the_editor_adds_an_actor_in_aarhus(self, roles_site, role_users):
        response = client_for(role_users["editor"]).post(ADD_URL, actor_form(roles_site["municipality"]))
        assert response.status_code == 302
        assert Actor.objects.get(slug="sprogcafe-aarhus").municipality_id == roles_site["municipality"].pk

    def test_a_coordinator_adds_an_actor_in_odense(self, roles_site, role_users):
        response = client_for(role_users["coordinator"]).post(ADD_URL, actor_form(roles_site["odense"]))
        assert response.status_code == 302
        assert Actor.objects.get(slug="sprogcafe-aarhus").municipality_id == roles_site["odense"].pk

    def test_a_coordinator_moves_an_actor_to_odense(self, roles_site, role_users):
        library = roles_site["library"]
        client_for(role_users["coordinator"]).post(
            actor_url("edit", library), actor_post(library, municipality=str(roles_site["odense"].pk))
        )
        assert fresh(library).get_latest_revision_as_object().municipality_id == roles_site["odense"].pk


@pytest.mark.django_db
class TestRefusedChoices:
    def refused(self, response, message):
        """The form came back with `message` at the municipality field and everything else as typed."""
        html = response.content.decode()
        assert response.status_code == 200
        assert response.context["form"].errors["municipality"] == [danish(message)]
        assert "Mindet 1" in html
        assert "Sprogcafé Aarhus" in html
        assert not Actor.objects.filter(slug="sprogcafe-aarhus").exists()
        return True

    def test_the_editor_cannot_add_an_actor_in_odense(self, roles_site, role_users):
        response = client_for(role_users["editor"]).post(ADD_URL, actor_form(roles_site["odense"]))
        assert self.refused(response, NOT_YOURS)

    @pytest.mark.parametrize("role", ["editor", "coordinator", "admin"])
    def test_the_ukrainian_page_of_aarhus_is_refused_for_a_danish_actor(self, roles_site, role_users, role):
        ukrainian = translated_municipality(roles_site, "uk")
        response = client_for(role_users[role]).post(ADD_URL, actor_form(ukrainian))
        assert self.refused(response, OTHER_LANGUAGE)

    @pytest.mark.parametrize("page", ["directory", "case_study", "seminar"])
    @pytest.mark.parametrize("role", ["editor", "coordinator"])
    def test_a_page_of_another_type_is_refused(self, roles_site, role_users, role, page):
        response = client_for(role_users[role]).post(ADD_URL, actor_form(roles_site[page]))
        assert self.refused(response, NOT_ON_THE_LIST)

    @pytest.mark.parametrize(
        "forged", ["999999", "99999999999999999999999", "-1", "abc", "1 OR 1=1", "5\x00"]
    )
    def test_a_forged_id_is_refused(self, roles_site, role_users, forged):
        data = {**actor_form(roles_site["municipality"]), "municipality": forged}
        response = client_for(role_users["coordinator"]).post(ADD_URL, data)
        assert self.refused(response, NOT_ON_THE_LIST)

    def test_a_missing_municipality_is_asked_for(self, roles_site, role_users):
        data = actor_form(roles_site["municipality"])
        del data["municipality"]
        response = client_for(role_users["editor"]).post(ADD_URL, data)
        assert response.status_code == 200
        assert "municipality" in response.context["form"].errors

    def test_the_editor_cannot_move_an_actor_to_odense(self, roles_site, role_users):
        library = roles_site["library"]
        response = client_for(role_users["editor"]).post(
            actor_url("edit", library), actor_post(library, municipality=str(roles_site["odense"].pk))
        )
        assert response.context["form"].errors["municipality"] == [danish(NOT_YOURS)]
        assert fresh(library).get_latest_revision_as_object().municipality_id == roles_site["municipality"].pk

    def test_a_coordinator_cannot_move_a_danish_actor_to_an_english_page(self, roles_site, role_users):
        library = roles_site["library"]
        english = translated_municipality(roles_site, "en")
        response = client_for(role_users["coordinator"]).post(
            actor_url("edit", library), actor_post(library, municipality=str(english.pk))
        )
        assert response.context["form"].errors["municipality"] == [danish(OTHER_LANGUAGE)]
        assert fresh(library).get_latest_revision_as_object().municipality_id == roles_site["municipality"].pk


@pytest.fixture
def english_library(roles_site, django_capture_on_commit_callbacks):
    """Aarhus Hovedbibliotek translated into English through wagtail-localize, as a translator would."""
    for page in (roles_site["directory"], roles_site["municipality"]):
        with django_capture_on_commit_callbacks(execute=True):
            translate_with_strings(page, "en", {})
    with django_capture_on_commit_callbacks(execute=True):
        return translate_with_strings(
            roles_site["library"], "en", {"Aarhus Hovedbibliotek": "Aarhus Main Library"}
        )


@pytest.mark.django_db
class TestTranslatedActor:
    def test_the_translator_gets_the_translation_editor(self, english_library, role_users):
        response = client_for(role_users["translator"]).get(actor_url("edit", english_library))
        assert response.status_code == 200
        assert "Aarhus Main Library" in response.content.decode()

    def test_the_municipality_follows_the_danish_actor(self, english_library, role_users):
        """With the synced translation stopped, Wagtail's own form shows the municipality, unchangeable."""
        Translation.objects.filter(target_locale=english_library.locale).update(enabled=False)
        response = client_for(role_users["translator"]).get(actor_url("edit", english_library))
        field = response.context["form"].fields["municipality"]
        assert field.disabled
        assert list(field.queryset) == [english_library.municipality.specific]

    @pytest.mark.parametrize("forged", ["municipality", "odense"])
    def test_a_forged_municipality_or_slug_is_ignored(self, english_library, roles_site, role_users, forged):
        Translation.objects.filter(target_locale=english_library.locale).update(enabled=False)
        english_aarhus = english_library.municipality_id
        data = actor_post(
            english_library, municipality=str(roles_site[forged].pk), slug="ny-adresse", name="Main Library"
        )
        response = client_for(role_users["translator"]).post(actor_url("edit", english_library), data)
        assert response.status_code == 302
        saved = fresh(english_library).get_latest_revision_as_object()
        assert (saved.name, saved.slug, saved.municipality_id) == (
            "Main Library",
            "aarhus-hovedbibliotek",
            english_aarhus,
        )


@pytest.mark.django_db
class TestTheSlugFollowsTheName:
    def name_and_slug(self, response):
        """The name's and the slug's <input> tags as the page has them."""
        html = response.content.decode()
        name, slug = (re.search(rf'<input[^>]*id="id_{field}"[^>]*>', html)[0] for field in ("name", "slug"))
        return name, slug

    def test_a_new_actors_slug_is_filled_in_from_its_name(self, role_users):
        name, slug = self.name_and_slug(client_for(role_users["editor"]).get(ADD_URL))
        assert 'data-controller="w-sync"' in name
        assert 'data-w-sync-target-value="#id_slug"' in name
        assert "w-sync#apply" in name
        assert 'data-controller="w-slug"' in slug

    def test_danish_letters_are_spelt_out_in_the_slug(self, role_users):
        _name, slug = self.name_and_slug(client_for(role_users["editor"]).get(ADD_URL))
        assert "data-w-slug-formatters-value" in slug
        assert 'data-w-slug-allow-unicode-value="false"' in slug

    def test_a_published_actors_slug_stays_when_the_name_changes(self, roles_site, role_users):
        library = roles_site["library"]
        library.save_revision().publish()
        name, _slug = self.name_and_slug(client_for(role_users["editor"]).get(actor_url("edit", library)))
        assert "w-sync#apply" not in name
