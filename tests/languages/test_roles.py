"""The Translators group: translators work on the translations, never on the Danish source."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from wagtail.models import GroupPagePermission, Locale, Page

from directory.models import Actor
from languages.translation import translate_with_strings
from roles.groups import TRANSLATORS_GROUP_NAME, setup_roles
from tests.directory.test_actors import actor_form


def permission_denied(response):
    """Wagtail answers a refused admin view with a redirect to the dashboard and an error message."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    )


def group_state():
    group = Group.objects.get(name=TRANSLATORS_GROUP_NAME)
    return (
        sorted(group.permissions.values_list("pk", flat=True)),
        sorted(GroupPagePermission.objects.filter(group=group).values_list("page_id", "permission_id")),
    )


@pytest.fixture
def english_site(tree, home_page, django_capture_on_commit_callbacks):
    """The home page, directory, case study (and what it refers to) translated into English."""
    for instance, strings in [
        (home_page, {"Erfaringsportalen": "The Experience Portal"}),
        (tree["directory"], {}),
        (tree["municipality"], {}),
        (tree["library"], {"Aarhus Hovedbibliotek": "Aarhus Main Library"}),
        (tree["job_centre"], {}),
        (tree["theme"], {"Job og karriere": "Jobs and careers"}),
        (tree["case_index"], {}),
        (tree["case_study"], {"Jobcafé på biblioteket": "Job café at the library"}),
    ]:
        with django_capture_on_commit_callbacks(execute=True):
            translate_with_strings(instance, "en", strings)
    return tree


@pytest.fixture
def translator(english_site, django_user_model):
    setup_roles()
    user = django_user_model.objects.create_user("oversaetter", "oversaetter@example.org", "pw")
    user.groups.add(Group.objects.get(name=TRANSLATORS_GROUP_NAME))
    return user


@pytest.fixture
def translator_client(client, translator):
    client.force_login(translator)
    return client


def page_edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def actor_edit_url(actor):
    return reverse("wagtailsnippets_directory_actor:edit", args=[actor.pk])


@pytest.mark.django_db
class TestSetupRoles:
    def test_running_it_twice_changes_nothing(self, english_site):
        setup_roles()
        before = group_state()
        call_command("setup_roles", stdout=StringIO())
        assert group_state() == before
        assert Group.objects.filter(name=TRANSLATORS_GROUP_NAME).count() == 1

    def test_translators_may_submit_translations_and_use_the_admin(self, english_site):
        group = setup_roles().group
        codenames = set(group.permissions.values_list("codename", flat=True))
        assert {
            "access_admin",
            "submit_translation",
            "change_actor",
            "publish_actor",
            "change_theme",
        } <= codenames

    def test_page_permissions_sit_on_the_english_home_and_not_on_the_danish_one(
        self, english_site, home_page
    ):
        group = setup_roles().group
        english_home = home_page.get_translation(Locale.objects.get(language_code="en"))
        granted = GroupPagePermission.objects.filter(group=group)
        assert {p.permission.codename for p in granted.filter(page=english_home)} == {
            "add_page",
            "change_page",
            "publish_page",
        }
        assert not granted.filter(page__locale=home_page.locale).exists()

    def test_languages_without_a_home_page_are_reported(self, english_site):
        out = StringIO()
        with translation.override("en"):
            call_command("setup_roles", stdout=out)
        assert "Polish has no home page yet" in out.getvalue()

    def test_rerunning_after_adding_a_language_grants_its_home(
        self, english_site, home_page, django_capture_on_commit_callbacks
    ):
        setup_roles()
        with django_capture_on_commit_callbacks(execute=True):
            polish_home = translate_with_strings(home_page, "pl", {})
        result = setup_roles()
        assert Page.objects.get(pk=polish_home.pk) in result.translated_homes
        assert GroupPagePermission.objects.filter(group=result.group, page=polish_home).count() == 3


