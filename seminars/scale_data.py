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

from casestudies import cooperation
from casestudies import demo as casestudies_demo
from casestudies.demo import load_themes, translate_themes
from casestudies.factories import (
    CaseStudyIndexPageFactory,
    CaseStudyMunicipalityFactory,
    CaseStudyPageFactory,
    CaseStudyParticipantFactory,
)
from casestudies.models import CaseStudyIndexPage, CaseStudyPage, Theme
from directory import demo as directory_demo
from directory.demo import read_municipalities
from directory.factories import ActorFactory, MunicipalityIndexPageFactory, MunicipalityPageFactory
from directory.models import Actor, Language, MunicipalityIndexPage, MunicipalityPage, Sector
from home.demo import LANGUAGE_CODES, load_home, paragraphs, text_pairs, translate_home, translate_once
from home.models import TargetGroup
from seminars import demo as seminars_demo
from seminars.factories import SeminarCaseStudyFactory, SeminarIndexPageFactory, SeminarPageFactory
from seminars.models import SeminarIndexPage, SeminarPage, SeminarStatus

COPENHAGEN = zoneinfo.ZoneInfo("Europe/Copenhagen")
# Seminars are spread around this date (a year before to three years after), so both the upcoming and the
# past lists are full for years, without making the data depend on the day it was generated.
ANCHOR = datetime.datetime(2026, 1, 1, tzinfo=COPENHAGEN)
PUBLISHED = datetime.datetime(2025, 6, 1, 12, 0, tzinfo=datetime.UTC)
BATCH = 1000

# Sector names in every language: actors are named "<sector> <municipality> <n>" so names read naturally
# and search for "bibliotek" / "library" / "бібліотека" finds them.
SECTOR_NAMES = {
    "da": {
        "library": "Bibliotek",
        "job_centre": "Jobcenter",
        "citizen_service": "Borgerservice",
        "language_school": "Sprogcenter",
        "education": "Uddannelsescenter",
        "health": "Sundhedshus",
        "housing": "Boligforening",
        "association": "Forening",
        "employer": "Virksomhed",
        "culture": "Kulturhus",
        "other": "Netværk",
    },
    "en": {
        "library": "Library",
        "job_centre": "Job centre",
        "citizen_service": "Citizen service",
        "language_school": "Language centre",
        "education": "Education centre",
        "health": "Health centre",
        "housing": "Housing association",
        "association": "Association",
        "employer": "Company",
        "culture": "Culture house",
        "other": "Network",
    },
    "uk": {
        "library": "Бібліотека",
        "job_centre": "Центр зайнятості",
        "citizen_service": "Служба громадян",
        "language_school": "Мовний центр",
        "education": "Освітній центр",
        "health": "Центр здоров'я",
        "housing": "Житлова асоціація",
        "association": "Об'єднання",
        "employer": "Компанія",
        "culture": "Будинок культури",
        "other": "Мережа",
    },
    "ar": {
        "library": "مكتبة",
        "job_centre": "مركز العمل",
        "citizen_service": "خدمة المواطنين",
        "language_school": "مركز اللغة",
        "education": "مركز التعليم",
        "health": "المركز الصحي",
        "housing": "جمعية الإسكان",
        "association": "جمعية",
        "employer": "شركة",
        "culture": "دار الثقافة",
        "other": "شبكة",
    },
    "pl": {
        "library": "Biblioteka",
        "job_centre": "Urząd pracy",
        "citizen_service": "Obsługa obywateli",
        "language_school": "Centrum językowe",
        "education": "Centrum edukacji",
        "health": "Centrum zdrowia",
        "housing": "Spółdzielnia mieszkaniowa",
        "association": "Stowarzyszenie",
        "employer": "Firma",
        "culture": "Dom kultury",
        "other": "Sieć",
    },
}

