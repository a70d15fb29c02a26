"""Builds a small, complete site (every page type under its legal parent) for the tests, and shares data
built once per test file: module-scoped fixtures write it inside one transaction that is rolled back after
the file's last test (tests/conftest.py: site_tree)."""

import datetime
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.db import connections, transaction
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


def fresh_copies(objects):
    """The same rows, read again: each test gets instances no earlier test has changed in memory.

    A test may rename a page or add a child to it; treebeard then raises `numchild` on the instance and
    Wagtail caches `specific` and revisions on it. The database change is rolled back after the test, the
    instance would keep it, so module-wide data hands out copies read by primary key.
    """
    return {key: type(obj)._default_manager.get(pk=obj.pk) for key, obj in objects.items()}


@contextmanager
def module_transaction(django_db_blocker):
    """One transaction on every database around a test file's shared data, rolled back after its last test.

    pytest-django's `db` opens each test's transaction inside it, as a savepoint, so what a test changes is
    undone before the next test, and the shared data once the file is done. The database stays blocked in
    between, for tests that did not ask for it.
    """
    with django_db_blocker.unblock():
        atomics = [transaction.atomic(using=alias) for alias in connections]
        for atomic in atomics:
            atomic.__enter__()
    try:
        yield
    finally:
        with django_db_blocker.unblock():
            for atomic in reversed(atomics):
                transaction.set_rollback(True, using=atomic.using)
                atomic.__exit__(None, None, None)


@dataclass
class ModuleData:
    """What a module-scoped fixture wrote: the objects it hands out, the on_commit callbacks it scheduled."""

    objects: dict
    callbacks: list = field(default_factory=list)

    def for_test(self):
        """Fresh copies of the objects, with the callbacks pending in the test's own transaction, as they
        were when each test built its data itself (the cooperation statistics, for one, schedule one refresh
        per transaction and look for a pending one first)."""
        for alias, callback, robust in self.callbacks:
            transaction.on_commit(callback, using=alias, robust=robust)
        return fresh_copies(self.objects)


@contextmanager
def module_writes(django_db_blocker):
    """Database access for a module-scoped fixture, inside the file's transaction (module_transaction).

    The on_commit callbacks its writes schedule would stay pending in that transaction for the whole file;
    they are taken out into the list this yields, for ModuleData to hand to each test.
    """
    callbacks = []
    with django_db_blocker.unblock():
        yield callbacks
    for alias in connections:
        connection = connections[alias]
        callbacks += [(alias, callback, robust) for _savepoints, callback, robust in connection.run_on_commit]
        connection.run_on_commit = []
