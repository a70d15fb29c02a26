import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from directory.factories import ActorFactory, LanguageFactory
from directory.models import Actor, Language, Sector
from home.models import TargetGroup


def actor_form(municipality, **overrides):
    data = {
        "name": "Sprogcafé Aarhus",
        "slug": "sprogcafe-aarhus",
        "sector": Sector.ASSOCIATION,
        "municipality": str(municipality.pk),
        "description": rich_text("<p>Frivillige taler dansk med nytilkomne.</p>"),
        "services": streamfield([("service", {"name": "Sprogcafé", "description": "Hver tirsdag kl. 17"})]),
        "address": "Mindet 1",
        "postcode": "8000",
        "city": "Aarhus C",
        "phone": "+45 00 00 11 22",
        "email": "sprogcafe@example.org",
        "website": "https://sprogcafe.example.org/",
        "opening_hours": "Tirsdag 17–19",
        "verified_on": "2026-10-01",
    }
    data.update(overrides)
    form = nested_form_data(data)
    # Multiple-choice fields post one value per box; nested_form_data would number them as a formset.
    form["languages"] = [str(Language.objects.get(code="da").pk), str(Language.objects.get(code="uk").pk)]
    form["target_groups"] = [str(TargetGroup.objects.get(code="partners").pk)]
    return form


@pytest.mark.django_db
class TestActorAdmin:
    def test_editor_creates_and_publishes_an_actor(self, admin_client, tree):
        url = reverse("wagtailsnippets_directory_actor:add")
        response = admin_client.post(url, {**actor_form(tree["municipality"]), "action-publish": "publish"})
        assert response.status_code == 302
        actor = Actor.objects.get(slug="sprogcafe-aarhus")
        assert actor.live
        assert actor.municipality_id == tree["municipality"].pk
        assert {language.code for language in actor.languages.all()} == {"da", "uk"}
        assert actor.services[0].value["name"] == "Sprogcafé"
        assert actor.latest_revision is not None

    def test_saving_a_draft_keeps_the_actor_off_the_site(self, admin_client, client, tree):
        url = reverse("wagtailsnippets_directory_actor:add")
        admin_client.post(url, actor_form(tree["municipality"]))
        actor = Actor.objects.get(slug="sprogcafe-aarhus")
        assert not actor.live
        assert "Sprogcafé Aarhus" not in client.get(tree["municipality"].url).content.decode()

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("postcode", "80000"),
            ("email", "ikke-en-adresse"),
            ("website", "javascript:alert(1)"),
            ("name", ""),
        ],
    )
    def test_bad_input_is_refused_at_its_field_and_the_rest_is_kept(self, admin_client, tree, field, value):
        url = reverse("wagtailsnippets_directory_actor:add")
        response = admin_client.post(
            url, {**actor_form(tree["municipality"], **{field: value}), "action-publish": "1"}
        )
        assert response.status_code == 200
        assert field in response.context["form"].errors
        assert "Mindet 1" in response.content.decode()
        assert not Actor.objects.filter(slug="sprogcafe-aarhus").exists()

    def test_a_second_actor_with_the_same_slug_in_the_municipality_is_refused(self, admin_client, tree):
        url = reverse("wagtailsnippets_directory_actor:add")
        response = admin_client.post(url, actor_form(tree["municipality"], slug="aarhus-hovedbibliotek"))
        assert response.status_code == 200
        assert Actor.objects.filter(slug="aarhus-hovedbibliotek").count() == 1

    def test_listing_filters_by_municipality_and_sector(self, admin_client, tree):
        other = ActorFactory(name="Odense Sprogskole", sector=Sector.LANGUAGE_SCHOOL)
        url = reverse("wagtailsnippets_directory_actor:list")
        by_sector = admin_client.get(url, {"sector": Sector.JOB_CENTRE})
        assert [actor.name for actor in by_sector.context["object_list"]] == ["Jobcenter Aarhus"]
        key = str(tree["municipality"].translation_key)
        by_municipality = admin_client.get(url, {"municipality": key})
        names = {actor.name for actor in by_municipality.context["object_list"]}
        assert names == {"Aarhus Hovedbibliotek", "Jobcenter Aarhus"}
        assert other.name not in names

    def test_actor_is_found_by_search(self, tree):
        results = Actor.objects.filter(live=True).search("Hovedbibliotek")
        assert tree["library"] in list(results)


@pytest.mark.django_db
def test_languages_are_reference_data_with_their_own_names():
    arabic = Language.objects.get(code="ar")
    assert arabic.autonym == "العربية"
    assert LanguageFactory(code="ar").pk == arabic.pk


@pytest.mark.django_db
class TestAdminLanguage:
    def test_admin_speaks_danish_to_a_browser_that_asks_for_english(self, admin_client):
        response = admin_client.get(
            reverse("wagtailsnippets_directory_actor:list"), HTTP_ACCEPT_LANGUAGE="en"
        )
        assert '<html lang="da"' in response.content.decode()

    def test_a_user_who_chose_english_gets_english(self, admin_client, django_user_model):
        from wagtail.users.models import UserProfile

        user = django_user_model.objects.get(username="redaktor")
        UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(preferred_language="en")
        response = admin_client.get(reverse("wagtailsnippets_directory_actor:list"))
        assert '<html lang="en"' in response.content.decode()

    def test_actor_listing_shows_danish_actors_by_default(self, admin_client, tree, english):
        english_actor = ActorFactory(name="English only", locale=english, municipality=tree["municipality"])
        response = admin_client.get(reverse("wagtailsnippets_directory_actor:list"))
        names = {actor.name for actor in response.context["object_list"]}
        assert english_actor.name not in names
        assert "Aarhus Hovedbibliotek" in names
