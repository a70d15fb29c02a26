"""A municipality's official code and region in the page editor (directory.admin_forms.MunicipalityPageForm).

They come from the official list: chosen from it when the page is created, shown but never changeable
afterwards — by an editor, a coordinator or a superuser, through the form or a forged POST.
"""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.test.utils.form_data import nested_form_data, rich_text

from directory.models import MunicipalityPage
from tests.roles.roles_support import client_for, fresh, page_edit_url, page_form

NOT_ON_THE_LIST = "Choose a municipality from the official list."


def add_url(index):
    return reverse("wagtailadmin_pages:add", args=["directory", "municipalitypage", index.pk])


def new_municipality(**changes):
    data = {
        "title": "Vejle",
        "slug": "vejle",
        "code": "630",
        "intro": rich_text("<p>Nytilkomne i Vejle.</p>"),
        "coordinator_name": "Sofie Holm",
        "coordinator_title": "",
        "coordinator_email": "",
        "coordinator_phone": "",
    }
    return nested_form_data({**data, **changes})


def form_inputs(html):
    return set(re.findall(r'<(?:input|select|textarea)[^>]*name="([^"]+)"', html))


@pytest.mark.django_db
class TestOfficialFactsOfAMunicipality:
    @pytest.mark.parametrize("role", ["editor", "coordinator", "admin"])
    def test_are_shown_but_not_editable(self, roles_site, role_users, role):
        html = client_for(role_users[role]).get(page_edit_url(roles_site["municipality"])).content.decode()
        assert not {"code", "region"} & form_inputs(html)
        assert "751" in html
        assert "Region Midtjylland" in html

    @pytest.mark.parametrize("role", ["editor", "coordinator", "admin"])
    def test_a_forged_post_changes_neither(self, roles_site, role_users, role):
        aarhus = roles_site["municipality"]
        data = page_form(role_users["admin"], aarhus, code="101", region="DK-84", coordinator_name="Ny")
        response = client_for(role_users[role]).post(page_edit_url(aarhus), data)
        assert response.status_code == 302
        saved = fresh(aarhus).get_latest_revision_as_object()
        assert saved.coordinator_name == "Ny"
        assert (saved.code, saved.region) == ("751", "DK-82")
        assert (fresh(aarhus).code, fresh(aarhus).region) == ("751", "DK-82")


@pytest.mark.django_db
class TestANewMunicipality:
    def test_is_chosen_from_the_official_list_of_those_without_a_page(self, roles_site, role_users):
        response = client_for(role_users["coordinator"]).get(add_url(roles_site["directory"]))
        choices = dict(response.context["form"].fields["code"].choices)
        assert choices["630"] == "Vejle (630)"
        assert len(choices) == 98 - 2 + 1  # Aarhus and Odense have pages; one empty choice
        assert "751" not in choices

    @pytest.mark.parametrize("role", ["coordinator", "admin"])
    def test_gets_its_region_from_the_list(self, roles_site, role_users, role):
        response = client_for(role_users[role]).post(
            add_url(roles_site["directory"]), new_municipality(region="DK-84")
        )
        assert response.status_code == 302
        vejle = MunicipalityPage.objects.get(slug="vejle")
        assert (vejle.code, vejle.region) == ("630", "DK-83")

    @pytest.mark.parametrize("code", ["751", "461", "999", "46x", "", "630\x00"])
    def test_with_a_code_not_on_offer_is_refused_at_the_field(self, roles_site, role_users, code):
        response = client_for(role_users["coordinator"]).post(
            add_url(roles_site["directory"]), new_municipality(code=code)
        )
        assert response.status_code == 200
        assert "code" in response.context["form"].errors
        assert "Sofie Holm" in response.content.decode()
        assert not MunicipalityPage.objects.filter(slug="vejle").exists()

    def test_the_refusal_says_to_use_the_official_list(self, roles_site, role_users):
        response = client_for(role_users["coordinator"]).post(
            add_url(roles_site["directory"]), new_municipality(code="999")
        )
        with translation.override("da"):
            assert response.context["form"].errors["code"] == [gettext(NOT_ON_THE_LIST)]