TEXT = {
    "da": {
        "actor": "{name} hjælper nytilkomne i {municipality} med sprog, job og fællesskab.",
        "service": "Sprogcafé",
        "service_text": "Hver uge, gratis og uden tilmelding.",
        "hours": "Man–fre 10–18",
        "municipality": "Nytilkomne i {name} møder biblioteket, jobcentret og sprogskolen.",
        "coordinator": "Bibliotekar, koordinator for nytilkomne",
        "case": "Samarbejde om nytilkomne i {municipality} {n}",
        "summary": "Biblioteket og dets partnere i {municipality} hjalp nytilkomne i gang med job og sprog.",
        "challenge": "Mange nytilkomne i {municipality} manglede netværk og sprog.",
        "results": "{count} deltagere fik job eller uddannelse.",
        "role": "Stillede lokaler og frivillige til rådighed",
        "seminar": "Formidlingsseminar i {municipality} {n}",
        "intro": "Hør hvordan biblioteket i {municipality} samarbejder om nytilkomne.",
        "organiser": "Biblioteket og dets partnere",
        "welcome": "Velkomst",
    },
    "en": {
        "actor": "{name} helps newcomers in {municipality} with language, jobs and community.",
        "service": "Language café",
        "service_text": "Every week, free and without registration.",
        "hours": "Mon–Fri 10–18",
        "municipality": "Newcomers in {name} meet the library, the job centre and the language school.",
        "coordinator": "Librarian, newcomer coordinator",
        "case": "Cooperation for newcomers in {municipality} {n}",
        "summary": "The library and its partners in {municipality} helped newcomers into jobs and language.",
        "challenge": "Many newcomers in {municipality} lacked a network and the language.",
        "results": "{count} participants found a job or education.",
        "role": "Provided rooms and volunteers",
        "seminar": "Dissemination seminar in {municipality} {n}",
        "intro": "Hear how the library in {municipality} works with partners for newcomers.",
        "organiser": "The library and its partners",
        "welcome": "Welcome",
    },
    "uk": {
        "actor": "{name} допомагає новоприбулим у {municipality} з мовою, роботою та спільнотою.",
        "service": "Мовне кафе",
        "service_text": "Щотижня, безкоштовно і без реєстрації.",
        "hours": "Пн–Пт 10–18",
        "municipality": "Новоприбулі в {name} бачать бібліотеку, центр зайнятості й мовну школу.",
        "coordinator": "Бібліотекар, координатор для новоприбулих",
        "case": "Співпраця для новоприбулих у {municipality} {n}",
        "summary": "Бібліотека та її партнери в {municipality} допомогли новоприбулим з роботою і мовою.",
        "challenge": "Багатьом новоприбулим у {municipality} бракувало мережі та мови.",
        "results": "{count} учасників знайшли роботу або навчання.",
        "role": "Надали приміщення та волонтерів",
        "seminar": "Семінар у {municipality} {n}",
        "intro": "Дізнайтеся, як бібліотека в {municipality} співпрацює заради новоприбулих.",
        "organiser": "Бібліотека та її партнери",
        "welcome": "Вітання",
    },
    "ar": {
        "actor": "تساعد {name} القادمين الجدد في {municipality} في اللغة والعمل والمجتمع.",
        "service": "مقهى اللغة",
        "service_text": "كل أسبوع، مجانًا ودون تسجيل.",
        "hours": "الاثنين–الجمعة 10–18",
        "municipality": "يلتقي القادمون الجدد في {name} بالمكتبة ومركز العمل ومدرسة اللغة.",
        "coordinator": "أمين مكتبة، منسق القادمين الجدد",
        "case": "تعاون من أجل القادمين الجدد في {municipality} {n}",
        "summary": "ساعدت المكتبة وشركاؤها في {municipality} القادمين الجدد في العمل واللغة.",
        "challenge": "كان كثير من القادمين الجدد في {municipality} يفتقرون إلى شبكة علاقات وإلى اللغة.",
        "results": "وجد {count} مشاركًا عملًا أو تعليمًا.",
        "role": "وفّرت القاعات والمتطوعين",
        "seminar": "ندوة في {municipality} {n}",
        "intro": "تعرّف على كيفية تعاون المكتبة في {municipality} من أجل القادمين الجدد.",
        "organiser": "المكتبة وشركاؤها",
        "welcome": "ترحيب",
    },
    "pl": {
        "actor": "{name} pomaga nowo przybyłym w {municipality} w nauce języka, pracy i integracji.",
        "service": "Kawiarnia językowa",
        "service_text": "Co tydzień, bezpłatnie i bez zapisów.",
        "hours": "Pon–Pt 10–18",
        "municipality": "Nowo przybyli w {name} poznają bibliotekę, urząd pracy i szkołę językową.",
        "coordinator": "Bibliotekarz, koordynator ds. nowo przybyłych",
        "case": "Współpraca dla nowo przybyłych w {municipality} {n}",
        "summary": "Biblioteka i jej partnerzy w {municipality} pomogli nowo przybyłym w pracy i języku.",
        "challenge": "Wielu nowo przybyłym w {municipality} brakowało sieci kontaktów i języka.",
        "results": "{count} uczestników znalazło pracę lub naukę.",
        "role": "Udostępnił sale i wolontariuszy",
        "seminar": "Seminarium w {municipality} {n}",
        "intro": "Dowiedz się, jak biblioteka w {municipality} współpracuje na rzecz nowo przybyłych.",
        "organiser": "Biblioteka i jej partnerzy",
        "welcome": "Powitanie",
    },
}


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


