"""A deterministic, national-scale data set for benchmarks and query-count tests.

The demo loader translates every object through wagtail-localize, which costs about a third of a second per
translation: fine for a few hundred objects, far too slow for 5,000 actors in five languages. Here only the
home page, the three section indexes and the themes go through wagtail-localize (so the tree is exactly what
editors get); every other translation is built directly with the apps' factories as a sibling object with the
source's `translation_key` and the reader's text, the shape wagtail-localize itself produces. Pages are
added with `add_child` and published without revisions; actors, the most numerous objects, are inserted
with `bulk_create` and indexed for search in bulk.

Everything random comes from one `random.Random(seed)` and every date from a fixed anchor, so two runs on
fresh databases give the same rows.
"""

import contextlib
import datetime
import random
import uuid
import zoneinfo
from dataclasses import dataclass

from django.db import transaction
from django.db.models.signals import post_save
from django.utils.text import slugify
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend
from wagtail.signal_handlers import disable_reference_index_auto_update

from casestudies.factories import (
    CaseStudyIndexPageFactory,
    CaseStudyMunicipalityFactory,
    CaseStudyPageFactory,
    CaseStudyParticipantFactory,
)
from casestudies.models import CaseStudyIndexPage, CaseStudyPage, Theme
from cooperation import statistics
from demo.casestudies import load_themes, translate_themes
from demo.home import load_home, translate_home
from demo.loader import LANGUAGE_CODES, paragraphs, read, section_index, translate
from directory.factories import ActorFactory, MunicipalityIndexPageFactory, MunicipalityPageFactory
from directory.models import Actor, Language, MunicipalityIndexPage, MunicipalityPage, Sector
from directory.municipalities import official_municipalities
from home.models import TargetGroup
from readability import scores as readability_scores
from seminars.factories import SeminarCaseStudyFactory, SeminarIndexPageFactory, SeminarPageFactory
from seminars.models import SeminarIndexPage, SeminarPage, SeminarStatus

COPENHAGEN = zoneinfo.ZoneInfo("Europe/Copenhagen")
# Seminars are spread around this date (a year before to three years after), so both the upcoming and the
# past lists are full for years, without making the data depend on the day it was generated.
ANCHOR = datetime.datetime(2026, 1, 1, tzinfo=COPENHAGEN)
PUBLISHED = datetime.datetime(2025, 6, 1, 12, 0, tzinfo=datetime.UTC)
BATCH = 1000

SCALE = "scale.yaml"
SECTIONS = [
    (MunicipalityIndexPage, MunicipalityIndexPageFactory, "directory/index.yaml"),
    (CaseStudyIndexPage, CaseStudyIndexPageFactory, "casestudies/index.yaml"),
    (SeminarIndexPage, SeminarIndexPageFactory, "seminars/index.yaml"),
]


def in_language(texts, language_code):
    """{name: {language: text}} -> {name: text in `language_code`}"""
    return {name: text[language_code] for name, text in texts.items()}


def ascii_slug(text):
    return slugify(text.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae"))


@dataclass(frozen=True)
class Sizes:
    municipalities: int = 98
    actors: int = 5000
    case_studies: int = 500
    seminars: int = 200


@contextlib.contextmanager
def bulk_page_saves(models):
    """Save pages without indexing each one for search and for the admin's reference index.

    Indexing one page at a time costs more than saving it; the caller indexes its pages in bulk afterwards.
    The reference index (the admin's "usage" counts) is left for `manage.py rebuild_references_index`.
    """
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)


