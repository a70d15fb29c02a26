"""The cooperation finder: what the national statistics suggest for a municipality, an actor, the index.

The page-level questions (opportunities, gaps, similar actors) are answered from the stored statistics
(`cooperation.models`) with a fixed number of queries, whatever the number of actors or case studies.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Page

from casestudies.models import CaseStudyIndexPage, CaseStudyMunicipality, CaseStudyPage, CaseStudyParticipant
from cooperation.models import ActorCooperationStat, SectorPairStat, SectorStat
from directory.models import Actor, Sector
from languages.fallback import by_translation_key, prefer_locale_rows, prefer_locales
from languages.locales import locale_for_code

MAX_OPPORTUNITIES = 10


MAX_ACTOR_PAIRS_PER_SECTOR_PAIR = 2


MAX_EXAMPLES = 3


MAX_SIMILAR_ACTORS = 6


MAX_CHART_PAIRS = 15


# A sector is "common in cooperation" when it took part in at least this share of the cross-sector case
# studies, and in at least COMMON_SECTOR_MIN_CASES of them (so one story does not make a trend).
COMMON_SECTOR_SHARE = 0.1


COMMON_SECTOR_MIN_CASES = 2


# Pairs read in the vocabulary's order ("Library and Job centre"), not in the stored alphabetical order.
SECTOR_ORDER = {code: position for position, code in enumerate(Sector.values)}


@dataclass
class Opportunity:
    """Two local actors whose sectors worked together elsewhere, but not (yet) with each other here."""

    actor_a: Actor
    actor_b: Actor
    count: int
    example_keys: list
    examples: list = field(default_factory=list)

    @property
    def sector_a_label(self):
        return Sector(self.actor_a.sector).label

    @property
    def sector_b_label(self):
        return Sector(self.actor_b.sector).label


def _local_cooperation(actor_keys, municipality_ids):
    """The source case studies of a municipality (its own or with its actors), and its actor pairs in them.

    `municipality_ids` are the municipality's page in every language. Returns (case keys, pairs of actor
    keys that already share a case study), from two queries: the case studies' ids first (a union of two
    index lookups), then their participants. One query with the conditions as subqueries made PostgreSQL
    read every participant and every page.
    """
    actor_keys = set(actor_keys)
    about_here = CaseStudyMunicipality.objects.filter(municipality_id__in=municipality_ids)
    with_local_actors = CaseStudyParticipant.objects.filter(actor__municipality_id__in=municipality_ids)
    case_ids = (
        about_here.order_by()
        .values_list("page_id", flat=True)
        .union(with_local_actors.order_by().values_list("page_id", flat=True))
    )
    rows = CaseStudyParticipant.objects.filter(
        page_id__in=list(case_ids),
        page__live=True,
        page__locale__language_code=settings.LANGUAGE_CODE,
    ).values_list("page__translation_key", "actor__translation_key")
    by_case = defaultdict(set)
    for case_key, actor_key in rows:
        local = by_case[str(case_key)]
        if actor_key in actor_keys:
            local.add(actor_key)
    shared = set()
    for keys in by_case.values():
        shared.update(frozenset(pair) for pair in combinations(keys, 2))
    return set(by_case), shared


def municipality_cooperation(municipality, language_code=None, actors=None):
    """Opportunities and gaps for one municipality page, from the stored statistics.

    A fixed number of queries however large the municipality or the country: local actors, local case
    studies with their actors, the pair and sector statistics, the example case studies and the index page.
    """
    language_code = language_code or get_language()
    if actors is None:  # the municipality page passes the actors it has already read
        actors = list(municipality.actors().select_related("locale").order_by("name"))
        for actor in actors:
            actor.municipality = municipality  # links stay under the page being read
    local_cases, shared = _local_cooperation(
        [actor.translation_key for actor in actors], municipality.translation_ids
    )
    by_sector = defaultdict(list)
    for actor in actors:
        by_sector[actor.sector].append(actor)

    pair_stats = list(SectorPairStat.objects.all())
    ranked = []
    for stat in pair_stats:
        elsewhere = [key for key in stat.case_keys if key not in local_cases]
        first, second = sorted((stat.sector_a, stat.sector_b), key=SECTOR_ORDER.get)
        if elsewhere and by_sector.get(first) and by_sector.get(second):
            ranked.append((len(elsewhere), first, second, elsewhere))
    ranked.sort(key=lambda item: (-item[0], SECTOR_ORDER[item[1]], SECTOR_ORDER[item[2]]))

    opportunities = []
    for count, sector_a, sector_b, elsewhere in ranked:
        added = 0
        for actor_a in by_sector[sector_a]:
            for actor_b in by_sector[sector_b]:
                if added >= MAX_ACTOR_PAIRS_PER_SECTOR_PAIR:
                    break
                if frozenset((actor_a.translation_key, actor_b.translation_key)) in shared:
                    continue
                opportunities.append(Opportunity(actor_a, actor_b, count, elsewhere[:MAX_EXAMPLES]))
                added += 1
        if len(opportunities) >= MAX_OPPORTUNITIES:
            break
    opportunities = opportunities[:MAX_OPPORTUNITIES]
    example_keys = [key for item in opportunities for key in item.example_keys]
    # Only their titles and links are shown: plain pages, without the case studies' own table.
    pages = by_translation_key(Page.objects.live(), example_keys, language_code)
    for item in opportunities:
        item.examples = [pages[key] for key in item.example_keys if key in pages]

    gaps = sector_gaps(set(by_sector), pair_stats)
    return {
        "opportunities": opportunities,
        "gaps": gaps,
        "case_index": case_study_index(language_code) if gaps else None,
        "has_actors": bool(actors),
    }


def common_sectors(pair_stats=None):
    """The sectors that often take part in cooperation, as (code, label, case count), most frequent first."""
    stats = list(SectorStat.objects.all())
    if not stats:
        return []
    pair_stats = SectorPairStat.objects.all() if pair_stats is None else pair_stats
    total = len({key for stat in pair_stats for key in stat.case_keys})
    threshold = max(COMMON_SECTOR_MIN_CASES, COMMON_SECTOR_SHARE * total)
    return [
        (stat.sector, Sector(stat.sector).label, stat.case_count)
        for stat in stats
        if stat.case_count >= threshold
    ]


def sector_gaps(present_sectors, pair_stats=None):
    """The common cooperating sectors with no actor among `present_sectors`."""
    return [item for item in common_sectors(pair_stats) if item[0] not in present_sectors]


def case_study_index(language_code=None):
    """The case-study index in the reader's language (or the source language), for links to its facets."""
    codes = [language_code or get_language(), settings.LANGUAGE_CODE]
    indexes = {
        page.locale.language_code: page
        for page in CaseStudyIndexPage.objects.live()
        .filter(locale__language_code__in=codes)
        .select_related("locale")
    }
    return next((indexes[code] for code in codes if code in indexes), None)


