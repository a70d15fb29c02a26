"""Builds a small, complete site (every page type under its legal parent) for the tests."""

import datetime

from django.utils import timezone

from casestudies.factories import (
    CaseStudyIndexPageFactory,
    CaseStudyMunicipalityFactory,
    CaseStudyPageFactory,
    CaseStudyParticipantFactory,
    ThemeFactory,
)
from directory.factories import ActorFactory, MunicipalityIndexPageFactory, MunicipalityPageFactory
from directory.models import Sector
from seminars.factories import SeminarCaseStudyFactory, SeminarIndexPageFactory, SeminarPageFactory


def build_site(home):
    directory = MunicipalityIndexPageFactory(parent=home, show_in_menus=True)
    aarhus = MunicipalityPageFactory(
        parent=directory, title="Aarhus", slug="aarhus", code="751", region="DK-82"
    )
    library = ActorFactory(
        municipality=aarhus, name="Aarhus Hovedbibliotek", slug="aarhus-hovedbibliotek", sector=Sector.LIBRARY
    )
    job_centre = ActorFactory(
        municipality=aarhus, name="Jobcenter Aarhus", slug="jobcenter-aarhus", sector=Sector.JOB_CENTRE
    )
    cases = CaseStudyIndexPageFactory(parent=home, show_in_menus=True)
    theme = ThemeFactory(name="Job og karriere", slug="employment")
    case_study = CaseStudyPageFactory.build(
        title="Jobcafé på biblioteket",
        slug="jobcafe",
        summary="Biblioteket og jobcentret holdt jobcafé hver torsdag.",
        body=[("challenge", "<p>Mange partnere manglede netværk.</p>"), ("results", "<p>40 fik job.</p>")],
    )
    case_study.themes = [theme]
    case_study.municipalities = [CaseStudyMunicipalityFactory.build(page=None, municipality=aarhus)]
    case_study.participants = [
        CaseStudyParticipantFactory.build(
            page=None, locale=home.locale, actor=library, role="Lagde lokaler til"
        ),
        CaseStudyParticipantFactory.build(
            page=None, locale=home.locale, actor=job_centre, role="Sendte jobsøgere"
        ),
    ]
    cases.add_child(instance=case_study)
    case_study.save_revision().publish()
    seminars = SeminarIndexPageFactory(parent=home, show_in_menus=True)
    seminar = SeminarPageFactory.build(
        title="Formidlingsseminar i Aarhus",
        slug="seminar-aarhus",
        municipality=aarhus,
        start=timezone.now() + datetime.timedelta(days=20),
        end=timezone.now() + datetime.timedelta(days=20, hours=6),
        programme=[
            (
                "item",
                {
                    "time": datetime.time(9, 30),
                    "title": "Velkomst",
                    "speaker": "Mette Lund",
                    "description": "",
                },
            )
        ],
    )
    seminar.presented_case_studies = [SeminarCaseStudyFactory.build(page=None, case_study=case_study)]
    seminars.add_child(instance=seminar)
    return {
        "directory": directory,
        "municipality": aarhus,
        "library": library,
        "job_centre": job_centre,
        "case_index": cases,
        "case_study": case_study,
        "theme": theme,
        "seminar_index": seminars,
        "seminar": seminar,
    }
