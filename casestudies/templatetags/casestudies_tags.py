from django import template
from wagtail.models import Page

from casestudies.models import CaseStudyPage
from languages.fallback import prefer_locales

register = template.Library()


@register.simple_tag
def newest_case_studies(limit=3):
    """The newest published case studies in the active language."""
    case_studies = prefer_locales(
        CaseStudyPage.objects.live().defer_streamfields(), rivals=Page.objects.live()
    )
    return case_studies.select_related("listing_image", "locale").order_by("-first_published_at")[:limit]
