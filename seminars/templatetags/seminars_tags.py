from django import template
from django.utils import timezone
from wagtail.models import Locale

from seminars.models import SeminarPage

register = template.Library()


@register.simple_tag
def upcoming_seminars(limit=3):
    """The next seminars in the active language, soonest first."""
    return (
        SeminarPage.objects.live()
        .filter(locale=Locale.get_active(), start__gte=timezone.now())
        .order_by("start")[:limit]
    )
