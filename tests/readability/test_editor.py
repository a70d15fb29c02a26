"""The LIX script in the editor: in the forms of Danish pages and actors, not in those of translations.

What the script computes is tested against the Python in test_lix_js.py; here, where it is inserted and
what it is told.
"""

import json
import re

import pytest
from django.urls import reverse

from readability.texts import EXCLUDED_FIELDS
from tests.roles.roles_support import client_for

SCRIPT = "readability/lix.js"


def config_of(html):
    found = re.search(r'<script id="readability-config" type="application/json">(.*?)</script>', html, re.S)
    return json.loads(found.group(1)) if found else None


def actor_edit(actor):
    return reverse("wagtailsnippets_directory_actor:edit", args=[actor.pk])


@pytest.fixture
def english_actor(tree, english):
    translation = tree["library"].copy_for_translation(english)
    translation.save()
    return translation


@pytest.mark.django_db
class TestWhereTheScriptIs:
    def test_a_danish_actors_form_has_it(self, admin_client, tree):
        html = admin_client.get(actor_edit(tree["library"])).content.decode()
        assert SCRIPT in html
        assert "readability/editor.js" in html
        assert config_of(html)["sourceLocale"] == "da"

    def test_an_english_actors_form_has_not(self, admin_client, english_actor):
        html = admin_client.get(actor_edit(english_actor)).content.decode()
        assert SCRIPT not in html
        assert config_of(html) is None

    def test_a_form_does_not_inherit_the_previous_requests_answer(self, admin_client, tree, english_actor):
        admin_client.get(actor_edit(tree["library"]))
        assert SCRIPT not in admin_client.get(actor_edit(english_actor)).content.decode()
        assert SCRIPT not in admin_client.get(reverse("wagtailadmin_home")).content.decode()

    def test_a_danish_pages_form_has_it(self, admin_client, tree):
        response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[tree["case_study"].pk]))
        assert SCRIPT in response.content.decode()

    def test_a_new_danish_page_has_it(self, admin_client, tree):
        url = reverse("wagtailadmin_pages:add", args=["casestudies", "casestudypage", tree["case_index"].pk])
        assert SCRIPT in admin_client.get(url).content.decode()

    @pytest.mark.parametrize(("locale", "shown"), [("", True), ("da", True), ("en", False)])
    def test_a_new_actor_has_it_in_danish_only(self, admin_client, tree, english, locale, shown):
        url = reverse("wagtailsnippets_directory_actor:add") + (f"?locale={locale}" if locale else "")
        assert (SCRIPT in admin_client.get(url).content.decode()) is shown

    def test_the_editor_for_aarhus_gets_it_on_an_aarhus_actor(self, role_users, roles_site):
        html = client_for(role_users["editor"]).get(actor_edit(roles_site["library"])).content.decode()
        assert SCRIPT in html

    def test_a_refused_form_does_not_get_it(self, role_users, roles_site):
        response = client_for(role_users["editor"]).get(actor_edit(roles_site["odense_actor"]))
        assert SCRIPT not in response.content.decode()


@pytest.mark.django_db
class TestWhatTheScriptIsTold:
    def test_the_fields_it_leaves_out(self, admin_client, tree):
        config = config_of(admin_client.get(actor_edit(tree["library"])).content.decode())
        assert config["excludedFields"] == list(EXCLUDED_FIELDS)

    def test_the_bands_and_the_hint_in_the_admins_language(self, admin_client, tree):
        config = config_of(admin_client.get(actor_edit(tree["library"])).content.decode())
        assert [(band["key"], band["low"]) for band in config["bands"]] == [
            ("very_easy", 0),
            ("easy", 25),
            ("medium", 35),
            ("hard", 45),
            ("very_hard", 55),
        ]
        assert config["hard"] == 45
        assert {"title", "empty", "details", "hint"} <= set(config["strings"])
        assert "%(per_sentence)s" in config["strings"]["details"]
        assert "%(long_share)s" in config["strings"]["details"]
