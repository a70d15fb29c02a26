"""Demo content of the directory: all 98 municipalities from the official list, and fictional actors."""

import datetime

from django.utils import translation
from django.utils.text import slugify

from demo.loader import (
    TRANSLATED_LANGUAGES,
    paragraphs,
    read,
    records,
    section_index,
    strings,
    translate,
    translate_once,
)
from directory.factories import ActorFactory, MunicipalityIndexPageFactory, MunicipalityPageFactory
from directory.models import Actor, Language, MunicipalityIndexPage, MunicipalityPage, Region
from directory.municipalities import official_municipalities
from home.models import TargetGroup

INDEX = "directory/index.yaml"
MUNICIPALITIES = "directory/municipalities.yaml"
ACTORS = "directory/actors"


def ascii_slug(name):
    return slugify(name.replace("æ", "ae").replace("ø", "oe").replace("å", "aa"))


def _region_names(language_code):
    with translation.override(language_code):
        return {code: str(label) for code, label in Region.choices}


def load_municipalities(home):
    index = section_index(home, MunicipalityIndexPage, MunicipalityIndexPageFactory, read(INDEX))
    existing = set(MunicipalityPage.objects.child_of(index).values_list("code", flat=True))
    text = read(MUNICIPALITIES)
    regions = _region_names("da")
    for row in official_municipalities():
        if row["code"] in existing:
            continue
        code = row["code"]
        coordinator = text["coordinators"].get(code, "")
        page = MunicipalityPageFactory(
            parent=index,
            title=row["name"],
            slug=ascii_slug(row["name"]),
            code=code,
            region=row["region_code"],
            intro=paragraphs(
                [text["intro"]["da"].format(name=row["name"], region=regions[row["region_code"]])]
            ),
            coordinator_name=coordinator,
            coordinator_title=text["coordinator_title"]["da"] if coordinator else "",
            coordinator_email=f"{slugify(coordinator)}@example.org" if coordinator else "",
            coordinator_phone=f"+45 00 00 {code[:2]} {code[1:]}" if coordinator else "",
        )
        page.save_revision().publish()
    return index


def translate_municipalities(index):
    """Each language in turn: the index, then its municipality pages, whose intro names the region."""
    pages = list(MunicipalityPage.objects.child_of(index).order_by("path"))
    index_text, text = read(INDEX), read(MUNICIPALITIES)
    regions_da = _region_names("da")
    for code in TRANSLATED_LANGUAGES:
        translate_once(index, code, strings(index_text, code))
        regions = _region_names(code)
        for page in pages:
            intro = text["intro"]
            pairs = {
                intro["da"].format(name=page.title, region=regions_da[page.region]): intro[code].format(
                    name=page.title, region=regions[page.region]
                ),
                text["coordinator_title"]["da"]: text["coordinator_title"][code],
            }
            translate_once(page, code, pairs)


def load_actors(index):
    """The actors of data/directory/actors/ that are not there yet; returns every one by its key."""
    municipalities = {page.code: page for page in MunicipalityPage.objects.child_of(index)}
    languages = {language.code: language for language in Language.objects.all()}
    groups = {group.code: group for group in TargetGroup.objects.all()}
    existing = set(Actor.objects.filter(locale=index.locale).values_list("municipality_id", "slug"))
    actors = {}
    for data in records(ACTORS):
        municipality = municipalities[data["municipality"]]
        slug = ascii_slug(data["name"]["da"])
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


def translate_actors(actors):
    for data in records(ACTORS):
        translate(actors[data["key"]], data, title="name")
