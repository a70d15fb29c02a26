from django import template
from django.db.models import Case, F, Min, Q, Value, When, Window
from django.db.models.functions import RowNumber
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.models import Page, Site

from languages.fallback import prefer_locales
from languages.locales import active_locale, localized
from pagecache.generations import memoized
from seminars.availability import (
    attach_availability,
    attach_availability_from_columns,
    with_availability_columns,
)
from seminars.models import SeminarPage

register = template.Library()

MUNICIPALITY_SEMINARS = 3


@register.simple_tag
def upcoming_seminars(limit=3):
    """The next seminars in the active language, soonest first, with their availability for the cards."""
    seminars = prefer_locales(SeminarPage.objects.live().defer_streamfields(), rivals=Page.objects.live())
    seminars = seminars.filter(start__gte=timezone.now())
    return attach_availability(seminars.select_related("locale").order_by("start")[:limit])


@register.simple_tag
def upcoming_change_at(seminars):
    """When a list of `upcoming_seminars` next changes with time alone: the first of them starts (it leaves
    the list) or a shown one's registration closes. None for an empty list. For a page that keeps the list
    per publish (`{% kept_until %}`); a registration starts a new generation of its own."""
    now = timezone.now()
    moments = [seminar.start for seminar in seminars]
    moments += [
        seminar.registration_closes_at for seminar in seminars if seminar.registration_closes_at > now
    ]
    return min(moments, default=None)


@register.simple_tag(takes_context=True)
def seminar_feed_url(context, municipality_code=None):
    """The calendar feed of upcoming seminars in the active language, optionally for one municipality.

    The feed of the request's site: one lookup per site, language and publish (`memoized`).
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    url = memoized("seminar-feed", lambda: _feed_url(site, request), site.pk if site else "", get_language())
    if not url:
        return ""
    return f"{url}?municipality={municipality_code}" if municipality_code else url


def _feed_url(site, request):
    index = _index_page(site)
    return index.get_url(request) + index.reverse_subpage("feed") if index is not None else ""


def _index_page_url(site, request):
    index = _index_page(site)
    return index.get_url(request) if index is not None else ""


def _index_page(site):
    from seminars.models import SeminarIndexPage

    indexes = SeminarIndexPage.objects.live().filter(locale=active_locale())
    if site is not None:
        # Each language's tree hangs from the site root's translation in that language.
        indexes = indexes.descendant_of(localized(site.root_page))
    return indexes.first()


@register.simple_tag(takes_context=True)
def municipality_seminars(context, municipality, limit=MUNICIPALITY_SEMINARS):
    """A municipality's next seminars (soonest first) and its latest past ones, for its page.

    One query however many seminars it has held (or none): the seminars, numbered within upcoming and past
    by the database (a window function) so only `limit` + 1 of each are read, with the columns their
    availability is read from. Each is in the reader's language or the nearest fallback. `more` says
    whether either list goes on; `all_url` is the seminar index filtered to the municipality, `feed_url`
    its calendar (only with seminars to come).
    """
    now = timezone.now()
    past = Q(end__lt=now)
    seminars = prefer_locales(
        SeminarPage.objects.live()
        .defer_streamfields()
        .filter(municipality_id__in=municipality.translation_ids),
        rivals=Page.objects.live(),
    )
    numbered = seminars.annotate(
        is_past=Case(When(past, then=Value(1)), default=Value(0)),
        position=Window(
            RowNumber(),
            partition_by=[Case(When(past, then=Value(1)), default=Value(0))],
            order_by=[Case(When(past, then=None), default=F("start")).asc(), F("start").desc(), "pk"],
        ),
        # The first of all its seminars to come to an end, read or not: then the lists change.
        first_end=Window(Min("end"), partition_by=[Case(When(past, then=Value(1)), default=Value(0))]),
    )
    found = attach_availability_from_columns(
        with_availability_columns(numbered.filter(position__lte=limit + 1))
        .select_related("locale")
        .order_by("is_past", "position")
    )
    upcoming = [seminar for seminar in found if not seminar.is_past]
    recent = [seminar for seminar in found if seminar.is_past]
    index_url = _index_url(context) if found else ""
    feed_url = seminar_feed_url(context, municipality.code) if upcoming else ""
    return {
        "upcoming": upcoming[:limit],
        "recent": recent[:limit],
        "more": len(upcoming) > limit or len(recent) > limit,
        "all_url": f"{index_url}?municipality={municipality.code}" if index_url else "",
        "feed_url": feed_url,
        "changes_at": _changes_at(upcoming[:limit], now),
    }


def _changes_at(upcoming, now):
    """When the lists or a shown seminar's status next change with time alone: the first seminar to come
    ends (it moves to the past), or a shown one's registration closes. None when nothing is to come.

    For a page that keeps its seminars per publish (`{% kept_until %}`); a registration starts a new
    generation of its own (seminars.registrations).
    """
    moments = [seminar.first_end for seminar in upcoming[:1]]
    for seminar in upcoming:
        closes = seminar.source_registration_deadline or seminar.source_start
        if closes is not None and closes > now:
            moments.append(closes)
    return min(moments, default=None)


def _index_url(context):
    """The seminar index of the request's site in the reader's language, looked up once per publish."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    site_id = site.pk if site else ""
    return memoized("seminar-index-url", lambda: _index_page_url(site, request), site_id, get_language())
