"""The scale-data generator, at a tiny size: complete in every language, linked correctly, deterministic."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from wagtail.models import Page

from casestudies.models import CaseStudyPage
from demo.scale import ScaleDataBuilder, Sizes
from directory.models import Actor, MunicipalityPage
from seminars.models import SeminarPage

TINY = Sizes(municipalities=2, actors=6, case_studies=2, seminars=2)
LANGUAGES = {"da", "en", "uk", "ar", "pl"}


def fingerprint():
    """What a reader sees of the data, without database ids (sequences are not rolled back)."""
    pages = sorted(
        Page.objects.filter(depth__gt=2).values_list(
            "url_path", "locale__language_code", "translation_key", "title"
        )
    )
    actors = sorted(
        Actor.objects.values_list(
            "locale__language_code", "municipality__url_path", "slug", "name", "sector", "translation_key"
        )
    )
    return pages, actors


def build(**sizes):
    call_command(
        "generate_scale_data",
        municipalities=sizes.get("municipalities", TINY.municipalities),
        actors=sizes.get("actors", TINY.actors),
        case_studies=sizes.get("case_studies", TINY.case_studies),
        seminars=sizes.get("seminars", TINY.seminars),
        seed=sizes.get("seed", 1),
        stdout=io.StringIO(),
    )


@pytest.mark.django_db
class TestGenerateScaleData:
    def test_builds_the_requested_sizes_in_every_language(self):
        build()
        assert MunicipalityPage.objects.live().count() == TINY.municipalities * 5
        assert Actor.objects.filter(live=True).count() == TINY.actors * 5
        assert CaseStudyPage.objects.live().count() == TINY.case_studies * 5
        assert SeminarPage.objects.live().count() == TINY.seminars * 5
        assert set(Actor.objects.values_list("locale__language_code", flat=True)) == LANGUAGES

    def test_translations_share_the_source_key_and_point_to_translated_pages(self):
        build()
        for actor in Actor.objects.select_related("municipality", "locale"):
            assert actor.municipality.locale_id == actor.locale_id
        for page in CaseStudyPage.objects.all():
            assert page.get_translations(inclusive=True).count() == 5
            assert {p.actor.locale_id for p in page.participants.select_related("actor")} == {page.locale_id}

    def test_pages_are_served_in_every_language(self, client):
        build()
        actor = Actor.objects.select_related("municipality").get(
            locale__language_code="ar", translation_key=Actor.objects.first().translation_key
        )
        assert client.get(actor.get_url()).status_code == 200
        for seminar in SeminarPage.objects.filter(locale__language_code__in=["uk", "pl"]):
            assert client.get(seminar.url).status_code == 200

    def test_generated_pages_and_actors_are_found_by_search(self, client):
        build()
        case_study = CaseStudyPage.objects.get(locale__language_code="da", path__endswith="0001")
        actor = Actor.objects.filter(locale__language_code="da").order_by("pk").first()
        response = client.get("/da/search/", {"q": case_study.title})
        assert case_study.title in response.content.decode()
        response = client.get("/da/search/", {"q": actor.name})
        assert actor.name in response.content.decode()

    def test_the_same_seed_gives_the_same_data(self):
        with transaction.atomic():
            build(seed=5)
            first = fingerprint()
            transaction.set_rollback(True)
        build(seed=5)
        assert fingerprint() == first

    def test_another_seed_gives_other_data(self):
        with transaction.atomic():
            build(seed=5)
            first = fingerprint()
            transaction.set_rollback(True)
        build(seed=6)
        assert fingerprint() != first

    def test_refuses_a_database_that_has_content(self):
        build()
        with pytest.raises(CommandError, match="fresh database"):
            build()

    def test_builder_reports_counts(self):
        counts = ScaleDataBuilder(TINY, seed=1).build()
        assert counts == {"municipalities": 10, "actors": 30, "case studies": 10, "seminars": 10}
