"""Open data: the actor directory as CSV, JSON and HSDS 3.0 (Open Referral), per municipality or national.

Only what the directory already publishes leaves the site: live actors under live, public municipality
pages, in the reader's language with the site's fallback (see `languages.fallback.prefer_locales`). An
actor's phone, e-mail and website are the organisation's work details; nothing from the municipality
coordinator or any form submission is exported.

At national scale (thousands of actors) the rows are read in chunks with their languages and target
groups prefetched per chunk, and CSV and JSON are streamed, so memory and the number of queries stay
bounded whatever the size of the directory.
"""

import csv
import datetime
import json
import re
import uuid

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone, translation
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.rich_text import get_text_for_indexing

from directory.models import Actor, MunicipalityPage, Region, Sector
from home.models import TargetGroup
from languages.fallback import prefer_locales
from languages.locales import fallback_chain
from publicforms.spreadsheets import spreadsheet_safe

CHUNK_SIZE = 2000
HSDS_VERSION = "3.0"

# Stable identifiers: every HSDS id is a UUID derived from the actor's translation key, so the same actor
# keeps the same ids in every language and in every export, and consumers can update rather than duplicate.
HSDS_NAMESPACE = uuid.UUID("5b0c7e1e-3f0a-4b8e-9d1c-6f2a8e4d9b37")

CSV_COLUMNS = [
    "id",
    "language",
    "name",
    "sector",
    "sector_label",
    "municipality_code",
    "municipality",
    "description",
    "services",
    "address",
    "postcode",
    "city",
    "phone",
    "email",
    "website",
    "opening_hours",
    "languages",
    "target_groups",
    "verified_on",
    "last_published_at",
    "url",
]

# The Danish profile of HSDS 3.0, as JSON merge patches over the core schemas (the way HSDS profiles are
# written). It adds the official three-digit municipality code to locations and service areas.
MUNICIPALITY_CODE_PROPERTY = {
    "name": "municipality_code",
    "type": "string",
    "title": "Municipality code",
    "description": "The official three-digit Danish municipality code (kommunekode), e.g. 751 for Aarhus.",
    "pattern": "^[0-9]{3}$",
    "example": "751",
}
HSDS_PROFILE = {
    "name": "Erfaringsportalen, Danish profile of HSDS 3.0",
    "hsds_version": HSDS_VERSION,
    "description": (
        "Core HSDS 3.0 with the Danish municipality code on locations and service areas. Sectors and "
        "target groups are taxonomy terms linked to services through attributes; languages are ISO 639 "
        "codes; a service's assured_date is the date its details were last verified."
    ),
    "schema_patches": {
        "location.json": {
            "properties": {"municipality_code": MUNICIPALITY_CODE_PROPERTY},
            "required": ["id", "location_type", "municipality_code"],
        },
        "service_area.json": {
            "properties": {"municipality_code": MUNICIPALITY_CODE_PROPERTY},
            "required": ["id", "municipality_code"],
        },
    },
}

MUNICIPALITY_CODE = re.compile(r"^\d{3}$")


def find_municipality(code, language_code):
    """The live, public municipality page with this code in the reader's language (or its fallback)."""
    if not code or not MUNICIPALITY_CODE.match(code):
        return None
    pages = MunicipalityPage.objects.live().public().filter(code=code)
    return prefer_locales(pages, language_code).select_related("locale").first()


def export_actors(language_code, municipality_code=None):
    """The live actors shown in the directory, one per actor in the best available language."""
    municipalities = MunicipalityPage.objects.live().public()
    if municipality_code:
        municipalities = municipalities.filter(code=municipality_code)
    actors = Actor.objects.filter(live=True, municipality_id__in=municipalities.values("pk"))
    return (
        prefer_locales(actors, language_code)
        .select_related("locale", "municipality__municipalitypage")
        .prefetch_related("languages", "target_groups")
        .order_by("municipality__municipalitypage__code", "name", "pk")
    )


def iter_actors(queryset):
    """Read in chunks: the prefetches run once per chunk, not once per actor."""
    return queryset.iterator(chunk_size=CHUNK_SIZE)


def actor_record(actor, request=None):
    """One actor as a flat dictionary of public facts; labels are in the active language."""
    municipality = actor.municipality.municipalitypage
    return {
        "id": str(actor.translation_key),
        "language": actor.locale.language_code,
        "name": actor.name,
        "slug": actor.slug,
        "sector": actor.sector,
        "sector_label": str(actor.get_sector_display()),
        "municipality_code": municipality.code,
        "municipality": municipality.title,
        "description": get_text_for_indexing(actor.description),
        "services": [
            {"name": block.value["name"], "description": block.value["description"]}
            for block in actor.services
        ],
        "address": actor.address,
        "postcode": actor.postcode,
        "city": actor.city,
        "phone": actor.phone,
        "email": actor.email,
        "website": actor.website,
        "opening_hours": actor.opening_hours,
        "languages": [language.code for language in actor.languages.all()],
        "target_groups": [group.code for group in actor.target_groups.all()],
        "verified_on": actor.verified_on.isoformat() if actor.verified_on else None,
        "last_published_at": actor.last_published_at.isoformat() if actor.last_published_at else None,
        "url": actor.get_full_url(request),
    }


