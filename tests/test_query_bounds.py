"""Every public page type runs a fixed number of SQL queries, whatever the amount of content.

The scale-data generator builds the site at two sizes an order of magnitude apart; each page type is
requested at both (in Danish, and in Arabic, whose listings go through the language fallback) and must
run the same number of queries, under a ceiling. A listing that queries once per item fails here long
before it slows the national site down.
"""

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from demo.scale import ScaleDataBuilder, Sizes

SMALL = Sizes(municipalities=3, actors=20, case_studies=6, seminars=12)
LARGE = Sizes(municipalities=10, actors=200, case_studies=24, seminars=16)

# The most queries each page type may run: the counts of November 2026 plus a margin of three, so that a
# new query is a decision (raise the ceiling here), and one query per listed item breaks it at once.
CEILINGS = {
    "home": 19,
    "municipality index": 14,
    "municipality page": 26,
    "actor page": 29,
    "case-study index": 17,
    "case-study index with facets": 17,
    "case-study page": 21,
    "seminar index": 15,
    "seminar page": 20,
    "search": 10,
    "ics feed": 11,
    "sitemap": 6,
    "sitemap of pages": 9,
    "sitemap of actors": 7,
}
LANGUAGES = ["da", "ar"]
# The mark makes pytest-django create the test database; the counts come from the module fixture.
pytestmark = pytest.mark.django_db


def page_urls(builder, language):
    """Comparable pages at both sizes: an actor that took part in a case study, a planned upcoming seminar
    with case studies presented, so a difference in queries can only come from the amount of content."""
    municipality = builder.municipalities[0][language]
    case_study = builder.case_studies[0][language]
    participant = builder.case_studies[0]["da"].participants.select_related("actor").first().actor
    actor = next(actor[language] for actor in builder.actors if actor["da"].pk == participant.pk)
    actor_municipality = actor.municipality
    now = timezone.now()
    seminar = next(
        seminar[language]
        for seminar in builder.seminars
        if seminar["da"].start > now
        and seminar["da"].status == "planned"
        and seminar["da"].presented_case_studies.exists()
    )
    theme = builder.themes[0].slug
    case_index, seminar_index = case_study.get_parent(), seminar.get_parent()
    return {
        "home": f"/{language}/",
        "municipality index": municipality.get_parent().url,
        "municipality page": municipality.url,
        "actor page": f"{actor_municipality.url}{actor.slug}/",
        "case-study index": case_index.url,
        "case-study index with facets": f"{case_index.url}?theme={theme}&sector=library&region=DK-84",
        "case-study page": case_study.url,
        "seminar index": seminar_index.url,
        "seminar page": seminar.url,
        "search": f"/{language}/search/?q=bibliotek",
        "ics feed": f"{seminar_index.url}calendar/",
        "sitemap": "/sitemap.xml",
        "sitemap of pages": "/sitemap-pages.xml",
        "sitemap of actors": "/sitemap-actors.xml",
    }


def count_queries(sizes):
    """Build the site at `sizes`, count each page type's queries, then roll everything back."""
    counts = {}
    with transaction.atomic():
        cache.clear()
        builder = ScaleDataBuilder(sizes, seed=7)
        builder.build()
        client = Client()
        for language in LANGUAGES:
            for page_type, url in page_urls(builder, language).items():
                response = client.get(url)  # warms the site-root and locale caches every request shares
                assert response.status_code == 200, f"{page_type} {url}: {response.status_code}"
                with CaptureQueriesContext(connection) as queries:
                    response = client.get(url)
                assert response.status_code == 200
                count = len(queries)
                if page_type == "search":
                    # Search loads the results it shows with one query per kind among them (pages of one
                    # type, actors): that part follows the ranking, not the amount of content.
                    count -= len({result["kind"] for result in response.context["results"]})
                counts[(page_type, language)] = count
        transaction.set_rollback(True)
    cache.clear()
    return counts


@pytest.fixture(scope="module")
def query_counts(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        return {"small": count_queries(SMALL), "large": count_queries(LARGE)}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", list(CEILINGS))
class TestQueryBounds:
    def test_query_count_does_not_grow_with_content(self, query_counts, page_type, language):
        small, large = (
            query_counts["small"][(page_type, language)],
            query_counts["large"][(page_type, language)],
        )
        assert large == small, f"{page_type} ({language}): {small} queries small, {large} large"

    def test_query_count_is_under_its_ceiling(self, query_counts, page_type, language):
        count = query_counts["large"][(page_type, language)]
        assert count <= CEILINGS[page_type], f"{page_type} ({language}): {count} queries"
