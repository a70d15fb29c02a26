"""The three handouts: what each shows, and where it is read from.

- The municipality's actors, as its page lists them: in the reader's language with the site's fallback,
  through the page's own filter form (`ActorFilterForm`), so "Arabic-speaking services in Aarhus" is the
  page filtered first, then printed.
- The case-study transfer kit: the story, who took part and the sectors that cooperated, and "how to start
  this in your municipality": those sectors in the reader's municipality (`?municipality=751`) with the
  local actors the directory lists, and how often the sectors worked together nationally (the cooperation
  finder's statistics).
- The seminar's programme, and after the seminar its summary with the materials.

Each kind reads its content in a fixed number of queries, whatever the number of actors. What may vary a
handout besides its page and language (the filters, the reader's municipality) is named in `params` with
the form of its values, so a request is mapped to its kept copy without touching the database.
"""

import base64
import hashlib
import io
import re
from dataclasses import dataclass, field

import segno
from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import get_language, get_language_info, gettext_lazy
from django.utils.translation import gettext as _
from wagtail.models import Page

from casestudies.blocks import SECTION_TYPES
from casestudies.models import CaseStudyMunicipality, CaseStudyPage, Theme
from cooperation.models import SectorPairStat
from directory.forms import ActorFilterForm
from directory.models import MunicipalityPage, Sector, attach_vocabularies
from handouts import fonts
from home.plain_text import html_to_text, one_line
from languages.fallback import prefer_locales
from languages.locales import fallback_chain, localized
from seminars.models import SeminarCaseStudy, SeminarPage, SeminarStatus

SLUG_VALUE = re.compile(r"[a-z0-9_-]{1,40}")
MUNICIPALITY_CODE = re.compile(r"[0-9]{3}")
SECTOR_ORDER = {code: position for position, code in enumerate(Sector.values)}
# What an actor offers, in the handout when it lists no services: its description, cut after a word.
OFFER_LENGTH = 280
QR_CACHE_SECONDS = 30 * 24 * 3600


def qr_code(url):
    """A QR code of `url` as a PNG data: URL, one pixel per module (printed sharp: image-rendering)."""
    return qr_codes([url])[url]


def qr_codes(urls):
    """{url: QR code} for `urls`, kept in the cache: segno picks the best of eight masks in pure Python,
    about 17 ms a code, so the fifty codes of a large municipality would double its rendering time.
    A code depends on its address alone, so it is kept across publishes (one round trip for all)."""
    keys = {url: "portal:handouts:qr:" + hashlib.sha256(url.encode()).hexdigest() for url in urls}
    kept = cache.get_many(list(keys.values()))
    codes, made = {}, {}
    for url, key in keys.items():
        if key in kept:
            codes[url] = kept[key]
            continue
        codes[url] = made[key] = draw_qr_code(url)
    if made:
        cache.set_many(made, QR_CACHE_SECONDS)
    return codes


def draw_qr_code(url):
    buffer = io.BytesIO()
    segno.make(url, error="m", micro=False).save(buffer, kind="png", scale=1, border=0)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def reader_url(page, request, language_code, parents=None):
    """The page's address in the reader's language: its own, or for a page shown from a fallback language
    the address under the reader's translation of its parent, where the site serves it in the reader's
    interface (languages.routing.FallbackRoutingMixin). A QR code then leads an Arabic reader to the
    Arabic site, not to the English one. `parents` keeps the parents found, for a list of pages."""
    if page.locale.language_code == language_code:
        return page.get_full_url(request)
    parents = {} if parents is None else parents
    parent_path = page.path[: -Page.steplen]
    if parent_path not in parents:
        parent = (
            Page.objects.live()
            .filter(
                locale__language_code=language_code,
                translation_key__in=Page.objects.filter(path=parent_path).values("translation_key"),
            )
            .first()
        )
        parents[parent_path] = parent.get_full_url(request) if parent else None
    if parents[parent_path] is None:
        return page.get_full_url(request)
    return f"{parents[parent_path]}{page.slug}/"


@dataclass
class Handout:
    """A handout ready to render: its template and context, the title of the PDF and its file name."""

    template: str
    title: str
    filename: str
    label: str = ""
    context: dict = field(default_factory=dict)


