"""Demo content of the seminars: past ones with summaries and materials, upcoming, full and cancelled ones."""

import datetime
import zoneinfo

from django.utils.text import slugify

from casestudies.models import CaseStudyPage
from directory.models import MunicipalityPage
from home.demo import TRANSLATED_LANGUAGES, generated_document, paragraphs, text_pairs, translate_once
from seminars import demo_content
from seminars.factories import SeminarCaseStudyFactory, SeminarIndexPageFactory, SeminarPageFactory
from seminars.models import Registration, SeminarIndexPage, SeminarPage

COPENHAGEN = zoneinfo.ZoneInfo("Europe/Copenhagen")

INDEX = {
    "da": {
        "title": "Seminarer",
        "slug": "seminarer",
        "intro": [
            "Lokale formidlingsseminarer hvor biblioteker og deres samarbejdspartnere deler erfaringer. Se programmet, tilmeld dig, eller læs referatet bagefter."
        ],
    },
    "en": {
        "title": "Seminars",
        "slug": "seminars",
        "intro": [
            "Local seminars where libraries and their partners share experience. See the programme, sign up, or read the summary afterwards."
        ],
    },
    "uk": {
        "title": "Семінари",
        "slug": "seminary",
        "intro": [
            "Місцеві семінари, на яких бібліотеки та їхні партнери діляться досвідом. Перегляньте програму, зареєструйтеся або прочитайте підсумок згодом."
        ],
    },
    "ar": {
        "title": "الندوات",
        "slug": "alnadawat",
        "intro": [
            "ندوات محلية تتبادل فيها المكتبات وشركاؤها الخبرات. اطّلع على البرنامج أو سجّل أو اقرأ الملخص بعد ذلك."
        ],
    },
    "pl": {
        "title": "Seminaria",
        "slug": "seminaria",
        "intro": [
            "Lokalne seminaria, na których biblioteki i ich partnerzy dzielą się doświadczeniem. Zobacz program, zapisz się lub przeczytaj podsumowanie."
        ],
    },
}


def _local(value):
    return datetime.datetime.fromisoformat(value).replace(tzinfo=COPENHAGEN)


def load_seminars(home):
    index = SeminarIndexPage.objects.child_of(home).first()
    if index is None:
        index = SeminarIndexPageFactory(
            parent=home,
            title=INDEX["da"]["title"],
            slug=INDEX["da"]["slug"],
            intro=paragraphs(INDEX["da"]["intro"]),
            show_in_menus=True,
        )
        index.save_revision().publish()
    municipalities = {page.code: page for page in MunicipalityPage.objects.filter(locale=home.locale)}
    case_studies = {page.slug: page for page in CaseStudyPage.objects.filter(locale=home.locale)}
    existing = set(SeminarPage.objects.child_of(index).values_list("slug", flat=True))
    for number, data in enumerate(demo_content.SEMINARS):
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
                        "speaker": item["speaker"],
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
    load_registrations(index)
    return index


DEMO_REGISTRATIONS = {
    # A few seats taken on an upcoming seminar, so organisers see a list and a CSV and readers the seats left.
    "digital-inklusion-for-nytilkomne-koebenhavn-2027": [
        ("Mette Lund", "mette.lund@example.org", "Københavns Biblioteker", "101", "da", "Vegetar", ""),
        ("Oleksandr Koval", "oleksandr@example.org", "Sprogcenter København", "101", "uk", "", ""),
        (
            "Amira Haddad",
            "amira@example.org",
            "Jobcenter Frederiksberg",
            "147",
            "ar",
            "Halal",
            "Trinfri adgang",
        ),
        ("Piotr Nowak", "piotr@example.org", "International House Copenhagen", "101", "pl", "", ""),
    ],
}


def load_registrations(index):
    """Demo registrations (addresses at example.org) on seminars that have none yet."""
    for slug, people in DEMO_REGISTRATIONS.items():
        seminar = SeminarPage.objects.child_of(index).filter(slug=slug).first()
        if seminar is None or seminar.registrations.exists():
            continue
        for name, email, organisation, municipality, language, diet, accessibility in people:
            Registration.objects.create(
                seminar=seminar,
                name=name,
                email=email,
                organisation=organisation,
                municipality=municipality,
                language=language,
                diet=diet,
                accessibility=accessibility,
                consent_text="Demo",
                consented_at=seminar.last_published_at,
            )


def _strings(data, code):
    strings = {data["title"]["da"]: data["title"].get(code), data["intro"]["da"]: data["intro"].get(code)}
    strings[data["organiser"]["da"]] = data["organiser"].get(code)
    strings[data["slug"]] = slugify(data["title"][code], allow_unicode=True)[:80]
    for item in data["programme"]:
        strings[item["title"]["da"]] = item["title"].get(code)
    if data["summary"]:
        strings.update(zip(data["summary"]["da"], data["summary"].get(code, []), strict=False))
    for item in data["materials"]:
        strings[item["title"]["da"]] = item["title"].get(code)
    return strings


def translate_seminars(index):
    pages = {page.slug: page for page in SeminarPage.objects.child_of(index)}
    for code in TRANSLATED_LANGUAGES:
        translate_once(index, code, text_pairs(INDEX["da"], INDEX[code], "title", "slug", "intro"))
    for data in demo_content.SEMINARS:
        for code in TRANSLATED_LANGUAGES:
            if code in data["title"]:
                translate_once(pages[data["slug"]], code, _strings(data, code))
