"""The HSDS export validated against the official HSDS 3.0 schemas.

The schemas are data, copied unchanged from Open Referral's specification into opendata/data/hsds/ (its
NOTICE.md names the commit and the licence), so the check runs the same on any machine.
"""

import copy
import json

import pytest
from django.conf import settings
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from directory.factories import ActorFactory
from directory.models import Language
from home.models import TargetGroup
from languages.translation import translate_with_strings
from opendata.exports import HSDS_PROFILE, hsds_id

HSDS_SCHEMAS = settings.BASE_DIR / "opendata" / "data" / "hsds"


def _merge_patch(target, patch):
    """RFC 7386 JSON merge patch: how an HSDS profile changes the core schemas."""
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    result = copy.deepcopy(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = _merge_patch(result.get(key), value)
    return result


def _schemas(profile=False):
    if not (HSDS_SCHEMAS / "service.json").is_file():
        raise FileNotFoundError(
            f"The HSDS 3.0 schemas are missing: expected them in {HSDS_SCHEMAS} (see its NOTICE.md)."
        )
    schemas = {path.name: json.loads(path.read_text()) for path in HSDS_SCHEMAS.glob("*.json")}
    schemas.pop("openapi.json")
    if profile:
        for name, patch in HSDS_PROFILE["schema_patches"].items():
            schemas[name] = _merge_patch(schemas[name], patch)
    return schemas


def validator(name, profile=False):
    """A validator for one HSDS schema whose "$ref": "contact.json" resolve to the sibling files."""
    schemas = _schemas(profile)
    registry = Registry().with_resources(
        (file_name, Resource.from_contents(schema, default_specification=DRAFT202012))
        for file_name, schema in schemas.items()
    )
    return Draft202012Validator(
        schemas[name], registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def errors(name, items, profile=False):
    check = validator(name, profile)
    return [
        f"{name}: {error.json_path}: {error.message}" for item in items for error in check.iter_errors(item)
    ]


def download(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return json.loads(b"".join(response.streaming_content))


@pytest.fixture
def document(client, tree):
    library = tree["library"]
    library.languages.set([Language.objects.get(code="ar"), Language.objects.get(code="uk")])
    library.target_groups.set(TargetGroup.objects.filter(code__in=["refugees", "families"]))
    library.services = [
        ("service", {"name": "Sprogcafé", "description": "Hver tirsdag"}),
        ("service", {"name": "Hjælp til MitID", "description": ""}),
    ]
    library.save()
    return download(client, "/da/open-data/751/hsds.json")


@pytest.mark.django_db
class TestHsdsExport:
    @pytest.mark.parametrize(
        ("schema", "key"),
        [
            ("organization.json", "organizations"),
            ("service.json", "services"),
            ("location.json", "locations"),
            ("taxonomy.json", "taxonomies"),
            ("taxonomy_term.json", "taxonomy_terms"),
        ],
    )
    def test_valid_against_the_core_schemas(self, document, schema, key):
        assert document[key]
        assert errors(schema, document[key]) == []

    @pytest.mark.parametrize(
        ("schema", "key"), [("location.json", "locations"), ("service.json", "services")]
    )
    def test_valid_against_the_danish_profile(self, document, schema, key):
        assert errors(schema, document[key], profile=True) == []

    def test_profile_requires_the_municipality_code(self, document):
        location = {
            key: value for key, value in document["locations"][0].items() if key != "municipality_code"
        }
        assert errors("location.json", [location]) == []
        assert any(
            "municipality_code" in error for error in errors("location.json", [location], profile=True)
        )

    def test_core_schemas_catch_a_broken_export(self, document):
        service = document["services"][0]
        assert errors("service.json", [{**service, "status": "open"}]) != []
        # A nested object is checked against its own file ("$ref": "phone.json"): a phone needs a number.
        phone = {key: value for key, value in service["phones"][0].items() if key != "number"}
        assert any(
            "'number' is a required property" in error
            for error in errors("service.json", [{**service, "phones": [phone]}])
        )

    def test_each_listed_service_becomes_an_hsds_service(self, document):
        names = {service["name"] for service in document["services"]}
        assert {"Sprogcafé", "Hjælp til MitID", "Jobcenter Aarhus"} <= names

    def test_service_carries_languages_taxonomy_and_verification(self, document, tree):
        service = next(service for service in document["services"] if service["name"] == "Sprogcafé")
        assert sorted(language["code"] for language in service["languages"]) == ["ar", "uk"]
        terms = {term["id"]: term["code"] for term in document["taxonomy_terms"]}
        assert {terms[attribute["taxonomy_term_id"]] for attribute in service["attributes"]} == {
            "library",
            "refugees",
            "families",
        }
        assert service["assured_date"] == tree["library"].verified_on.isoformat()
        assert service["service_areas"][0]["municipality_code"] == "751"

    def test_location_has_the_postal_address(self, document):
        address = document["locations"][0]["addresses"][0]
        assert (address["address_1"], address["postal_code"], address["country"]) == (
            "Bibliotekvej 1",
            "8000",
            "DK",
        )

    def test_contacts_are_the_organisations_work_details(self, document):
        contact = document["organizations"][0]["contacts"][0]
        assert contact["email"] == "aarhus-hovedbibliotek@example.org"
        assert "name" not in contact

    def test_ids_are_stable_across_languages(self, client, tree, home_page):
        for page in (home_page, tree["directory"], tree["municipality"]):
            translate_with_strings(page, "en", {})
        translate_with_strings(tree["library"], "en", {"Aarhus Hovedbibliotek": "Aarhus Main Library"})
        english = download(client, "/en/open-data/751/hsds.json")
        organization = next(
            item for item in english["organizations"] if item["name"] == "Aarhus Main Library"
        )
        assert organization["id"] == hsds_id("organization", tree["library"].translation_key)

    def test_drafts_are_left_out(self, client, tree):
        ActorFactory(municipality=tree["municipality"], name="Kladde", slug="kladde", live=False)
        names = {item["name"] for item in download(client, "/da/open-data/hsds.json")["organizations"]}
        assert names == {"Aarhus Hovedbibliotek", "Jobcenter Aarhus"}

    def test_profile_document_is_published(self, client, document):
        assert document["profile"] == "http://testserver/da/open-data/hsds-profile.json"
        profile = client.get("/da/open-data/hsds-profile.json").json()
        assert "location.json" in profile["schema_patches"]
