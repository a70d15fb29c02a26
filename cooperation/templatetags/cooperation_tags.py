"""The cooperation finder on the municipality, actor and case-study index pages.

The directory's templates load these tags rather than the directory importing casestudies: imports point
one way, from casestudies to directory.
"""

from django import template
from django.utils.translation import get_language, get_language_info

from cooperation import finder
from cooperation.models import SectorPairStat

register = template.Library()

CHART_WIDTH = 640
CHART_ROW_HEIGHT = 52
CHART_LABEL_HEIGHT = 20
CHART_BAR_HEIGHT = 18
CHART_NUMBER_SPACE = 48


VISIBLE_GROUPS = 3


@register.simple_tag
def municipality_cooperation(municipality, actors=None):
    """Opportunities and gaps for a municipality page: see finder.municipality_cooperation.

    The opportunities come grouped by their pair of sectors (`groups`), the first VISIBLE_GROUPS shown and
    the rest (`more_groups`) one click away, so that a large municipality's page stays short.
    """
    found = finder.municipality_cooperation(municipality, actors=actors)
    groups = group_opportunities(found["opportunities"])
    return {**found, "groups": groups[:VISIBLE_GROUPS], "more_groups": groups[VISIBLE_GROUPS:]}


def group_opportunities(opportunities):
    """The opportunities as one group per pair of sectors, in their order, each with its local pairs of
    actors and the example case studies not already offered by an earlier group.

    The finder gives each pair of actors the examples of its pair of sectors, and different pairs of
    sectors often share their best examples: listed with every pair, the same three case studies filled a
    large municipality's page ten times over.
    """
    groups, shown = {}, set()
    for item in opportunities:
        key = (item.actor_a.sector, item.actor_b.sector)
        group = groups.get(key)
        if group is None:
            examples = [page for page in item.examples if page.translation_key not in shown]
            shown.update(page.translation_key for page in examples)
            group = groups[key] = {
                "sector_a_label": item.sector_a_label,
                "sector_b_label": item.sector_b_label,
                "count": item.count,
                "pairs": [],
                "examples": examples,
            }
        group["pairs"].append((item.actor_a, item.actor_b))
    return list(groups.values())


@register.simple_tag
def actor_cooperation(actor, municipality):
    """An actor's cooperations and actors like it elsewhere: see finder.actor_cooperation."""
    return finder.actor_cooperation(actor, municipality)


@register.inclusion_tag("cooperation/chart.html")
def sector_cooperation_chart(limit=finder.MAX_CHART_PAIRS):
    """The national picture: the most frequent pairs of sectors as a bar chart drawn here, and as a table.

    Each bar carries its pair's name above it and its number at its end, so nothing depends on colour, and
    the geometry is mirrored for right-to-left languages.
    """
    stats = list(SectorPairStat.objects.all()[:limit])
    rtl = get_language_info(get_language())["bidi"]
    largest = max((stat.case_count for stat in stats), default=0) or 1
    bar_space = CHART_WIDTH - CHART_NUMBER_SPACE
    rows = []
    for position, stat in enumerate(stats):
        top = position * CHART_ROW_HEIGHT
        width = max(2, round(bar_space * stat.case_count / largest))
        first, second = stat.labels
        rows.append(
            {
                "stat": stat,
                "first": first,
                "second": second,
                "label_x": CHART_WIDTH if rtl else 0,
                "label_y": top + CHART_LABEL_HEIGHT - 4,
                "bar_x": CHART_WIDTH - width if rtl else 0,
                "bar_y": top + CHART_LABEL_HEIGHT + 2,
                "bar_width": width,
                "number_x": CHART_WIDTH - width - 8 if rtl else width + 8,
                "number_y": top + CHART_LABEL_HEIGHT + CHART_BAR_HEIGHT - 2,
            }
        )
    return {
        "rows": rows,
        "top": stats[0] if stats else None,
        "top_labels": stats[0].labels if stats else (),
        "width": CHART_WIDTH,
        "height": len(rows) * CHART_ROW_HEIGHT,
        "bar_height": CHART_BAR_HEIGHT,
        "rtl": rtl,
    }
