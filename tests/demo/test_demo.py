"""The demo loader builds the whole national demo site, and a second run changes nothing."""

import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Page

from casestudies.models import CaseStudyPage
from directory.models import Actor, MunicipalityPage, Sector
from seminars.models import SeminarPage

pytestmark = [pytest.mark.slow, pytest.mark.django_db]


def counts():
    return {
        "pages": Page.objects.count(),
        "actors": Actor.objects.count(),
        "images": get_image_model().objects.count(),
        "revisions": sum(1 for _ in Page.objects.filter(latest_revision__isnull=False).values("pk")),
        "by_locale": dict(Page.objects.values_list("locale__language_code").annotate(n=Count("pk"))),
    }


@pytest.fixture(scope="module")
def demo_counts(django_db_setup, django_db_blocker):
    """Load the demo twice, once for the whole module, and roll it all back afterwards."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=io.StringIO())
        first = counts()
        call_command("load_demo", stdout=io.StringIO())
        second = counts()
        yield first, second
        transaction.set_rollback(True)
    cache.clear()


def test_second_run_changes_nothing(demo_counts):
    first, second = demo_counts
    assert first == second


def test_all_98_municipalities_exist_in_every_language(demo_counts):
    for code in ["da", "en", "uk", "ar", "pl"]:
        assert MunicipalityPage.objects.filter(locale__language_code=code).count() == 98
    assert MunicipalityPage.objects.get(code="751", locale__language_code="da").title == "Aarhus"


def test_actors_cover_every_sector_and_at_least_ten_municipalities(demo_counts):
    danish = Actor.objects.filter(locale__language_code="da", live=True)
    assert danish.count() >= 150
    assert set(danish.values_list("sector", flat=True)) == set(Sector.values)
    assert danish.values("municipality").distinct().count() >= 10
    assert not danish.exclude(email__endswith="@example.org").exclude(email="").exists()


def test_case_studies_have_at_least_two_actors_and_english_translations(demo_counts):
    danish = CaseStudyPage.objects.filter(locale__language_code="da").live()
    assert danish.count() >= 12
    for case_study in danish:
        assert case_study.participants.count() >= 2
        assert case_study.has_translation(case_study.locale.__class__.objects.get(language_code="en"))
    for code in ["uk", "ar", "pl"]:
        assert CaseStudyPage.objects.filter(locale__language_code=code).live().exists()


def test_seminars_past_with_summaries_and_upcoming(demo_counts):
    danish = SeminarPage.objects.filter(locale__language_code="da").live()
    assert danish.count() >= 6
    past = danish.filter(start__lt=timezone.now())
    assert past.exists()
    assert all(seminar.summary for seminar in past)
    assert danish.filter(start__gte=timezone.now()).exists()
    assert SeminarPage.objects.filter(locale__language_code="en").count() == danish.count()


def test_page_tree_is_consistent_after_translation(demo_counts):
    """Translated parents must still see their children (wagtail-localize #773)."""
    problems = Page.find_problems()
    assert all(not problem for problem in problems), problems


@pytest.mark.parametrize("language", ["da", "en", "ar"])
def test_every_page_type_renders(demo_counts, client, language):
    pages = [
        Page.objects.get(depth=2, locale__language_code=language),
        MunicipalityPage.objects.get(code="751", locale__language_code=language),
        CaseStudyPage.objects.filter(locale__language_code=language).live().first(),
        SeminarPage.objects.filter(locale__language_code=language).live().first(),
    ]
    pages += [page.get_parent() for page in pages[1:]]
    actor = Actor.objects.filter(locale__language_code=language, live=True).first()
    for url in [page.url for page in pages] + [actor.get_url()]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert f'<html lang="{language}"' in response.content.decode(), url
