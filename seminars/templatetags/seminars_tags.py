from django import template
from django.utils import timezone

from home.localization import active_locale, prefer_locales
from seminars.models import SeminarPage

register = template.Library()


@register.simple_tag
def upcoming_seminars(limit=3):
    """The next seminars in the active language, soonest first."""
    seminars = prefer_locales(SeminarPage.objects.live()).filter(start__gte=timezone.now())
    return seminars.select_related("locale").order_by("start")[:limit]


@register.simple_tag
def seminar_feed_url(municipality_code=None):
    """The calendar feed of upcoming seminars in the active language, optionally for one municipality."""
    from seminars.models import SeminarIndexPage

    index = SeminarIndexPage.objects.live().filter(locale=active_locale()).first()
    if index is None:
        return ""
    url = index.url + index.reverse_subpage("feed")
    return f"{url}?municipality={municipality_code}" if municipality_code else url