class ScaleDataBuilder:
    """Builds the data set in steps; `build()` runs them in order and returns the number of objects made."""

    def __init__(self, sizes, seed=1, log=None):
        self.sizes = sizes
        self.rng = random.Random(seed)
        self.log = log or (lambda message: None)
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.codes = [code for code in LANGUAGE_CODES if code in self.locales]
        scale = read(SCALE)
        self.texts = {code: in_language(scale["texts"], code) for code in LANGUAGE_CODES}
        self.sector_names = {code: in_language(scale["sector_names"], code) for code in LANGUAGE_CODES}

    def key(self):
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def build(self):
        if MunicipalityPage.objects.exists():
            raise ValueError(
                "The database already has municipalities: generate scale data into a fresh database."
            )
        steps = [
            self.build_sections,
            self.build_municipalities,
            self.build_actors,
            self.build_case_studies,
            self.build_seminars,
        ]
        for step in steps:
            self.log(step.__doc__.splitlines()[0])
            with transaction.atomic(), bulk_page_saves([MunicipalityPage, CaseStudyPage, SeminarPage]):
                step()
        # Pages were added without the publish signals that keep the cooperation statistics and the
        # readability scores current.
        statistics.refresh()
        readability_scores.refresh()
        return {
            "municipalities": MunicipalityPage.objects.count(),
            "actors": Actor.objects.count(),
            "case studies": CaseStudyPage.objects.count(),
            "seminars": SeminarPage.objects.count(),
        }

    def index(self, objects):
        """Index `objects` (all of one model) for search in batches, each with its locale's configuration."""
        if objects:
            for start in range(0, len(objects), BATCH):
                get_search_backend().add_bulk(type(objects[0]), objects[start : start + BATCH])

    def build_sections(self):
        """Home page, section indexes and themes in every language (through wagtail-localize)."""
        self.home = load_home()
        translate_home(self.home)
        self.indexes = {}
        for model, factory, name in SECTIONS:
            text = read(name)
            index = section_index(self.home, model, factory, text, translation_key=self.key())
            self.indexes[model] = {"da": index, **translate(index, text)}
        themes = load_themes()
        translate_themes(themes)
        self.themes = list(Theme.objects.filter(locale=self.locales["da"]).order_by("slug"))

    def _published(self, offset_days=0):
        moment = PUBLISHED + datetime.timedelta(days=offset_days)
        return {"first_published_at": moment, "last_published_at": moment, "live": True}

    def build_municipalities(self):
        """Municipalities from the official list, each in every language."""
        rows = list(official_municipalities())
        if self.sizes.municipalities < len(rows):
            rows = sorted(self.rng.sample(rows, self.sizes.municipalities), key=lambda row: row["code"])
        self.municipalities = []  # one dict per municipality: language code -> page
        indexes = self.indexes[MunicipalityIndexPage]
        for row in rows:
            key = self.key()
            pages = {}
            for code in self.codes:
                text = self.texts[code]
                pages[code] = MunicipalityPageFactory(
                    parent=indexes[code],
                    locale=self.locales[code],
                    translation_key=key,
                    title=row["name"],
                    slug=ascii_slug(row["name"]),
                    code=row["code"],
                    region=row["region_code"],
                    intro=paragraphs([text["municipality"].format(name=row["name"])]),
                    coordinator_name="Koordinator " + row["code"],
                    coordinator_title=text["coordinator"],
                    coordinator_email=f"koordinator-{row['code']}@example.org",
                    coordinator_phone=f"+45 00 00 {row['code'][:2]} {row['code'][1:]}",
                    **self._published(),
                )
            self.municipalities.append(pages)
        self.index([page for pages in self.municipalities for page in pages.values()])

    def build_actors(self):
        """Actors spread over the municipalities, each in every language (bulk insert, bulk search index)."""
        sectors = [choice for choice, _label in Sector.choices]
        languages = list(Language.objects.order_by("code"))
        groups = list(TargetGroup.objects.order_by("code"))
        self.actors = []  # one dict per actor: language code -> actor
        per_municipality = {}
        plans = []
        for number in range(self.sizes.actors):
            municipality = self.municipalities[number % len(self.municipalities)]
            sector = sectors[self.rng.randrange(len(sectors))]
            count = per_municipality.get(municipality["da"].code, 0) + 1
            per_municipality[municipality["da"].code] = count
            plans.append(
                {
                    "key": self.key(),
                    "municipality": municipality,
                    "sector": sector,
                    "n": count,
                    "languages": self.rng.sample(languages, min(len(languages), self.rng.randint(1, 4))),
                    "groups": self.rng.sample(groups, self.rng.randint(1, len(groups))),
                    "verified_on": datetime.date(2025, 1, 1)
                    + datetime.timedelta(days=self.rng.randrange(365)),
                }
            )
        for code in self.codes:
            built = []
            for plan in plans:
                municipality = plan["municipality"][code]
                name = f"{self.sector_names[code][plan['sector']]} {municipality.title} {plan['n']}"
                slug = ascii_slug(
                    f"{self.sector_names['da'][plan['sector']]} {municipality.title} {plan['n']}"
                )
                text = self.texts[code]
                actor = ActorFactory.build(
                    translation_key=plan["key"],
                    locale=self.locales[code],
                    municipality=municipality,
                    name=name,
                    slug=slug,
                    sector=plan["sector"],
                    description=paragraphs(
                        [text["actor"].format(name=name, municipality=municipality.title)]
                    ),
                    services=[("service", {"name": text["service"], "description": text["service_text"]})],
                    postcode=f"{1000 + int(municipality.code) * 7 % 9000:04d}",
                    city=municipality.title,
                    email=f"{slug}@example.org",
                    opening_hours=text["hours"],
                    verified_on=plan["verified_on"],
                    **self._published(),
                )
                built.append(actor)
            Actor.objects.bulk_create(built, batch_size=BATCH)
            self._link_actor_relations(built, plans)
            self.index(built)
            for index, actor in enumerate(built):
                if code == "da":
                    self.actors.append({})
                self.actors[index][code] = actor

    def _link_actor_relations(self, actors, plans):
        languages, groups = [], []
        language_link, group_link = Actor.languages.through, Actor.target_groups.through
        for actor, plan in zip(actors, plans, strict=True):
            languages += [language_link(actor_id=actor.pk, language_id=item.pk) for item in plan["languages"]]
            groups += [group_link(actor_id=actor.pk, targetgroup_id=item.pk) for item in plan["groups"]]
        language_link.objects.bulk_create(languages, batch_size=BATCH)
        group_link.objects.bulk_create(groups, batch_size=BATCH)

    def build_case_studies(self):
        """Case studies with two or three participating actors of one municipality, in every language."""
        by_municipality = {}
        for actor in self.actors:
            by_municipality.setdefault(actor["da"].municipality_id, []).append(actor)
        candidates = [
            pages for pages in self.municipalities if len(by_municipality.get(pages["da"].pk, [])) >= 2
        ]
        groups = list(TargetGroup.objects.order_by("code"))
        indexes = self.indexes[CaseStudyIndexPage]
        self.case_studies = []
        for number in range(self.sizes.case_studies):
            municipality = candidates[number % len(candidates)]
            actors = self.rng.sample(by_municipality[municipality["da"].pk], self.rng.randint(2, 3))
            themes = self.rng.sample(self.themes, self.rng.randint(1, min(3, len(self.themes))))
            targets = self.rng.sample(groups, self.rng.randint(1, 3))
            start = datetime.date(2020, 1, 1) + datetime.timedelta(days=self.rng.randrange(5 * 365))
            participant_keys = [self.key() for _actor in actors]
            key, count, n = self.key(), self.rng.randint(5, 80), number + 1
            pages = {}
            for code in self.codes:
                text, place = self.texts[code], municipality[code].title
                title = text["case"].format(municipality=place, n=n)
                page = CaseStudyPageFactory.build(
                    locale=self.locales[code],
                    translation_key=key,
                    title=title,
                    slug=ascii_slug(self.texts["da"]["case"].format(municipality=place, n=n)),
                    summary=text["summary"].format(municipality=place),
                    start_date=start,
                    end_date=start + datetime.timedelta(days=180),
                    body=[
                        ("challenge", paragraphs([text["challenge"].format(municipality=place)])),
                        ("results", paragraphs([text["results"].format(count=count)])),
                    ],
                    contact_name="Kontakt " + municipality["da"].code,
                    contact_email=f"kontakt-{n}@example.org",
                    **self._published(number % 365),
                )
                page.themes = themes
                page.target_groups = targets
                page.municipalities = [
                    CaseStudyMunicipalityFactory.build(page=None, municipality=municipality["da"])
                ]
                page.participants = [
                    CaseStudyParticipantFactory.build(
                        page=None,
                        locale=self.locales[code],
                        translation_key=participant_key,
                        actor=actor[code],
                        role=text["role"],
                    )
                    for actor, participant_key in zip(actors, participant_keys, strict=True)
                ]
                indexes[code].add_child(instance=page)
                pages[code] = page
            self.case_studies.append(pages)
        self.index([page for pages in self.case_studies for page in pages.values()])

    def build_seminars(self):
        """Seminars from a year before the anchor date to three years after, in every language."""
        indexes = self.indexes[SeminarIndexPage]
        statuses = [SeminarStatus.PLANNED] * 6 + [SeminarStatus.FULL, SeminarStatus.CANCELLED]
        self.seminars = []
        for number in range(self.sizes.seminars):
            municipality = self.municipalities[self.rng.randrange(len(self.municipalities))]
            day = self.rng.randrange(-365, 3 * 365)
            start = ANCHOR + datetime.timedelta(days=day, hours=9)
            presented = self.rng.sample(
                self.case_studies, min(len(self.case_studies), self.rng.randint(0, 2))
            )
            status = SeminarStatus.HELD if day < 0 else statuses[self.rng.randrange(len(statuses))]
            key, n = self.key(), number + 1
            pages = {}
            for code in self.codes:
                text, place = self.texts[code], municipality[code].title
                page = SeminarPageFactory.build(
                    locale=self.locales[code],
                    translation_key=key,
                    title=text["seminar"].format(municipality=place, n=n),
                    slug=ascii_slug(self.texts["da"]["seminar"].format(municipality=place, n=n)),
                    intro=text["intro"].format(municipality=place),
                    start=start,
                    end=start + datetime.timedelta(hours=6),
                    status=status,
                    municipality=municipality[code],
                    organiser=text["organiser"],
                    city=place,
                    capacity=40 + self.rng.randrange(80),
                    programme=[
                        (
                            "item",
                            {
                                "time": datetime.time(9, 30),
                                "title": text["welcome"],
                                "speaker": "",
                                "description": "",
                            },
                        )
                    ],
                    **self._published(number % 365),
                )
                page.presented_case_studies = [
                    SeminarCaseStudyFactory.build(page=None, case_study=case_study["da"])
                    for case_study in presented
                ]
                indexes[code].add_child(instance=page)
                pages[code] = page
            self.seminars.append(pages)
        self.index([page for pages in self.seminars for page in pages.values()])