def actor_cooperation(actor, municipality, language_code=None):
    """An actor's case studies with its partners, and actors of the same sector in other municipalities.

    The case studies are found through the source language (an actor translated into Ukrainian still shows
    the Danish-only stories it took part in, as fallbacks) and shown in the reader's language.
    """
    language_code = language_code or get_language()
    # The actor's source case studies first, then their participants: two plain index lookups. One query
    # with the case studies as a subquery over five joined tables took PostgreSQL longer to plan than these
    # two take to run.
    case_ids = list(
        CaseStudyParticipant.objects.filter(
            actor__translation_key=actor.translation_key,
            page__live=True,
            page__locale__language_code=settings.LANGUAGE_CODE,
        ).values_list("page_id", flat=True)
    )
    participants = CaseStudyParticipant.objects.filter(page_id__in=case_ids).values_list(
        "page__translation_key", "actor__translation_key", "page__start_date"
    )
    partners_by_case = defaultdict(list)
    order = {}
    for case_key, actor_key, start in participants:
        order.setdefault(str(case_key), start)
        if actor_key != actor.translation_key:
            partners_by_case[str(case_key)].append(actor_key)
    case_keys = sorted(order, key=lambda key: order[key], reverse=True)
    pages = by_translation_key(CaseStudyPage.objects.live(), case_keys, language_code)
    partner_keys = {key for keys in partners_by_case.values() for key in keys}
    partners = _localized_actors(
        prefer_locales(Actor.objects.filter(live=True, translation_key__in=partner_keys), language_code)
        .select_related("locale", "municipality")
        .order_by("name"),
        language_code,
    )
    partners = {partner.translation_key: partner for partner in partners}
    cooperations = [
        {
            "case_study": pages[key],
            "partners": [partners[partner] for partner in partners_by_case[key] if partner in partners],
        }
        for key in case_keys
        if key in pages
    ]
    return {
        "cooperations": cooperations,
        "similar_actors": similar_actors(actor, municipality, language_code),
    }


def similar_actors(actor, municipality, language_code=None, limit=MAX_SIMILAR_ACTORS):
    """Live actors of the same sector in other municipalities, those with most cooperation first.

    The cooperation comes from `ActorCooperationStat`, counted when case studies are published, not per
    request: at national scale a sector has hundreds of actors in every language (a subquery per candidate
    took seconds; even one grouped count over the participants was the page's largest cost).
    """
    elsewhere = Actor.objects.filter(live=True, sector=actor.sector).exclude(
        municipality_id__in=municipality.translation_ids
    )
    # From the stored counts (see `refresh`): counting the sector's participants across the country here
    # would cost every actor page a national count.
    counts = dict(
        ActorCooperationStat.objects.filter(sector=actor.sector).values_list("actor_key", "case_count")
    )
    # The ranking reads plain rows: a sector's cooperating actors across the country can be hundreds, and
    # only the few shown are loaded as objects. The language is chosen among those rows in Python.
    rows = prefer_locale_rows(
        elsewhere.filter(translation_key__in=list(counts)).values_list(
            "pk", "name", "translation_key", "locale_id"
        ),
        language_code,
    )
    ranked = sorted(rows, key=lambda row: (-counts[row[2]], row[1], row[0]))[:limit]
    chosen = [row[0] for row in ranked]
    if len(chosen) < limit:
        others = prefer_locales(elsewhere, language_code).exclude(translation_key__in=list(counts))
        others = others.order_by("name", "pk")
        chosen += list(others.values_list("pk", flat=True)[: limit - len(chosen)])
    loaded = Actor.objects.select_related("locale", "municipality").in_bulk(chosen)
    shown = [loaded[pk] for pk in chosen if pk in loaded]
    for candidate in shown:
        candidate.cooperation_count = counts.get(candidate.translation_key, 0)
    return _localized_actors(shown, language_code)


def _localized_actors(actors, language_code=None):
    """The actors, each linked under its municipality's page in the reader's language where there is one."""
    actors = list(actors)
    if not actors:
        return actors
    locale = locale_for_code(language_code or get_language())
    municipality_ids = {actor.municipality_id for actor in actors}
    readers = {}
    if locale is not None:
        readers = {
            page.translation_key: page
            for page in Page.objects.live().filter(
                locale=locale,
                translation_key__in=Page.objects.filter(pk__in=municipality_ids).values("translation_key"),
            )
        }
    for actor in actors:
        home = actor.municipality
        actor.municipality = readers.get(home.translation_key, home)
    return actors