class _Echo:
    """A file-like object for csv.writer that hands each row back instead of storing it."""

    def write(self, value):
        return value


def _csv_cell(value):
    """A list as one cell ("da; en"), and no cell a spreadsheet would run as a formula."""
    if isinstance(value, list):
        value = "; ".join(str(item) for item in value)
    return spreadsheet_safe(value)


def csv_rows(queryset, language_code, request=None):
    """The CSV lines, header first, with a byte-order mark so spreadsheet programs read UTF-8.

    A streamed body is produced after the view has returned, when the request's language is no longer
    active, so the labels are translated inside the generator.
    """
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow(CSV_COLUMNS)
    with translation.override(language_code):
        for actor in iter_actors(queryset):
            record = actor_record(actor, request)
            record["services"] = [service["name"] for service in record["services"]]
            yield writer.writerow([_csv_cell(record[column]) for column in CSV_COLUMNS])


def json_chunks(queryset, metadata, request=None):
    """A JSON document {…metadata, "actors": […]}, produced piece by piece in the metadata's language."""
    head = json.dumps(metadata, cls=DjangoJSONEncoder, ensure_ascii=False)
    yield head[:-1] + ', "actors": ['
    with translation.override(metadata["language"]):
        for index, actor in enumerate(iter_actors(queryset)):
            yield ("," if index else "") + json.dumps(actor_record(actor, request), ensure_ascii=False)
    yield "]}"


def export_metadata(language_code, municipality=None):
    return {
        "source": "Erfaringsportalen",
        "language": language_code,
        "fallback_languages": fallback_chain(language_code)[1:],
        "municipality_code": municipality.code if municipality else None,
        "generated_at": timezone.now().isoformat(),
    }


# --- HSDS 3.0 ------------------------------------------------------------------------------------


def hsds_id(*parts):
    return str(uuid.uuid5(HSDS_NAMESPACE, "/".join(str(part) for part in parts)))


def _compact(data):
    """HSDS validates formats (uri, email): leave out empty optional values rather than send ""."""
    return {key: value for key, value in data.items() if value not in ("", None, [])}


def hsds_taxonomies(language_code):
    """The two vocabularies the portal classifies by, as HSDS taxonomies with their terms."""
    taxonomies = [
        {
            "id": hsds_id("taxonomy", "sector"),
            "name": "erfaringsportalen-sector",
            "description": _("The kind of organisation an actor is."),
            "version": "1",
        },
        {
            "id": hsds_id("taxonomy", "target_group"),
            "name": "erfaringsportalen-target-group",
            "description": _("The groups of newcomers an actor serves."),
            "version": "1",
        },
    ]
    terms = [_taxonomy_term("sector", code, str(label), language_code) for code, label in Sector.choices] + [
        _taxonomy_term("target_group", code, str(label), language_code)
        for code, label in TargetGroup.Code.choices
    ]
    return taxonomies, terms


def _taxonomy_term(kind, code, label, language_code):
    return {
        "id": hsds_id("term", kind, code),
        "code": code,
        "name": label,
        "description": label,
        "taxonomy": f"erfaringsportalen-{kind.replace('_', '-')}",
        "taxonomy_id": hsds_id("taxonomy", kind),
        "language": language_code,
    }


def hsds_chunks(queryset, language_code, request=None, municipality=None, profile_url=""):
    """The whole export as one JSON document, streamed: taxonomies, organisations, services, locations.

    Each of the three lists is a separate chunked pass over the actors, so neither memory nor the number
    of queries grows with the directory (a national file is tens of megabytes).
    """
    with translation.override(language_code):
        taxonomies, terms = hsds_taxonomies(language_code)
        head = {
            "hsds_version": HSDS_VERSION,
            "profile": profile_url,
            **export_metadata(language_code, municipality),
            "taxonomies": taxonomies,
            "taxonomy_terms": terms,
        }
        yield json.dumps(head, ensure_ascii=False)[:-1]
        terms_by_id = {term["id"]: term for term in terms}
        regions = {code: str(label) for code, label in Region.choices}
        lists = {
            "organizations": lambda actor: [hsds_organization(actor, request)],
            "services": lambda actor: hsds_services(actor, terms_by_id, request),
            "locations": lambda actor: [hsds_location(actor, regions)],
        }
        for key, build in lists.items():
            yield f', "{key}": ['
            separator = ""
            for actor in iter_actors(queryset):
                for item in build(actor):
                    yield separator + json.dumps(item, ensure_ascii=False)
                    separator = ","
            yield "]"
        yield "}"


