"""The read-only JSON API (/api/v1/): actors, case studies and seminars, described by an OpenAPI document.

django-ninja builds the OpenAPI document from the same type hints that validate the query, and brings
throttling; its documentation page is served from its own static files (`ninja` is an installed app),
never from a CDN. The API lives in `config` because it is the one place allowed to import all three
domain apps.

Like the site, the API answers in the asked-for language and falls back along
`PORTAL_LANGUAGE_FALLBACKS` where an item is not translated (each item says which language it is in).
Only live, public content leaves: no drafts, and no personal data (a case study's contact person,
seminar registrations and municipality coordinators are left out).
"""

import datetime
import math
from typing import Literal

from django.conf import settings
from django.db.models import Prefetch, Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from ninja import Field, NinjaAPI, Query, Schema
from ninja.errors import ValidationError
from ninja.throttling import AnonRateThrottle
from wagtail.rich_text import get_text_for_indexing

from casestudies.blocks import SECTION_TYPES
from casestudies.models import CaseStudyMunicipality, CaseStudyPage, CaseStudyParticipant
from directory.models import MunicipalityPage, Sector
from languages.fallback import prefer_locales
from opendata import exports
from publicforms.client_address import client_address
from seminars.models import SeminarPage

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 200
# Generous for a person or a nightly harvest, small enough that one client cannot load the site.
ANONYMOUS_RATE = "120/m"

LanguageCode = Literal[tuple(code for code, _name in settings.LANGUAGES)]
SectorCode = Literal[tuple(Sector.values)]


class ClientRateThrottle(AnonRateThrottle):
    """Counts per client as the forms do: X-Forwarded-For only from TRUSTED_PROXIES, never from anyone."""

    def get_ident(self, request):
        return client_address(request)


api = NinjaAPI(
    title="Erfaringsportalen API",
    version="1",
    description=(
        "Read-only open data from Erfaringsportalen: the actors serving newcomers in Danish municipalities, "
        "case studies of their cooperation, and seminars. Every list takes `language` (da, en, uk, ar, pl; "
        "an item missing in that language comes in the next language of the fallback chain, and says so "
        "in its `language`), filters, and `page`/`page_size`. Anonymous clients may make "
        f"{ANONYMOUS_RATE.replace('/m', ' requests a minute')}."
    ),
    urls_namespace="api_v1",
    throttle=[ClientRateThrottle(ANONYMOUS_RATE)],
)

FIELD_ERRORS = {
    "language": _("Choose one of the languages da, en, uk, ar or pl."),
    "municipality": _("A municipality code has exactly three digits, for example 751."),
    "sector": _("Unknown sector. The sectors are listed in the API description (openapi.json)."),
    "modified_since": _("Give a date and time in ISO 8601 format, for example 2025-01-31T00:00:00Z."),
    "page": _("The page number is a whole number from 1."),
    "page_size": _("The page size is a whole number from 1 to 200."),
}


@api.exception_handler(ValidationError)
def translated_validation_error(request, exc):
    """Bad input gets one clear message per field, in the asked-for language when that one is valid."""
    language = request.GET.get("language")
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    with translation.override(language):
        errors = {}
        for error in exc.errors:
            field = str(error["loc"][-1]) if error.get("loc") else "query"
            errors[field] = str(FIELD_ERRORS.get(field, _("This value is not valid.")))
    return api.create_response(request, {"errors": errors}, status=422)


class Filters(Schema):
    language: LanguageCode = Field(settings.LANGUAGE_CODE, description="The language to answer in.")
    municipality: str | None = Field(
        None, pattern=r"^\d{3}$", description="Official three-digit municipality code, e.g. 751 (Aarhus)."
    )
    modified_since: datetime.datetime | None = Field(
        None, description="Only items published on or after this time (ISO 8601)."
    )
    page: int = Field(1, ge=1)
    page_size: int = Field(DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE)


class SectorFilters(Filters):
    sector: SectorCode | None = Field(None, description="Actor sector (for case studies: a participant's).")


class Service(Schema):
    name: str
    description: str


class Actor(Schema):
    id: str = Field(description="Stable across languages (the translation key).")
    language: str
    name: str
    slug: str
    sector: str
    sector_label: str
    municipality_code: str
    municipality: str
    description: str
    services: list[Service]
    address: str
    postcode: str
    city: str
    phone: str = Field(description="The organisation's phone number.")
    email: str = Field(description="The organisation's e-mail address.")
    website: str
    opening_hours: str
    languages: list[str] = Field(description="ISO 639 codes of the languages served in.")
    target_groups: list[str]
    verified_on: datetime.date | None
    last_published_at: datetime.datetime | None
    url: str


class Participant(Schema):
    actor_id: str
    name: str
    sector: str
    role: str


class Section(Schema):
    type: str
    heading: str
    text: str


class CaseStudy(Schema):
    id: str
    language: str
    title: str
    url: str
    summary: str
    start_date: datetime.date
    end_date: datetime.date | None
    origin: str
    municipality_codes: list[str]
    themes: list[str]
    target_groups: list[str]
    participants: list[Participant]
    sections: list[Section]
    last_published_at: datetime.datetime | None


class Seminar(Schema):
    id: str
    language: str
    title: str
    url: str
    intro: str
    start: datetime.datetime
    end: datetime.datetime
    status: str
    status_label: str
    municipality_code: str
    organiser: str
    venue: str
    address: str
    postcode: str
    city: str
    capacity: int | None
    registration_deadline: datetime.datetime | None
    summary: str
    last_published_at: datetime.datetime | None


