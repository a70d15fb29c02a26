"""Demo content of the case studies: themes and stories of cooperation, with generated pictures."""

import datetime

from casestudies.factories import (
    CaseStudyIndexPageFactory,
    CaseStudyMunicipalityFactory,
    CaseStudyPageFactory,
    CaseStudyParticipantFactory,
    ThemeFactory,
)
from casestudies.models import CaseStudyIndexPage, CaseStudyPage, Theme
from demo.loader import paragraphs, read, records, section_index, translate
from demo.media import generated_image
from directory.models import MunicipalityPage
from home.models import TargetGroup

INDEX = "casestudies/index.yaml"
THEMES = "casestudies/themes.yaml"
STORIES = "casestudies/stories"


def load_themes():
    themes = {}
    for data in read(THEMES):
        theme = Theme.objects.filter(slug=data["slug"], locale__language_code="da").first()
        themes[data["slug"]] = theme or ThemeFactory(name=data["name"]["da"], slug=data["slug"])
    return themes


def translate_themes(themes):
    for data in read(THEMES):
        translate(themes[data["slug"]], data, title="name")


def _body(data, images):
    """The Danish page body: paragraphs, a quote, and pictures drawn beforehand (by block position)."""
    body = []
    for position, block in enumerate(data["body"]):
        value = block["value"]
        if block["type"] == "quote":
            body.append(("quote", {"text": value["text"]["da"], "attribution": value["attribution"]["da"]}))
        elif block["type"] == "image":
            body.append(
                (
                    "image",
                    {"image": images[position], "alt": value["alt"]["da"], "caption": value["caption"]["da"]},
                )
            )
        else:
            body.append((block["type"], paragraphs(value["da"])))
    return body


def load_case_studies(home, actors, themes):
    index = section_index(home, CaseStudyIndexPage, CaseStudyIndexPageFactory, read(INDEX))
    municipalities = {page.code: page for page in MunicipalityPage.objects.filter(locale=home.locale)}
    groups = {group.code: group for group in TargetGroup.objects.all()}
    existing = set(CaseStudyPage.objects.child_of(index).values_list("slug", flat=True))
    for number, data in enumerate(records(STORIES)):
        if data["slug"] in existing:
            continue
        images = {
            position: generated_image(
                block["value"]["alt"]["da"][:100], block["value"]["colour"], seed=number * 10 + position
            )
            for position, block in enumerate(data["body"])
            if block["type"] == "image"
        }
        page = CaseStudyPageFactory.build(
            title=data["title"]["da"],
            slug=data["slug"],
            summary=data["summary"]["da"],
            listing_image=next(iter(images.values()), None),
            start_date=datetime.date.fromisoformat(data["start"]),
            end_date=datetime.date.fromisoformat(data["end"]) if data["end"] else None,
            origin=data["origin"],
            body=_body(data, images),
            contact_name=data["contact"]["name"],
            contact_role=data["contact"]["role"]["da"],
            contact_email=data["contact"]["email"],
            contact_phone=data["contact"]["phone"],
            locale=home.locale,
        )
        page.themes = [themes[slug] for slug in data["themes"]]
        page.target_groups = [groups[code] for code in data["target_groups"]]
        page.municipalities = [
            CaseStudyMunicipalityFactory.build(page=None, municipality=municipalities[code])
            for code in data["municipalities"]
        ]
        page.participants = [
            CaseStudyParticipantFactory.build(
                page=None, locale=home.locale, actor=actors[item["actor"]], role=item["role"]["da"]
            )
            for item in data["actors"]
        ]
        index.add_child(instance=page)
        page.save_revision().publish()
    return index


def translate_case_studies(index):
    translate(index, read(INDEX))
    pages = {page.slug: page for page in CaseStudyPage.objects.child_of(index)}
    for data in records(STORIES):
        translate(pages[data["slug"]], data, translated_slug=True)
