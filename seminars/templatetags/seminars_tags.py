from django import template
from django.utils import timezone
from django.utils.translation import get_language

from home.caching import memoized
from home.localization import active_locale, prefer_locales
from seminars.availability import attach_availability
from seminars.models import SeminarPage

register = template.Library()


@register.simple_tag
def upcoming_seminars(limit=3):
    """The next seminars in the active language, soonest first, with their availability for the cards."""
    seminars = prefer_locales(SeminarPage.objects.live().defer_streamfields())
    seminars = seminars.filter(start__gte=timezone.now())
    return attach_availability(seminars.select_related("locale").order_by("start")[:limit])


@register.simple_tag
def seminar_feed_url(municipality_code=None):
    """The calendar feed of upcoming seminars in the active language, optionally for one municipality."""
    url = memoized("seminar-feed", _feed_url, get_language())
    if not url:
        return ""
    return f"{url}?municipality={municipality_code}" if municipality_code else url


def _feed_url():
    from seminars.models import SeminarIndexPage

    index = SeminarIndexPage.objects.live().filter(locale=active_locale()).first()
    return index.url + index.reverse_subpage("feed") if index is not None else ""
