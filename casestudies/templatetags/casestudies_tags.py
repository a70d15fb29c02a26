from django import template
from django.utils.translation import get_language
from wagtail.models import Page, Site

from casestudies.models import CaseStudyIndexPage, CaseStudyMunicipality, CaseStudyPage
from languages.fallback import prefer_locales
from languages.locales import active_locale, localized
from pagecache.generations import memoized

register = template.Library()

MUNICIPALITY_CASE_STUDIES = 6


@register.simple_tag
def newest_case_studies(limit=3):
    """The newest published case studies in the active language."""
    case_studies = prefer_locales(
        CaseStudyPage.objects.live().defer_streamfields(), rivals=Page.objects.live()
    )
    return case_studies.select_related("listing_image", "locale").order_by("-first_published_at")[:limit]


@register.simple_tag(takes_context=True)
def municipality_case_studies(context, municipality, limit=MUNICIPALITY_CASE_STUDIES):
    """The case studies about a municipality, newest first, for its page: one query, however many.

    Each in the reader's language or the nearest fallback. `more` says whether there are more than
    `limit`; `all_url` is the case-study index in the reader's language filtered to the municipality.
    """
    about = CaseStudyMunicipality.objects.filter(municipality_id__in=municipality.translation_ids)
    case_studies = prefer_locales(
        CaseStudyPage.objects.live().defer_streamfields().filter(pk__in=about.values("page_id")),
        rivals=Page.objects.live(),
    )
    found = list(case_studies.select_related("locale").order_by("-start_date", "title", "pk")[: limit + 1])
    index_url = _index_url(context.get("request")) if found else ""
    return {
        "items": found[:limit],
        "more": len(found) > limit,
        "all_url": f"{index_url}?municipality={municipality.code}" if index_url else "",
    }


def _index_url(request):
    """The case-study index of the request's site in the reader's language, looked up once per publish."""
    site = Site.find_for_request(request) if request is not None else None
    site_id = site.pk if site else ""
    return memoized("case-study-index-url", lambda: _find_index_url(site, request), site_id, get_language())


def _find_index_url(site, request):
    indexes = CaseStudyIndexPage.objects.live().filter(locale=active_locale())
    if site is not None:
        indexes = indexes.descendant_of(localized(site.root_page))
    index = indexes.first()
    return index.get_url(request) if index is not None else ""
