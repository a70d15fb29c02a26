"""Where every Danish page and actor stands in each target language, and what it needs next.

A row is one Danish source object (a page or an actor); a cell is its state in one target language:

- **missing** — no translation in that language (an alias page, which only mirrors the Danish page, counts
  as none, as it does in wagtail-localize's "Translate" form);
- **out of date** — the Danish source was published after its translations were last synced
  (`languages.translation.out_of_date_sources`, the rule of the translators' dashboard panel); syncing
  comes before anything else, since it brings in the new Danish text;
- **in progress** — wagtail-localize has translated some of the source's segments into that language, not
  all (`Translation.get_progress()`: translated strings without an error over the source's strings);
- **draft** — every segment is translated, but the translation is not live or has unpublished changes;
- **up to date** — translated, published and synced.

The state of any number of rows costs the same few queries (`fill_cells`): the translated objects, the
sources, the enabled translations, two aggregates for the progress of every (source, language), and the
out-of-date rule once per model. The overview works out the cells of the 50 rows it shows, or of every
row when it is filtered by state.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, F, Q, TextChoices
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext, pgettext_lazy
from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from casestudies.models import CaseStudyMunicipality, CaseStudyPage
from directory.models import Actor, MunicipalityPage
from languages.locales import locales
from languages.translation import out_of_date_sources
from seminars.models import SeminarPage


class Kind(TextChoices):
    ACTOR = "actor", _("Actor")
    MUNICIPALITY = "municipality", _("Municipality page")
    CASE_STUDY = "casestudy", _("Case study")
    SEMINAR = "seminar", _("Seminar")
    PAGE = "page", _("Other page")


PAGE_MODELS = {Kind.MUNICIPALITY: MunicipalityPage, Kind.CASE_STUDY: CaseStudyPage, Kind.SEMINAR: SeminarPage}


class Status(TextChoices):
    MISSING = "missing", pgettext_lazy("translation state", "Not translated")
    IN_PROGRESS = "in_progress", pgettext_lazy("translation state", "In progress")
    OUT_OF_DATE = "out_of_date", pgettext_lazy("translation state", "Out of date")
    DRAFT = "draft", pgettext_lazy("translation state", "Not published")
    UP_TO_DATE = "up_to_date", pgettext_lazy("translation state", "Up to date")


@dataclass
class Cell:
    """One source object in one target language."""

    language_code: str
    status: str
    percent: int | None = None
    target_pk: int | None = None
    source_pk: int | None = None
    url: str = ""

    @property
    def action_label(self):
        if self.status == Status.MISSING:
            return pgettext("translation action", "Translate")
        if self.status == Status.OUT_OF_DATE:
            return pgettext("translation action", "Sync")
        if self.status == Status.IN_PROGRESS:
            return pgettext("translation action", "Continue (%(percent)s%%)") % {"percent": self.percent}
        if self.status == Status.DRAFT:
            return pgettext("translation action", "Publish")
        return pgettext("translation action", "View")

    @property
    def status_label(self):
        return Status(self.status).label


@dataclass
class Row:
    """One Danish page or actor, and its cells in the languages shown."""

    kind: str
    pk: int
    title: str
    translation_key: object
    live: bool
    municipality_pks: list = field(default_factory=list)
    municipality_names: list = field(default_factory=list)
    url: str = ""
    cells: list = field(default_factory=list)

    @property
    def is_actor(self):
        return self.kind == Kind.ACTOR

    @property
    def kind_label(self):
        return Kind(self.kind).label


def danish():
    return locales()[settings.LANGUAGE_CODE]


def target_locales(language_code=None):
    """The target languages in the order of settings.LANGUAGES (or only `language_code`)."""
    known = locales()
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != settings.LANGUAGE_CODE]
    if language_code:
        codes = [code for code in codes if code == language_code]
    return [known[code] for code in codes if code in known]


def danish_sort_key(title):
    """Danish alphabetical order: æ, ø and å come after z, in that order."""
    return title.casefold().translate(str.maketrans({"æ": "{", "ø": "|", "å": "}"}))


def source_rows(kind=None, municipality_pk=None, query=""):
    """Every Danish page and actor that matches, in Danish alphabetical order (not the tree's root, nor an
    alias page, which has no text of its own to translate).

    Two queries of plain values, whatever the number of rows: the filters run in the database, the sort
    in Python (the titles of pages and actors are in two tables).
    """
    rows = []
    if kind in (None, "", Kind.ACTOR):
        actors = Actor.objects.filter(locale=danish())
        if municipality_pk:
            actors = actors.filter(municipality_id=municipality_pk)
        if query:
            actors = actors.filter(name__icontains=query)
        rows += [
            Row(Kind.ACTOR, pk, name, key, live, [municipality] if municipality else [])
            for pk, name, key, live, municipality in actors.values_list(
                "pk", "name", "translation_key", "live", "municipality_id"
            )
        ]
    if kind != Kind.ACTOR:
        pages = Page.objects.filter(locale=danish(), depth__gt=1, alias_of__isnull=True)
        kinds = {ContentType.objects.get_for_model(model).pk: key for key, model in PAGE_MODELS.items()}
        if kind in PAGE_MODELS:
            pages = pages.filter(content_type_id=ContentType.objects.get_for_model(PAGE_MODELS[kind]).pk)
        elif kind == Kind.PAGE:
            pages = pages.exclude(content_type_id__in=kinds)
        if municipality_pk:
            pages = pages.filter(
                Q(pk=municipality_pk)
                | Q(seminarpage__municipality_id=municipality_pk)
                | Q(
                    pk__in=CaseStudyMunicipality.objects.filter(municipality_id=municipality_pk).values(
                        "page_id"
                    )
                )
            )
        if query:
            pages = pages.filter(title__icontains=query)
        values = pages.annotate(seminar_municipality=F("seminarpage__municipality_id")).values_list(
            "pk", "title", "translation_key", "live", "content_type_id", "seminar_municipality"
        )
        for pk, title, key, live, content_type_pk, seminar_municipality in values:
            page_kind = kinds.get(content_type_pk, Kind.PAGE)
            municipalities = [pk] if page_kind == Kind.MUNICIPALITY else []
            if seminar_municipality:
                municipalities = [seminar_municipality]
            rows.append(Row(page_kind, pk, title, key, live, municipalities))
    rows.sort(key=lambda row: (danish_sort_key(row.title), row.kind, row.pk))
    return rows


def add_case_study_municipalities(rows):
    """The municipalities each case study among `rows` is about (one query)."""
    case_studies = {row.pk: row for row in rows if row.kind == Kind.CASE_STUDY}
    if not case_studies:
        return
    links = CaseStudyMunicipality.objects.filter(page_id__in=case_studies).order_by("sort_order", "pk")
    for page_pk, municipality_pk in links.values_list("page_id", "municipality_id"):
        case_studies[page_pk].municipality_pks.append(municipality_pk)


def fill_cells(rows, target_locales):
    """Give each row one Cell per locale in `target_locales`, in a fixed number of queries."""
    if not rows or not target_locales:
        for row in rows:
            row.cells = []
        return
    locale_pks = [locale.pk for locale in target_locales]
    by_model = {Page: [row for row in rows if not row.is_actor], Actor: [row for row in rows if row.is_actor]}
    targets = {}  # (translation key, locale pk) -> (pk, live, has unpublished changes)
    out_of_date = set()  # (is actor, pk)
    for model, model_rows in by_model.items():
        if not model_rows:
            continue
        translated = model.objects.filter(
            translation_key__in=[row.translation_key for row in model_rows], locale_id__in=locale_pks
        )
        if model is Page:
            translated = translated.filter(alias_of__isnull=True)
        for pk, key, locale_pk, live, unpublished in translated.values_list(
            "pk", "translation_key", "locale_id", "live", "has_unpublished_changes"
        ):
            targets[key, locale_pk] = (pk, live, unpublished)
        changed = out_of_date_sources(model.objects.filter(pk__in=[row.pk for row in model_rows]))
        out_of_date |= {(model is Actor, pk) for pk in changed.values_list("pk", flat=True)}

    sources = dict(
        TranslationSource.objects.filter(
            object_id__in=[row.translation_key for row in rows], locale=danish()
        ).values_list("object_id", "pk")
    )
    enabled = set(
        Translation.objects.filter(
            source_id__in=sources.values(), target_locale_id__in=locale_pks, enabled=True
        ).values_list("source_id", "target_locale_id")
    )
    totals, done = progress(sources.values(), locale_pks)

    for row in rows:
        source_pk = sources.get(row.translation_key)
        row.cells = []
        for locale in target_locales:
            cell = Cell(locale.language_code, Status.MISSING, source_pk=source_pk)
            row.cells.append(cell)
            target = targets.get((row.translation_key, locale.pk))
            if target is None:
                continue
            cell.target_pk, live, unpublished = target
            total = totals.get(source_pk, 0)
            translated = done.get((source_pk, locale.pk), 0)
            if (source_pk, locale.pk) in enabled and (row.is_actor, row.pk) in out_of_date:
                cell.status = Status.OUT_OF_DATE
            elif (source_pk, locale.pk) in enabled and translated < total:
                cell.status = Status.IN_PROGRESS
                cell.percent = translated * 100 // total
            elif not live or unpublished:
                cell.status = Status.DRAFT
            else:
                cell.status = Status.UP_TO_DATE


def progress(source_pks, locale_pks):
    """({source pk: number of string segments}, {(source pk, locale pk): number translated}).

    The same count as wagtail-localize's `Translation.get_progress()`, for many translations at once: a
    segment is translated when a string translation without an error exists for its string, in its
    context, in that locale.
    """
    segments = StringSegment.objects.filter(source_id__in=list(source_pks))
    totals = dict(segments.values("source_id").annotate(total=Count("pk")).values_list("source_id", "total"))
    translated = (
        segments.filter(
            string__translations__locale_id__in=locale_pks,
            string__translations__context_id=F("context_id"),
            string__translations__has_error=False,
        )
        .values("source_id", "string__translations__locale_id")
        .annotate(done=Count("pk"))
        .values_list("source_id", "string__translations__locale_id", "done")
    )
    return totals, {(source_pk, locale_pk): count for source_pk, locale_pk, count in translated}


def add_links(rows, request, next_url):
    """The Danish object's address on the site, and each cell's one-click action (two queries).

    Each action is the wagtail-localize or Wagtail view that the state calls for. The wagtail-localize
    views are reached by their own URL names, which `roles.wagtail_hooks` serves through its permission
    checks (roles/localize.py).
    """
    objects = {}
    for model, model_rows in (
        (Page, [row for row in rows if not row.is_actor]),
        (Actor, [row for row in rows if row.is_actor]),
    ):
        if not model_rows:
            continue
        found = model.objects.filter(translation_key__in=[row.translation_key for row in model_rows])
        if model is Actor:
            found = found.select_related("municipality")
        objects.update({(model is Actor, obj.pk): obj for obj in found})
    for row in rows:
        source = objects.get((row.is_actor, row.pk))
        row.url = public_url(source, request) if source is not None and row.live else ""
        for cell in row.cells:
            cell.url = action_url(row, cell, objects.get((row.is_actor, cell.target_pk)), request, next_url)


def public_url(instance, request):
    return instance.get_url(request) or ""


def edit_url(row, pk):
    if row.is_actor:
        return reverse("wagtailsnippets_directory_actor:edit", args=[quote(pk)])
    return reverse("wagtailadmin_pages:edit", args=[pk])


def action_url(row, cell, target, request, next_url):
    if cell.status == Status.MISSING:
        if row.is_actor:
            url = reverse(
                "wagtail_localize:submit_snippet_translation", args=["directory", "actor", quote(row.pk)]
            )
        else:
            url = reverse("wagtail_localize:submit_page_translation", args=[row.pk])
        return f"{url}?{urlencode({'select_locale': cell.language_code})}"
    if cell.status == Status.OUT_OF_DATE:
        url = reverse("wagtail_localize:update_translations", args=[cell.source_pk])
        return f"{url}?{urlencode({'next': next_url})}"
    if cell.status == Status.UP_TO_DATE and target is not None:
        return public_url(target, request) or edit_url(row, cell.target_pk)
    return edit_url(row, cell.target_pk)