class HandoutKind:
    """One kind of handout, for one page type. `params` maps each query parameter to its valid form."""

    slug = ""
    model = None
    template = ""
    label = ""
    params = {}

    def clean_params(self, query):
        """The parameters that change this kind of handout, in a fixed order, well-formed ones only."""
        cleaned = []
        for name, pattern in self.params.items():
            value = query.get(name, "")
            if value and pattern.fullmatch(value):
                cleaned.append((name, value))
        return tuple(cleaned)

    def page_for_reader(self, page_id, language_code):
        """The live page `page_id` of this kind in the reader's language, else in the nearest fallback.

        One query: every live translation of the page, the reader's chosen among them.
        """
        translations = list(
            self.model.objects.live()
            .filter(translation_key__in=self.model.objects.filter(pk=page_id).values("translation_key"))
            .select_related("locale")
        )
        by_language = {page.locale.language_code: page for page in translations}
        for code in fallback_chain(language_code):
            if code in by_language:
                return by_language[code]
        return None

    def build(self, page, params, request):
        raise NotImplementedError


class MunicipalityHandout(HandoutKind):
    slug = "municipality"
    model = MunicipalityPage
    template = "handouts/municipality.html"
    label = gettext_lazy("List of actors")
    params = {"sector": SLUG_VALUE, "language": SLUG_VALUE, "target_group": SLUG_VALUE}

    def build(self, page, params, request):
        page_url = reader_url(page, request, get_language())
        actors = list(page.actors().select_related("locale").order_by("name"))
        for actor in actors:
            actor.municipality = page  # each actor's address is under this page; no query per actor
        attach_vocabularies(actors)
        name_languages(actors)
        form = ActorFilterForm(dict(params) or None).with_choices_from(actors)
        shown = form.apply(actors)
        codes = qr_codes([f"{page_url}{actor.slug}/" for actor in shown] + [page_url])
        by_sector = {}
        for actor in shown:
            actor.offers = [service.value for service in actor.services]
            actor.summary = "" if actor.offers else one_line(html_to_text(actor.description), OFFER_LENGTH)
            actor.handout_url = f"{page_url}{actor.slug}/"
            actor.qr_code = codes[actor.handout_url]
            by_sector.setdefault(actor.sector, []).append(actor)
        title = _("Where newcomers can get help in %(municipality)s") % {"municipality": page.title}
        return Handout(
            template=self.template,
            title=title,
            filename=f"{page.slug}.pdf",
            label=self.label,
            context={
                "sectors": [
                    (code, label, by_sector[code]) for code, label in Sector.choices if code in by_sector
                ],
                "filters": active_filters(form),
                "shown_count": len(shown),
                "actor_count": len(actors),
                "page_url": page_url,
                "page_qr_code": codes[page_url],
            },
        )


def name_languages(actors):
    """Give each language the actors serve in `handout_name` and `handout_lang`: its own name where the
    handout's fonts can draw it (العربية, Українська), else its name in the reader's language (Tamil,
    Chinese, Tigrinya …, whose scripts the portal's typefaces do not have)."""
    reader = get_language()
    named = {}
    for actor in actors:
        for language in actor.language_list:
            if language.code not in named:
                named[language.code] = language_name(language, reader)
            language.handout_name, language.handout_lang = named[language.code]


def language_name(language, reader):
    """(name, its language code) of `language` for a reader of `reader`'s language."""
    if fonts.can_draw(language.autonym):
        return language.autonym, language.code
    try:
        name = get_language_info(language.code)["name_translated"]
    except KeyError:
        name = language.name_da if reader == "da" else language.name_en
    return name, reader


def active_filters(form):
    """[(field label, chosen value's label)] of the filters in use, [] when none is (or they are invalid)."""
    if not form.is_bound or not form.is_valid():
        return []
    return [
        (form.fields[name].label, dict(form.fields[name].choices).get(value, value))
        for name, value in form.cleaned_data.items()
        if value
    ]


