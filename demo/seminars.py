"""Demo content of the seminars: past ones with summaries and materials, upcoming, full and cancelled ones."""

import datetime
import zoneinfo

from casestudies.models import CaseStudyPage
from demo.loader import paragraphs, read, records, section_index, translate
from demo.media import generated_document
from directory.models import MunicipalityPage
from seminars.factories import SeminarCaseStudyFactory, SeminarIndexPageFactory, SeminarPageFactory
from seminars.models import Registration, SeminarIndexPage, SeminarPage

COPENHAGEN = zoneinfo.ZoneInfo("Europe/Copenhagen")
INDEX = "seminars/index.yaml"
SEMINARS = "seminars/events"


def _local(value):
    return datetime.datetime.fromisoformat(value).replace(tzinfo=COPENHAGEN)


def load_seminars(home):
    index = section_index(home, SeminarIndexPage, SeminarIndexPageFactory, read(INDEX))
    municipalities = {page.code: page for page in MunicipalityPage.objects.filter(locale=home.locale)}
    case_studies = {page.slug: page for page in CaseStudyPage.objects.filter(locale=home.locale)}
    existing = set(SeminarPage.objects.child_of(index).values_list("slug", flat=True))
    seminars = records(SEMINARS)
    for number, data in enumerate(seminars):
        if data["slug"] in existing:
            continue
        materials = [
            (
                "document",
                {
                    "document": generated_document(
                        item["title"]["da"],
                        [data["title"]["da"], data["start"][:10]],
                        seed=number * 10 + position,
                    ),
                    "title": item["title"]["da"],
                },
            )
            for position, item in enumerate(data["materials"])
        ]
        page = SeminarPageFactory.build(
            title=data["title"]["da"],
            slug=data["slug"],
            intro=data["intro"]["da"],
            start=_local(data["start"]),
            end=_local(data["end"]),
            registration_deadline=_local(data["registration_deadline"])
            if data["registration_deadline"]
            else None,
            status=data["status"],
            capacity=data["capacity"],
            municipality=municipalities[data["municipality"]],
            organiser=data["organiser"]["da"],
            venue=data["venue"],
            address=data["address"],
            postcode=data["postcode"],
            city=data["city"],
            programme=[
                (
                    "item",
                    {
                        "time": datetime.time.fromisoformat(item["time"]),
                        "title": item["title"]["da"],
                        "part": item.get("part", "speaker"),
                        "speaker": item.get("speaker", ""),
                        "speaker_role": item["role"]["da"] if item.get("role") else "",
                        "description": "",
                    },
                )
                for item in data["programme"]
            ],
            summary=paragraphs(data["summary"]["da"]) if data["summary"] else "",
            materials=materials,
            locale=home.locale,
        )
        page.presented_case_studies = [
            SeminarCaseStudyFactory.build(page=None, case_study=case_studies[slug])
            for slug in data["case_studies"]
            if slug in case_studies
        ]
        index.add_child(instance=page)
        page.save_revision().publish()
    load_registrations(index, seminars)
    return index


def load_registrations(index, seminars):
    """The demo sign-ups (addresses at example.org) of seminars that have none yet."""
    for data in seminars:
        if not data.get("registrations"):
            continue
        seminar = SeminarPage.objects.child_of(index).filter(slug=data["slug"]).first()
        if seminar is None or seminar.registrations.exists():
            continue
        for person in data["registrations"]:
            Registration.objects.create(
                seminar=seminar, **person, consent_text="Demo", consented_at=seminar.last_published_at
            )


def translate_seminars(index):
    translate(index, read(INDEX))
    pages = {page.slug: page for page in SeminarPage.objects.child_of(index)}
    for data in records(SEMINARS):
        translate(pages[data["slug"]], data, translated_slug=True)