class Page(Schema):
    count: int = Field(description="Items matching the filters, on all pages.")
    page: int
    pages: int
    next: str | None
    previous: str | None


class ActorList(Page):
    items: list[Actor]


class CaseStudyList(Page):
    items: list[CaseStudy]


class SeminarList(Page):
    items: list[Seminar]


def _page(request, queryset, filters, to_item):
    """One page of `queryset` with links to its neighbours; two queries plus the prefetches."""
    count = queryset.count()
    pages = max(1, math.ceil(count / filters.page_size))
    start = (filters.page - 1) * filters.page_size
    items = []
    # A page past the last is empty without asking the database (a 64-bit offset would make it fail).
    if filters.page <= pages:
        with translation.override(filters.language):
            items = [to_item(item, request) for item in queryset[start : start + filters.page_size]]

    def link(number):
        if not 1 <= number <= pages:
            return None
        query = request.GET.copy()
        query["page"] = number
        return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")

    return {
        "count": count,
        "page": filters.page,
        "pages": pages,
        "next": link(filters.page + 1),
        "previous": link(filters.page - 1) if filters.page <= pages else None,
        "items": items,
    }


def _modified_since(queryset, since):
    """Items published since `since`; an item with no publication date is included, as it may be new."""
    return queryset.filter(Q(last_published_at__gte=since) | Q(last_published_at__isnull=True))


def _municipality_pages(code):
    return MunicipalityPage.objects.filter(code=code).values("pk")


@api.get("/actors", response=ActorList, tags=["actors"], summary="Actors (organisations) in the directory")
def actors(request, filters: Query[SectorFilters]):
    queryset = exports.export_actors(filters.language, filters.municipality)
    if filters.sector:
        queryset = queryset.filter(sector=filters.sector)
    if filters.modified_since:
        queryset = _modified_since(queryset, filters.modified_since)
    return _page(request, queryset, filters, exports.actor_record)


def _case_study_item(page, request):
    return {
        "id": str(page.translation_key),
        "language": page.locale.language_code,
        "title": page.title,
        "url": page.get_full_url(request),
        "summary": page.summary,
        "start_date": page.start_date,
        "end_date": page.end_date,
        "origin": page.origin,
        "municipality_codes": [link.municipality.municipalitypage.code for link in page.municipalities.all()],
        "themes": [theme.slug for theme in page.themes.all()],
        "target_groups": [group.code for group in page.target_groups.all()],
        "participants": [
            {
                "actor_id": str(participant.actor.translation_key),
                "name": participant.actor.name,
                "sector": participant.actor.sector,
                "role": participant.role,
            }
            for participant in page.participants.all()
        ],
        "sections": [
            {
                "type": block.block_type,
                "heading": str(block.block.label),
                "text": get_text_for_indexing(str(block.value)),
            }
            for block in page.body
            if block.block_type in SECTION_TYPES
        ],
        "last_published_at": page.last_published_at,
    }


@api.get(
    "/case-studies", response=CaseStudyList, tags=["case studies"], summary="Case studies of cooperation"
)
def case_studies(request, filters: Query[SectorFilters]):
    queryset = prefer_locales(CaseStudyPage.objects.live().public(), filters.language)
    if filters.municipality:
        queryset = queryset.filter(
            pk__in=CaseStudyMunicipality.objects.filter(
                municipality_id__in=_municipality_pages(filters.municipality)
            ).values("page_id")
        )
    if filters.sector:
        queryset = queryset.filter(
            pk__in=CaseStudyParticipant.objects.filter(actor__sector=filters.sector).values("page_id")
        )
    if filters.modified_since:
        queryset = _modified_since(queryset, filters.modified_since)
    queryset = (
        queryset.select_related("locale")
        .prefetch_related(
            "themes",
            "target_groups",
            Prefetch(
                "municipalities",
                queryset=CaseStudyMunicipality.objects.select_related("municipality__municipalitypage"),
            ),
            Prefetch(
                "participants",
                queryset=CaseStudyParticipant.objects.select_related("actor").order_by("sort_order"),
            ),
        )
        .order_by("-start_date", "pk")
    )
    return _page(request, queryset, filters, _case_study_item)


def _seminar_item(page, request):
    return {
        "id": str(page.translation_key),
        "language": page.locale.language_code,
        "title": page.title,
        "url": page.get_full_url(request),
        "intro": page.intro,
        "start": page.start,
        "end": page.end,
        "status": page.status,
        "status_label": str(page.get_status_display()),
        "municipality_code": page.municipality.municipalitypage.code,
        "organiser": page.organiser,
        "venue": page.venue,
        "address": page.address,
        "postcode": page.postcode,
        "city": page.city,
        "capacity": page.capacity,
        "registration_deadline": page.registration_deadline,
        "summary": get_text_for_indexing(page.summary),
        "last_published_at": page.last_published_at,
    }


@api.get("/seminars", response=SeminarList, tags=["seminars"], summary="Local dissemination seminars")
def seminars(request, filters: Query[Filters]):
    queryset = prefer_locales(SeminarPage.objects.live().public(), filters.language)
    if filters.municipality:
        queryset = queryset.filter(municipality_id__in=_municipality_pages(filters.municipality))
    if filters.modified_since:
        queryset = _modified_since(queryset, filters.modified_since)
    queryset = queryset.select_related("locale", "municipality__municipalitypage").order_by("start", "pk")
    return _page(request, queryset, filters, _seminar_item)
