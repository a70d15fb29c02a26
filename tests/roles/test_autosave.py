"""Autosave never creates anything before the first deliberate save, and reports a validation error as one."""

import pytest
from django.urls import reverse

from tests.roles.roles_support import actor_post, actor_url, client_for, page_edit_url

JSON = {"HTTP_ACCEPT": "application/json"}


def autosave_attributes(html):
    """The edit form's autosave timer (the indicator in the header is drawn on every form)."""
    return "data-w-autosave-interval-value" in html


@pytest.mark.django_db
class TestAutosave:
    def test_no_autosave_on_a_new_actor(self, roles_site, role_users):
        html = client_for(role_users["editor"]).get(reverse("wagtailsnippets_directory_actor:add")).content
        assert not autosave_attributes(html.decode())

    def test_a_saved_actor_autosaves(self, roles_site, role_users):
        html = client_for(role_users["editor"]).get(actor_url("edit", roles_site["library"])).content
        assert autosave_attributes(html.decode())

    def test_no_autosave_on_a_new_page(self, roles_site, role_users):
        url = reverse(
            "wagtailadmin_pages:add", args=["casestudies", "casestudypage", roles_site["case_index"].pk]
        )
        assert not autosave_attributes(client_for(role_users["editor"]).get(url).content.decode())

    def test_a_saved_page_autosaves(self, roles_site, role_users):
        html = client_for(role_users["editor"]).get(page_edit_url(roles_site["municipality"])).content
        assert autosave_attributes(html.decode())

    def test_a_validation_error_is_reported_as_one(self, roles_site, role_users):
        response = client_for(role_users["editor"]).post(
            actor_url("edit", roles_site["library"]), actor_post(roles_site["library"], postcode="80"), **JSON
        )
        assert response.status_code == 400
        assert response.json()["error_code"] == "validation_error"

    def test_another_municipality_is_a_validation_error_not_a_server_error(self, roles_site, role_users):
        response = client_for(role_users["editor"]).post(
            actor_url("edit", roles_site["library"]),
            actor_post(roles_site["library"], municipality=str(roles_site["odense"].pk)),
            **JSON,
        )
        assert response.status_code == 400
        assert response.json()["error_code"] == "validation_error"
