from django import template
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.models import Page, Site

from languages.fallback import prefer_locales
from languages.locales import active_locale, localized
from pagecache.generations import memoized
from seminars.availability import attach_availability
from seminars.models import SeminarPage

register = template.Library()


@register.simple_tag
def upcoming_seminars(limit=3):
    """The next seminars in the active language, soonest first, with their availability for the cards."""
    seminars = prefer_locales(SeminarPage.objects.live().defer_streamfields(), rivals=Page.objects.live())
    seminars = seminars.filter(start__gte=timezone.now())
    return attach_availability(seminars.select_related("locale").order_by("start")[:limit])


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
    from seminars.models import SeminarIndexPage

    locale = active_locale()
    indexes = SeminarIndexPage.objects.live().filter(locale=locale)
    if site is not None:
        # Each language's tree hangs from the site root's translation in that language.
        indexes = indexes.descendant_of(localized(site.root_page))
    index = indexes.first()
    return index.get_url(request) + index.reverse_subpage("feed") if index is not None else ""
