"""Demo content of the directory: all 98 municipalities from the official list, and fictional actors."""

import csv
import datetime
from pathlib import Path

from django.utils import translation
from django.utils.text import slugify

from directory import demo_content
from directory.factories import ActorFactory, MunicipalityIndexPageFactory, MunicipalityPageFactory
from directory.models import REGION_CHOICES, Actor, Language, MunicipalityIndexPage, MunicipalityPage
from home.demo import TRANSLATED_LANGUAGES, paragraphs, text_pairs, translate_once
from home.models import TargetGroup

# The official codes, names and regions (a copy of the project's shared data, kept in the repository so a
# fresh clone needs nothing else).
MUNICIPALITIES_CSV = Path(__file__).resolve().parent / "data" / "municipalities.csv"

INDEX = {
    "da": {
        "title": "Kommuner",
        "slug": "kommuner",
        "intro": [
            "Find de aktører i din kommune der hjælper nytilkomne: bibliotek, jobcenter, sprogskole, foreninger og mange flere."
        ],
    },
    "en": {
        "title": "Municipalities",
        "slug": "municipalities",
        "intro": [
            "Find the actors in your municipality that help newcomers: the library, job centre, language school, associations and many more."
        ],
    },
    "uk": {
        "title": "Муніципалітети",
        "slug": "munitsypalitety",
        "intro": [
            "Знайдіть організації у своєму муніципалітеті, які допомагають новоприбулим: бібліотеку, центр зайнятості, мовну школу, об'єднання та багато інших."
        ],
    },
    "ar": {
        "title": "البلديات",
        "slug": "albaladiyat",
        "intro": [
            "اعثر على الجهات في بلديتك التي تساعد القادمين الجدد: المكتبة ومركز العمل ومدرسة اللغة والجمعيات وغيرها الكثير."
        ],
    },
    "pl": {
        "title": "Gminy",
        "slug": "gminy",
        "intro": [
            "Znajdź organizacje w swojej gminie, które pomagają nowo przybyłym: bibliotekę, urząd pracy, szkołę językową, stowarzyszenia i wiele innych."
        ],
    },
}

COORDINATORS = {
    "101": "Sofie Kragh",
    "147": "Anders Holm",
    "265": "Line Dahl",
    "316": "Peter Brandt",
    "461": "Camilla Juhl",
    "530": "Rasmus Lind",
    "540": "Hanne Petersen",
    "561": "Jonas Friis",
    "630": "Maria Skov",
    "657": "Karen Bech",
    "751": "Mette Lund",
    "791": "Thomas Vinther",
    "851": "Louise Berg",
}


def read_municipalities():
    with MUNICIPALITIES_CSV.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _region_names(language_code):
    with translation.override(language_code):
        return {code: str(label) for code, label in REGION_CHOICES}


def load_municipalities(home):
    index = MunicipalityIndexPage.objects.child_of(home).first()
    if index is None:
        index = MunicipalityIndexPageFactory(
            parent=home,
            title=INDEX["da"]["title"],
            slug=INDEX["da"]["slug"],
            intro=paragraphs(INDEX["da"]["intro"]),
            show_in_menus=True,
        )
        index.save_revision().publish()
    existing = set(MunicipalityPage.objects.child_of(index).values_list("code", flat=True))
    regions = _region_names("da")
    template = demo_content.MUNICIPALITY_INTRO["da"]
    for row in read_municipalities():
        if row["code"] in existing:
            continue
        code = row["code"]
        coordinator = COORDINATORS.get(code, "")
        page = MunicipalityPageFactory(
            parent=index,
            title=row["name"],
            slug=slugify(row["name"].replace("æ", "ae").replace("ø", "oe").replace("å", "aa")),
            code=code,
            region=row["region_code"],
            intro=paragraphs([template.format(name=row["name"], region=regions[row["region_code"]])]),
            coordinator_name=coordinator,
            coordinator_title=demo_content.COORDINATOR_TITLE["da"] if coordinator else "",
            coordinator_email=f"{slugify(coordinator)}@example.org" if coordinator else "",
            coordinator_phone=f"+45 00 00 {code[:2]} {code[1:]}" if coordinator else "",
        )
        page.save_revision().publish()
    return index


def translate_municipalities(index):
    pages = list(MunicipalityPage.objects.child_of(index).order_by("path"))
    for code in TRANSLATED_LANGUAGES:
        translate_once(index, code, text_pairs(INDEX["da"], INDEX[code], "title", "slug", "intro"))
        regions_da, regions = _region_names("da"), _region_names(code)
        for page in pages:
            name = page.title
            strings = {
                demo_content.MUNICIPALITY_INTRO["da"].format(
                    name=name, region=regions_da[page.region]
                ): demo_content.MUNICIPALITY_INTRO[code].format(name=name, region=regions[page.region]),
                demo_content.COORDINATOR_TITLE["da"]: demo_content.COORDINATOR_TITLE[code],
            }
            translate_once(page, code, strings)


def load_actors(index):
    municipalities = {page.code: page for page in MunicipalityPage.objects.child_of(index)}
    languages = {language.code: language for language in Language.objects.all()}
    groups = {group.code: group for group in TargetGroup.objects.all()}
    existing = set(Actor.objects.filter(locale=index.locale).values_list("municipality_id", "slug"))
    actors = {}
    for data in demo_content.ACTORS:
        municipality = municipalities[data["municipality"]]
        slug = slugify(data["name"]["da"].replace("æ", "ae").replace("ø", "oe").replace("å", "aa"))
        if (municipality.pk, slug) in existing:
            actors[data["key"]] = Actor.objects.get(locale=index.locale, municipality=municipality, slug=slug)
            continue
        actor = ActorFactory(
            name=data["name"]["da"],
            slug=slug,
            sector=data["sector"],
            municipality=municipality,
            description=paragraphs(data["description"]["da"]),
            services=[
                ("service", {"name": service["name"]["da"], "description": service["description"]["da"]})
                for service in data["services"]
            ],
            address=data["address"],
            postcode=data["postcode"],
            city=data["city"],
            phone=data["phone"],
            email=data["email"],
            website=data["website"],
            opening_hours=data["opening_hours"]["da"],
            verified_on=datetime.date.fromisoformat(data["verified_on"]),
            languages=[languages[code] for code in data["languages"] if code in languages],
            target_groups=[groups[code] for code in data["target_groups"]],
        )
        actor.save_revision().publish()
        actors[data["key"]] = actor
    return actors


def actor_strings(data, code):
    strings = {data["name"]["da"]: data["name"].get(code)}
    strings.update(zip(data["description"]["da"], data["description"].get(code, []), strict=False))
    strings[data["opening_hours"]["da"]] = data["opening_hours"].get(code)
    for service in data["services"]:
        strings[service["name"]["da"]] = service["name"].get(code)
        strings[service["description"]["da"]] = service["description"].get(code)
    return strings


def translate_actors(actors):
    for data in demo_content.ACTORS:
        actor = actors[data["key"]]
        for code in TRANSLATED_LANGUAGES:
            if code in data["name"]:
                translate_once(actor, code, actor_strings(data, code))