class CaseStudyHandout(HandoutKind):
    slug = "case-study"
    model = CaseStudyPage
    template = "handouts/case_study.html"
    label = gettext_lazy("Transfer kit")
    params = {"municipality": MUNICIPALITY_CODE}

    def build(self, page, params, request):
        language_code = get_language()
        page_url = reader_url(page, request, language_code)
        participants = list(page.participants.select_related("actor").order_by("sort_order"))
        sectors = sorted({participant.actor.sector for participant in participants}, key=SECTOR_ORDER.get)
        context = {
            "participants": participants,
            "sectors": [(code, Sector(code).label) for code in sectors],
            "pairs": sector_pairs(sectors),
            "sections": case_study_sections(page),
            "municipality_pages": CaseStudyMunicipality.localized_links(
                page, MunicipalityPage.objects.live()
            ),
            "themes": translated_themes(page),
            "page_url": page_url,
            "page_qr_code": qr_code(page_url),
        }
        params = dict(params)
        local = reader_municipality(params.get("municipality"), language_code)
        if local is not None:
            local_url = reader_url(local, request, language_code)
            actors = list(local.actors().filter(sector__in=sectors).select_related("locale").order_by("name"))
            by_sector = {}
            for actor in actors:
                actor.municipality = local
                actor.handout_url = f"{local_url}{actor.slug}/"
                by_sector.setdefault(actor.sector, []).append(actor)
            context["local"] = local
            context["local_url"] = local_url
            context["local_sectors"] = [
                (code, label, by_sector.get(code, [])) for code, label in context["sectors"]
            ]
        suffix = f"-{local.code}" if local is not None else ""
        return Handout(
            template=self.template,
            title=_("Transfer kit: %(title)s") % {"title": page.title},
            filename=f"{page.slug}{suffix}.pdf",
            label=self.label,
            context=context,
        )


def translated_themes(page):
    """The case study's themes in its own language where translated (themes are synchronised from the
    Danish page, so a translation points at the Danish themes)."""
    themes = list(page.themes.all())
    translated = {
        theme.translation_key: theme
        for theme in Theme.objects.filter(
            translation_key__in=[theme.translation_key for theme in themes], locale_id=page.locale_id
        )
    }
    return [translated.get(theme.translation_key, theme) for theme in themes]


def case_study_sections(page):
    """The body's sections in the editor's order: (kind, heading, value) for text sections and quotes;
    pictures are left out, documents listed by their address."""
    sections = []
    for block in page.body:
        if block.block_type in SECTION_TYPES:
            sections.append(("text", block.block.label, block.value))
        elif block.block_type in ("quote", "document"):
            sections.append((block.block_type, "", block.value))
    return sections


def sector_pairs(sectors):
    """How many published case studies each two of `sectors` took part in together, nationally."""
    stats = SectorPairStat.objects.filter(sector_a__in=sectors, sector_b__in=sectors).order_by("-case_count")
    return [(*stat.labels, stat.case_count) for stat in stats if stat.case_count]


def reader_municipality(code, language_code):
    """The live municipality page with `code` in the reader's language or the nearest fallback, or None."""
    if not code:
        return None
    pages = MunicipalityPage.objects.live().filter(code=code)
    return prefer_locales(pages, language_code).select_related("locale").first()


class SeminarHandout(HandoutKind):
    slug = "seminar"
    model = SeminarPage
    template = "handouts/seminar.html"
    label = gettext_lazy("Seminar programme")
    params = {}

    def build(self, page, params, request):
        language_code = get_language()
        page_url = reader_url(page, request, language_code)
        held = bool(page.summary) or page.status == SeminarStatus.HELD
        municipality = localized(page.municipality).specific
        registration_open = page.status in (SeminarStatus.PLANNED, SeminarStatus.FULL) and (
            page.end > timezone.now()
        )
        if held:
            title, label = _("Seminar summary: %(title)s") % {"title": page.title}, _("Seminar summary")
        else:
            title, label = _("Seminar programme: %(title)s") % {"title": page.title}, _("Seminar programme")
        case_studies = SeminarCaseStudy.localized_links(page, CaseStudyPage.objects.live())
        parents = {}
        for case_study in case_studies:
            case_study.handout_url = reader_url(case_study, request, language_code, parents)
        return Handout(
            template=self.template,
            title=title,
            filename=f"{page.slug}.pdf",
            label=label,
            context={
                "held": held,
                "municipality_page": municipality,
                "case_studies": case_studies,
                "registration_open": registration_open,
                "page_url": page_url,
                "page_qr_code": qr_code(page_url),
            },
        )


KINDS = {kind.slug: kind for kind in (MunicipalityHandout(), CaseStudyHandout(), SeminarHandout())}
KIND_OF_MODEL = {kind.model: kind for kind in KINDS.values()}


def kind_for(page):
    """The kind of handout `page` has, or None (the page's own type decides, not a subclass)."""
    return KIND_OF_MODEL.get(type(page))