def _phones(actor, **link):
    """The organisation's phone number, linked to one HSDS object (organisation, contact or service)."""
    if not actor.phone:
        return []
    owner = next(iter(link.values()))
    return [{"id": hsds_id("phone", owner), **link, "number": actor.phone, "type": "voice"}]


def hsds_organization(actor, request=None):
    """The actor as an HSDS organisation with one functional contact: work details only, no person."""
    key = actor.translation_key
    organization_id = hsds_id("organization", key)
    url = actor.get_full_url(request)
    description = get_text_for_indexing(actor.description)
    organization = _compact(
        {
            "id": organization_id,
            "name": actor.name,
            "description": description,
            "email": actor.email,
            "website": actor.website,
            "uri": url,
            "phones": _phones(actor, organization_id=organization_id),
            "contacts": [
                _compact(
                    {
                        "id": hsds_id("contact", key),
                        "organization_id": organization_id,
                        "title": _("General enquiries"),
                        "department": actor.name,
                        "email": actor.email,
                        "phones": _phones(actor, contact_id=hsds_id("contact", key)),
                    }
                )
            ],
        }
    )
    organization.setdefault("description", "")
    return organization


def hsds_location(actor, regions):
    """The actor's address as a physical HSDS location, with the Danish profile's municipality code."""
    municipality = actor.municipality.municipalitypage
    key = actor.translation_key
    organization_id = hsds_id("organization", key)
    location_id = hsds_id("location", key)
    location = _compact(
        {
            "id": location_id,
            "location_type": "physical",
            "organization_id": organization_id,
            "name": actor.name,
            "municipality_code": municipality.code,
            "languages": [
                {
                    "id": hsds_id("language", location_id, language.code),
                    "location_id": location_id,
                    **_lang(language),
                }
                for language in actor.languages.all()
            ],
            "addresses": [
                _compact(
                    {
                        "id": hsds_id("address", key),
                        "location_id": location_id,
                        "address_1": actor.address,
                        "city": actor.city,
                        "region": municipality.title,
                        "state_province": regions.get(municipality.region, ""),
                        "postal_code": actor.postcode,
                        "country": "DK",
                        "address_type": "physical",
                    }
                )
            ]
            if actor.address
            else [],
        }
    )
    return location


def hsds_services(actor, terms_by_id, request=None):
    """One HSDS service per service the actor lists (or one named after the actor), classified by
    sector and target group and dated by the last verification."""
    municipality = actor.municipality.municipalitypage
    key = actor.translation_key
    organization_id = hsds_id("organization", key)
    location_id = hsds_id("location", key)
    url = actor.get_full_url(request)
    description = get_text_for_indexing(actor.description)
    offered = [(block.id, block.value["name"], block.value["description"]) for block in actor.services]
    if not offered:
        offered = [("main", actor.name, description)]
    actor_services = []
    for block_id, name, service_description in offered:
        service_id = hsds_id("service", key, block_id)
        term_ids = [hsds_id("term", "sector", actor.sector)] + [
            hsds_id("term", "target_group", group.code) for group in actor.target_groups.all()
        ]
        actor_services.append(
            _compact(
                {
                    "id": service_id,
                    "organization_id": organization_id,
                    "name": name,
                    "description": service_description,
                    "url": url,
                    "email": actor.email,
                    "status": "active",
                    "assured_date": actor.verified_on.isoformat() if actor.verified_on else None,
                    "last_modified": _datetime(actor.last_published_at),
                    "languages": [
                        {
                            "id": hsds_id("language", service_id, language.code),
                            "service_id": service_id,
                            **_lang(language),
                        }
                        for language in actor.languages.all()
                    ],
                    "phones": _phones(actor, service_id=service_id),
                    "service_areas": [
                        {
                            "id": hsds_id("service_area", service_id),
                            "service_id": service_id,
                            "name": municipality.title,
                            "municipality_code": municipality.code,
                        }
                    ],
                    "service_at_locations": [
                        {
                            "id": hsds_id("service_at_location", service_id),
                            "service_id": service_id,
                            "location_id": location_id,
                        }
                    ],
                    "attributes": [
                        {
                            "id": hsds_id("attribute", service_id, term_id),
                            "link_id": service_id,
                            "link_type": terms_by_id[term_id]["taxonomy"],
                            "link_entity": "service",
                            "taxonomy_term_id": term_id,
                        }
                        for term_id in term_ids
                        if term_id in terms_by_id
                    ],
                }
            )
        )
    return actor_services


def _lang(language):
    """ISO 639 code, the name in Danish for a Danish export (English otherwise) and the autonym."""
    name = language.name_da if get_language() == "da" else language.name_en
    return {"name": name, "code": language.code, "note": language.autonym}


def _datetime(value):
    if value is None:
        return None
    return value.astimezone(datetime.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