def ascii_slug(text):
    return slugify(text.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae"))


class ScaleDataBuilder:
    """Builds the data set in steps; `build()` runs them in order and returns the number of objects made."""

    def __init__(self, sizes, seed=1, log=None):
        self.sizes = sizes
        self.rng = random.Random(seed)
        self.log = log or (lambda message: None)
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.codes = [code for code in LANGUAGE_CODES if code in self.locales]

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
        # Pages were added without the publish signal that keeps the cooperation statistics current.
        cooperation.refresh()
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
        sections = [
            (MunicipalityIndexPage, MunicipalityIndexPageFactory, directory_demo.INDEX),
            (CaseStudyIndexPage, CaseStudyIndexPageFactory, casestudies_demo.INDEX),
            (SeminarIndexPage, SeminarIndexPageFactory, seminars_demo.INDEX),
        ]
        self.indexes = {}
        for model, factory, text in sections:
            index = model.objects.child_of(self.home).first()
            key = self.key()
            if index is None:
                index = factory(
                    parent=self.home,
                    translation_key=key,
                    title=text["da"]["title"],
                    slug=text["da"]["slug"],
                    intro=paragraphs(text["da"]["intro"]),
                    show_in_menus=True,
                )
                index.save_revision().publish()
            translations = {"da": index}
            for code in self.codes[1:]:
                translations[code] = translate_once(
                    index, code, text_pairs(text["da"], text[code], "title", "slug", "intro")
                )
            self.indexes[model] = translations
        themes = load_themes()
        translate_themes(themes)
        self.themes = list(Theme.objects.filter(locale=self.locales["da"]).order_by("slug"))

    def _published(self, offset_days=0):
        moment = PUBLISHED + datetime.timedelta(days=offset_days)
        return {"first_published_at": moment, "last_published_at": moment, "live": True}

    def build_municipalities(self):
        """Municipalities from the official list, each in every language."""
        rows = read_municipalities()
        if self.sizes.municipalities < len(rows):
            rows = sorted(self.rng.sample(rows, self.sizes.municipalities), key=lambda row: row["code"])
        self.municipalities = []  # one dict per municipality: language code -> page
        indexes = self.indexes[MunicipalityIndexPage]
        for row in rows:
            key = self.key()
            pages = {}
            for code in self.codes:
                text = TEXT[code]
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
                name = f"{SECTOR_NAMES[code][plan['sector']]} {municipality.title} {plan['n']}"
                slug = ascii_slug(f"{SECTOR_NAMES['da'][plan['sector']]} {municipality.title} {plan['n']}")
                text = TEXT[code]
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
                text, place = TEXT[code], municipality[code].title
                title = text["case"].format(municipality=place, n=n)
                page = CaseStudyPageFactory.build(
                    locale=self.locales[code],
                    translation_key=key,
                    title=title,
                    slug=ascii_slug(TEXT["da"]["case"].format(municipality=place, n=n)),
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
                text, place = TEXT[code], municipality[code].title
                page = SeminarPageFactory.build(
                    locale=self.locales[code],
                    translation_key=key,
                    title=text["seminar"].format(municipality=place, n=n),
                    slug=ascii_slug(TEXT["da"]["seminar"].format(municipality=place, n=n)),
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
