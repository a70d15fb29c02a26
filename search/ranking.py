"""The order of the results: what a result is (its kind), how much that kind weighs, and what it holds.

The search index scores pages and actors with one formula over one table, so their scores compare as they
are. What the score cannot know is what a reader is looking for: an actor, a case study or a seminar is an
answer; a municipality page is a directory of answers, and all 98 share the same introduction, so a word of
that introduction ("bibliotek", "arbejde") used to bring every municipality up, the empty ones first. Here:

- each kind's score is weighed (`WEIGHTS`); a municipality page by how many actors it lists, from a fifth
  of an actor's weight (none) up to seven tenths (ten or more), so the ones with something to show come first
  and none of them ahead of the actors and case studies the query names;
- a result whose title is exactly what was typed ("Aarhus", "Gellerup Bibliotek") comes first, whatever
  its kind: the reader has named it.

The weights were chosen with the relevance set (tests/search/relevance.yaml, `python -m
tests.search.relevance`). The actor counts are kept per publish (`memoized`): no query per search.
"""

from dataclasses import dataclass
from typing import NamedTuple

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from casestudies.models import CaseStudyPage
from directory.models import Actor, MunicipalityPage
from pagecache.generations import memoized
from seminars.models import SeminarPage


@dataclass(frozen=True, eq=False)
class Kind:
    """A kind of result (compared by identity: its labels translate, so they cannot make its hash)."""

    slug: str
    label: str  # the filter's label: the plural
    name: str  # a result's label: the singular


ACTORS = Kind("actors", _("Actors"), _("Actor"))
CASE_STUDIES = Kind("case-studies", _("Case studies"), _("Case study"))
SEMINARS = Kind("seminars", _("Seminars"), _("Seminar"))
MUNICIPALITIES = Kind("municipalities", _("Municipalities"), _("Municipality"))
PAGES = Kind("pages", pgettext_lazy("search results", "Pages"), pgettext_lazy("search result", "Page"))
KINDS = (ACTORS, CASE_STUDIES, SEMINARS, MUNICIPALITIES, PAGES)
KINDS_BY_SLUG = {kind.slug: kind for kind in KINDS}
PAGE_KINDS = {CaseStudyPage: CASE_STUDIES, SeminarPage: SEMINARS, MunicipalityPage: MUNICIPALITIES}

WEIGHTS = {ACTORS: 1.0, CASE_STUDIES: 1.0, SEMINARS: 1.0, PAGES: 0.8}
EMPTY_MUNICIPALITY_WEIGHT = 0.2
FULL_MUNICIPALITY_WEIGHT = 0.7
FULL_MUNICIPALITY_ACTORS = 10


class Row(NamedTuple):
    """A result as the ranking reads it (`search.backend.scored_rows`): not a model instance, only what
    the order needs. A page's row has its type and translation key; an actor's has neither.
    """

    pk: int
    title: str
    score: float | None
    content_type_id: int | None = None
    translation_key: object = None


@dataclass
class Hit:
    """One search result as ranked: the row the index returned, its kind and its weighed score."""

    row: Row
    kind: Kind
    score: float
    named: bool  # its title is what was typed
    actors: int | None = None  # a municipality page's actors


def kind_of_page(page):
    """The kind of a page loaded as its own type."""
    return next((kind for model, kind in PAGE_KINDS.items() if isinstance(page, model)), PAGES)


def page_kinds():
    """{content type id: kind} of the page types with a kind of their own; other pages are `PAGES`."""
    return {ContentType.objects.get_for_model(model).pk: kind for model, kind in PAGE_KINDS.items()}


def actor_counts():
    """{municipality translation key: its live actors}, each actor once whatever its translations.

    A municipality page lists each actor once, in the reader's language or the nearest fallback, so the
    count is the same in every language: one count for all of them, kept per publish.
    """
    return memoized("search-actor-counts", _count_actors)


def _count_actors():
    counts = (
        Actor.objects.filter(live=True)
        .values_list("municipality__translation_key")
        .annotate(actors=Count("translation_key", distinct=True))
        .order_by()
    )
    return {str(key): actors for key, actors in counts}


def municipality_weight(actors):
    share = min(actors, FULL_MUNICIPALITY_ACTORS) / FULL_MUNICIPALITY_ACTORS
    return EMPTY_MUNICIPALITY_WEIGHT + (FULL_MUNICIPALITY_WEIGHT - EMPTY_MUNICIPALITY_WEIGHT) * share


def _same(text, query):
    return " ".join(text.split()).casefold() == " ".join(query.split()).casefold()


def rank(query, pages, actors):
    """The hits of `pages` and `actors` (the index's results as `Row`s, in its order), best first.

    Python's sort is stable: hits that score the same keep the index's order.
    """
    kinds = page_kinds()
    counts = None
    hits = []
    for page in pages:
        kind = kinds.get(page.content_type_id, PAGES)
        held = None
        if kind is MUNICIPALITIES:
            counts = actor_counts() if counts is None else counts
            held = counts.get(str(page.translation_key), 0)
            weight = municipality_weight(held)
        else:
            weight = WEIGHTS[kind]
        hits.append(Hit(page, kind, _magnitude(page) * weight, _same(page.title, query), held))
    hits += [Hit(actor, ACTORS, _magnitude(actor), _same(actor.title, query)) for actor in actors]
    hits.sort(key=lambda hit: (hit.named, hit.score), reverse=True)
    return hits


def _magnitude(row):
    """The index's score as a size: PostgreSQL's rank grows with relevance; SQLite's bm25 is negative,
    and grows in size. Without full-text search (SQLite built without FTS5) there is no score at all."""
    return abs(row.score or 0.0)
