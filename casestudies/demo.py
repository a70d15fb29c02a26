"""Demo content of the case studies: themes and stories of cooperation, with generated pictures."""

import datetime

from django.utils.text import slugify

from casestudies import demo_content
from casestudies.factories import (
    CaseStudyIndexPageFactory,
    CaseStudyMunicipalityFactory,
    CaseStudyPageFactory,
    CaseStudyParticipantFactory,
    ThemeFactory,
)
from casestudies.models import CaseStudyIndexPage, CaseStudyPage, Theme
from directory.models import MunicipalityPage
from home.demo import TRANSLATED_LANGUAGES, generated_image, paragraphs, text_pairs, translate_once
from home.models import TargetGroup

INDEX = {
    "da": {
        "title": "Cases",
        "slug": "cases",
        "intro": [
            "Erfaringer fra samarbejder på tværs af sektorer, fortalt så andre kommuner kan gøre det efter."
        ],
    },
    "en": {
        "title": "Case studies",
        "slug": "case-studies",
        "intro": [
            "Experience from cooperation across sectors, told so that other municipalities can do the same."
        ],
    },
    "uk": {
        "title": "Приклади",
        "slug": "pryklady",
        "intro": [
            "Досвід співпраці між секторами, розказаний так, щоб інші муніципалітети могли його повторити."
        ],
    },
    "ar": {
        "title": "دراسات حالة",
        "slug": "dirasat-hala",
        "intro": ["خبرات من التعاون بين القطاعات، مرويّة بحيث تستطيع بلديات أخرى أن تحذو حذوها."],
    },
    "pl": {
        "title": "Studia przypadków",
        "slug": "studia-przypadkow",
        "intro": [
            "Doświadczenia ze współpracy między sektorami, opisane tak, by inne gminy mogły zrobić to samo."
        ],
    },
}


def load_themes():
    themes = {}
    for data in demo_content.THEMES:
        theme = Theme.objects.filter(slug=data["slug"], locale__language_code="da").first()
        themes[data["slug"]] = theme or ThemeFactory(name=data["name"]["da"], slug=data["slug"])
    return themes


def translate_themes(themes):
    for data in demo_content.THEMES:
        for code in TRANSLATED_LANGUAGES:
            translate_once(themes[data["slug"]], code, {data["name"]["da"]: data["name"][code]})


def _body(data, language_code, images):
    body = []
    for position, (block_type, value) in enumerate(data["body"]):
        if block_type == "quote":
            body.append(
                (
                    "quote",
                    {
                        "text": value["text"][language_code],
                        "attribution": value["attribution"][language_code],
                    },
                )
            )
        elif block_type == "image":
            body.append(
                (
                    "image",
                    {
                        "image": images[position],
                        "alt": value["alt"][language_code],
                        "caption": value["caption"][language_code],
                    },
                )
            )
        else:
            body.append((block_type, paragraphs(value[language_code])))
    return body


def _strings(data, code):
    strings = text_pairs(data["title"], {"da": data["title"].get(code)}, "da")
    strings.update(text_pairs(data["summary"], {"da": data["summary"].get(code)}, "da"))
    for block_type, value in data["body"]:
        if block_type == "quote":
            strings[value["text"]["da"]] = value["text"].get(code)
            strings[value["attribution"]["da"]] = value["attribution"].get(code)
        elif block_type == "image":
            strings[value["alt"]["da"]] = value["alt"].get(code)
            strings[value["caption"]["da"]] = value["caption"].get(code)
        else:
            strings.update(zip(value["da"], value.get(code, []), strict=False))
    strings[data["slug"]] = slugify(data["title"][code], allow_unicode=True)[:80]
    strings[data["contact"]["role"]["da"]] = data["contact"]["role"].get(code)
    for participant in data["actors"]:
        strings[participant["role"]["da"]] = participant["role"].get(code)
    return strings


def load_case_studies(home, actors, themes):
    index = CaseStudyIndexPage.objects.child_of(home).first()
    if index is None:
        index = CaseStudyIndexPageFactory(
            parent=home,
            title=INDEX["da"]["title"],
            slug=INDEX["da"]["slug"],
            intro=paragraphs(INDEX["da"]["intro"]),
            show_in_menus=True,
        )
        index.save_revision().publish()
    municipalities = {page.code: page for page in MunicipalityPage.objects.filter(locale=home.locale)}
    groups = {group.code: group for group in TargetGroup.objects.all()}
    existing = set(CaseStudyPage.objects.child_of(index).values_list("slug", flat=True))
    for number, data in enumerate(demo_content.CASE_STUDIES):
        if data["slug"] in existing:
            continue
        images = {
            position: generated_image(value["alt"]["da"][:100], value["colour"], seed=number * 10 + position)
            for position, (block_type, value) in enumerate(data["body"])
            if block_type == "image"
        }
        page = CaseStudyPageFactory.build(
            title=data["title"]["da"],
            slug=data["slug"],
            summary=data["summary"]["da"],
            listing_image=next(iter(images.values()), None),
            start_date=datetime.date.fromisoformat(data["start"]),
            end_date=datetime.date.fromisoformat(data["end"]) if data["end"] else None,
            origin=data["origin"],
            body=_body(data, "da", images),
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
    pages = {page.slug: page for page in CaseStudyPage.objects.child_of(index)}
    for code in TRANSLATED_LANGUAGES:
        translate_once(index, code, text_pairs(INDEX["da"], INDEX[code], "title", "slug", "intro"))
    for data in demo_content.CASE_STUDIES:
        for code in TRANSLATED_LANGUAGES:
            if code in data["title"]:
                translate_once(pages[data["slug"]], code, _strings(data, code))
