from django import template
from wagtail.models import Locale

from casestudies.models import CaseStudyPage

register = template.Library()


@register.simple_tag
def newest_case_studies(limit=3):
    """The newest published case studies in the active language."""
    return (
        CaseStudyPage.objects.live()
        .filter(locale=Locale.get_active())
        .select_related("listing_image")
        .order_by("-first_published_at")[:limit]
    )