@pytest.mark.django_db
class TestTranslatorOnPages:
    def test_can_open_the_english_case_study(self, translator_client, english_site, english):
        response = translator_client.get(page_edit_url(english_site["case_study"].get_translation(english)))
        assert response.status_code == 200

    def test_can_publish_the_english_home_page(
        self, translator_client, translator, home_page, english, django_capture_on_commit_callbacks
    ):
        english_home = home_page.get_translation(english)
        with django_capture_on_commit_callbacks(execute=True):
            response = translator_client.post(page_edit_url(english_home), {"action": "publish"})
        assert response.status_code == 302
        english_home.refresh_from_db()
        assert english_home.live_revision.user == translator

    def test_can_publish_the_english_case_study(
        self, translator_client, translator, english_site, english, django_capture_on_commit_callbacks
    ):
        english_case = english_site["case_study"].get_translation(english)
        with django_capture_on_commit_callbacks(execute=True):
            translator_client.post(page_edit_url(english_case), {"action": "publish"})
        english_case.refresh_from_db()
        assert english_case.live_revision.user == translator

    @pytest.mark.parametrize("page_key", ["home", "case_study"])
    def test_is_refused_the_danish_editor(self, translator_client, english_site, home_page, page_key):
        page = home_page if page_key == "home" else english_site["case_study"]
        assert permission_denied(translator_client.get(page_edit_url(page)))

    def test_a_direct_publish_of_the_danish_case_study_changes_nothing(self, translator_client, english_site):
        case_study = english_site["case_study"]
        revisions = case_study.revisions.count()
        response = translator_client.post(
            page_edit_url(case_study),
            {"title": "Overtaget", "slug": "overtaget", "action-publish": "action-publish"},
        )
        assert permission_denied(response)
        case_study.refresh_from_db()
        assert case_study.title == "Jobcafé på biblioteket"
        assert case_study.revisions.count() == revisions


@pytest.mark.django_db
class TestTranslatorOnActors:
    def test_the_danish_actor_has_no_edit_link_in_the_listing(self, translator_client, english_site):
        response = translator_client.get(reverse("wagtailsnippets_directory_actor:list"))
        assert response.status_code == 200
        html = response.content.decode()
        assert "Aarhus Hovedbibliotek" in html
        assert actor_edit_url(english_site["library"]) not in html

    def test_the_english_actor_has_an_edit_link_in_the_listing(
        self, translator_client, english_site, english
    ):
        response = translator_client.get(reverse("wagtailsnippets_directory_actor:list"), {"locale": "en"})
        assert actor_edit_url(english_site["library"].get_translation(english)) in response.content.decode()

    def test_is_refused_the_danish_actor_editor(self, translator_client, english_site):
        assert permission_denied(translator_client.get(actor_edit_url(english_site["library"])))

    def test_a_direct_publish_of_the_danish_actor_changes_nothing(self, translator_client, english_site):
        library = english_site["library"]
        revisions = library.revisions.count()
        form = actor_form(library.municipality, name="Overtaget", slug=library.slug)
        response = translator_client.post(actor_edit_url(library), {**form, "action-publish": "publish"})
        assert permission_denied(response)
        library.refresh_from_db()
        assert library.name == "Aarhus Hovedbibliotek"
        assert library.revisions.count() == revisions

    def test_can_open_and_publish_the_english_actor(
        self, translator_client, translator, english_site, english, django_capture_on_commit_callbacks
    ):
        english_library = english_site["library"].get_translation(english)
        assert translator_client.get(actor_edit_url(english_library)).status_code == 200
        with django_capture_on_commit_callbacks(execute=True):
            translator_client.post(actor_edit_url(english_library), {"action": "publish"})
        english_library = Actor.objects.get(pk=english_library.pk)
        assert english_library.live_revision.user == translator
        assert english_library.name == "Aarhus Main Library"

    def test_a_translator_who_is_also_an_editor_may_edit_the_danish_actor(
        self, translator_client, translator, english_site
    ):
        editors = Group.objects.create(name="Actor editors")
        editors.permissions.add(
            *Permission.objects.filter(content_type__app_label="directory", codename__in=["change_actor"])
        )
        translator.groups.add(editors)
        library = english_site["library"]
        form = actor_form(library.municipality, name="Aarhus Hovedbibliotek (Dokk1)", slug=library.slug)
        response = translator_client.post(actor_edit_url(library), form)
        assert response.status_code == 302
        assert (
            Actor.objects.get(pk=library.pk).get_latest_revision_as_object().name
            == "Aarhus Hovedbibliotek (Dokk1)"
        )

    def test_a_superuser_still_sees_the_danish_edit_link(self, admin_client, english_site):
        response = admin_client.get(reverse("wagtailsnippets_directory_actor:list"))
        assert actor_edit_url(english_site["library"]) in response.content.decode()
