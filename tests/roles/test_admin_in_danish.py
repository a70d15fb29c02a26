"""Each role works in Danish: the screens of its daily tasks show no English interface string.

The screens are the ones the editor guide (docs/editor-guide.md) walks each role through. What counts as
English is decided by tests/roles/english.py from the catalogues themselves, so a string Wagtail adds in
an upgrade is caught as soon as it appears on one of these screens untranslated.
"""

import pytest
from django.urls import reverse

from roles.groups import setup_roles
from tests.roles.english import english_on
from tests.roles.roles_support import actor_url, client_for, page_edit_url
from tests.roles.test_localize_endpoints import translate_with_strings, translation_of


def screens(site, role):
    municipality, odense = site["municipality"], site["odense"]
    common = [reverse("wagtailadmin_home"), reverse("wagtailadmin_account"), reverse("editor_guide")]
    by_role = {
        "editor": [
            reverse("wagtailadmin_explore", args=[municipality.pk]),
            page_edit_url(municipality),
            reverse("wagtailadmin_pages:history", args=[municipality.pk]),
            reverse("wagtailadmin_pages:add", args=["casestudies", "casestudypage", site["case_index"].pk]),
            reverse("wagtailsnippets_directory_actor:list"),
            reverse("wagtailsnippets_directory_actor:list") + "?q=bibliotek",
            reverse("wagtailsnippets_directory_actor:add"),
            actor_url("edit", site["library"]),
            reverse("wagtailimages:index"),
            reverse("wagtaildocs:index"),
        ],
        "coordinator": [
            reverse("wagtailadmin_explore", args=[site["directory"].pk]),
            page_edit_url(odense),
            reverse("wagtailsnippets_directory_actor:list"),
            actor_url("edit", site["odense_actor"]),
            reverse("wagtailsnippets_publicforms_submission:list"),
            reverse("wagtailusers_users:index"),
            reverse("wagtailadmin_workflows:index"),
            reverse("wagtailadmin_reports:site_history"),
            reverse("wagtailadmin_reports:locked_pages"),
            reverse("wagtailadmin_reports:workflow"),
            reverse("wagtailadmin_pages:search") + "?q=Aarhus",
            reverse("readability_report:index"),
            reverse("search_report:index"),
            reverse("search_report:promote") + "?query=sprogcafe",
            reverse("translationoverview"),
        ],
        "translator": [
            reverse("translationoverview"),
            reverse("wagtailsnippets_directory_actor:list"),
            reverse("wagtail_localize:submit_page_translation", args=[municipality.pk]),
        ],
        "organiser": [
            reverse("wagtailadmin_explore", args=[site["seminar_index"].pk]),
            page_edit_url(site["seminar"]),
            reverse("wagtailadmin_pages:add", args=["seminars", "seminarpage", site["seminar_index"].pk]),
            reverse("seminar_registrations:index"),
        ],
    }
    return common + by_role[role]


@pytest.mark.django_db
class TestAdminInDanish:
    @pytest.mark.parametrize("role", ["editor", "coordinator", "translator", "organiser"])
    def test_the_screens_of_each_role(self, roles_site, role_users, role):
        client = client_for(role_users[role])
        # The test users are named after their roles in English: their names are data, not interface.
        usernames = {user.username for user in role_users.values()}
        english = {}
        for url in screens(roles_site, role):
            response = client.get(url)
            assert response.status_code == 200, url
            if found := english_on(response.content.decode(), data=usernames):
                english[url] = found
        assert not english, english

    def test_the_translation_editor(self, roles_site, role_users, django_capture_on_commit_callbacks):
        """wagtail-localize's editor draws itself from JSON props and its JavaScript catalogue."""
        for key in ("directory", "municipality", "library"):
            with django_capture_on_commit_callbacks(execute=True):
                translate_with_strings(roles_site[key], "en", {})
        setup_roles()
        client = client_for(role_users["translator"])
        page = translation_of(roles_site["municipality"]).get_target_instance()
        actor = translation_of(roles_site["library"]).get_target_instance()
        english = {}
        for url in (page_edit_url(page), actor_url("edit", actor)):
            response = client.get(url)
            assert response.status_code == 200, url
            if found := english_on(response.content.decode(), data={"translator"}):
                english[url] = found
        assert not english, english
