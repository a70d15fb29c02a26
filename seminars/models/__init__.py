"""Seminars: local dissemination seminars (pages) and the registrations for them."""

from seminars.models.pages import SeminarCaseStudy, SeminarIndexPage, SeminarPage, SeminarStatus
from seminars.models.registrations import (
    Registration,
    RegistrationQuerySet,
    RegistrationStatus,
    municipality_choices,
    url_token,
    value_from_url_token,
)

__all__ = [
    "Registration",
    "RegistrationQuerySet",
    "RegistrationStatus",
    "SeminarCaseStudy",
    "SeminarIndexPage",
    "SeminarPage",
    "SeminarStatus",
    "municipality_choices",
    "url_token",
    "value_from_url_token",
]
