"""Print, as JSON, one URL per page type and language of the demo site the browser tests run against.

Run by the `portal_pages` fixture inside the server's environment (`manage.py shell -c`), because the
browser tests' own process is bound to the pytest-django test database, not to the demo database.
Every language gets the translations of the same Danish pages, so a test can follow one page from
language to language.
"""

import json

from django.utils import timezone

LANGUAGES = ["da", "en", "uk", "ar", "pl"]
MUNICIPALITY_CODE = "751"  # Aarhus: the demo gives it actors in many sectors.


def danish_pages():
    from casestudies.models import CaseStudyIndexPage, CaseStudyPage
    from directory.models import MunicipalityIndexPage, MunicipalityPage
    from home.models import HomePage, PortalSettings
    from seminars.models import SeminarIndexPage, SeminarPage

    def first(model, **filters):
        return model.objects.live().filter(locale__language_code="da", **filters).order_by("path").first()

    portal = PortalSettings.objects.filter(accessibility_page__isnull=False).first()
    return {
        "home": first(HomePage),
        "municipality_index": first(MunicipalityIndexPage),
        "municipality": first(MunicipalityPage, code=MUNICIPALITY_CODE),
        "case_study_index": first(CaseStudyIndexPage),
        "case_study": first(CaseStudyPage),
        "seminar_index": first(SeminarIndexPage),
        "seminar": first(SeminarPage, start__gte=timezone.now()) or first(SeminarPage),
        "standard": portal.accessibility_page if portal else None,
    }


def page_urls(language, pages):
    from wagtail.models import Locale

    from directory.models import Actor

    locale = Locale.objects.get(language_code=language)
    urls = {}
    for name, page in pages.items():
        translation = page.get_translation_or_none(locale) if page is not None else None
        urls[name] = translation.url if translation is not None and translation.live else None
    municipality = pages["municipality"]
    translated = municipality.get_translation_or_none(locale) if municipality is not None else None
    actor = (
        Actor.objects.filter(municipality=translated, live=True).order_by("sector", "name").first()
        if translated is not None
        else None
    )
    urls["actor"] = actor.get_url() if actor is not None else None
    forms = {
        "share": (urls["case_study_index"], "share/"),
        "suggest": (urls["municipality"], "suggest/"),
        "contact": (urls["actor"], "contact/"),
        "register": (urls["seminar"], "register/"),
    }
    for name, (base, route) in forms.items():
        urls[name] = f"{base}{route}" if base else None
    urls["search"] = f"/{language}/search/"
    urls["not_found"] = f"/{language}/denne-side-findes-ikke/"
    return urls


def main():
    pages = danish_pages()
    print(json.dumps({language: page_urls(language, pages) for language in LANGUAGES}))  # noqa: T201
