import re

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import translation
from wagtail.models import Locale

from casestudies.factories import (
    CaseStudyMunicipalityFactory,
    CaseStudyPageFactory,
    CaseStudyParticipantFactory,
)
from cooperation import finder, statistics
from cooperation.models import ActorCooperationStat, SectorPairStat, SectorStat
from directory.factories import ActorFactory, MunicipalityPageFactory
from directory.models import Sector


def add_case_study(tree, title, municipality, actors, publish=True):
    """A Danish case study in `municipality` with the given actors taking part."""
    page = CaseStudyPageFactory.build(title=title, slug=re.sub(r"\W+", "-", title.lower()))
    page.municipalities = [CaseStudyMunicipalityFactory.build(page=None, municipality=municipality)]
    page.participants = [
        CaseStudyParticipantFactory.build(page=None, locale=municipality.locale, actor=actor)
        for actor in actors
    ]
    tree["case_index"].add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page


def add_municipality(tree, name, code, sectors):
    municipality = MunicipalityPageFactory(parent=tree["directory"], title=name, slug=name.lower(), code=code)
    actors = {
        sector: ActorFactory(municipality=municipality, name=f"{name} {sector}", sector=sector)
        for sector in sectors
    }
    return municipality, actors


def pair(a, b):
    return SectorPairStat.objects.get(sector_a=min(a, b), sector_b=max(a, b))


@pytest.fixture
def elsewhere(tree):
    """Odense, where a library, an association and a language school have cooperated twice."""
    odense, actors = add_municipality(
        tree, "Odense", "461", [Sector.LIBRARY, Sector.ASSOCIATION, Sector.LANGUAGE_SCHOOL]
    )
    add_case_study(tree, "Lektiecafe i Odense", odense, [actors[Sector.LIBRARY], actors[Sector.ASSOCIATION]])
    add_case_study(tree, "Sprogvenner i Odense", odense, list(actors.values()))
    statistics.refresh()
    return odense, actors


@pytest.mark.django_db
class TestCounting:
    def test_each_case_study_counts_once_per_pair_of_different_sectors(self, tree, elsewhere):
        assert pair(Sector.LIBRARY, Sector.ASSOCIATION).case_count == 2
        assert pair(Sector.LIBRARY, Sector.LANGUAGE_SCHOOL).case_count == 1
        assert pair(Sector.LIBRARY, Sector.JOB_CENTRE).case_count == 1  # the tree's job café in Aarhus
        assert SectorStat.objects.get(sector=Sector.LIBRARY).case_count == 3

    def test_two_actors_of_one_sector_count_the_pair_once_and_no_same_sector_pair(self, tree, elsewhere):
        odense, actors = elsewhere
        second_library = ActorFactory(municipality=odense, name="Vollsmose Bibliotek", sector=Sector.LIBRARY)
        add_case_study(
            tree,
            "To biblioteker",
            odense,
            [actors[Sector.LIBRARY], second_library, actors[Sector.ASSOCIATION]],
        )
        add_case_study(tree, "Kun biblioteker", odense, [actors[Sector.LIBRARY], second_library])
        statistics.refresh()
        assert pair(Sector.LIBRARY, Sector.ASSOCIATION).case_count == 3
        assert not SectorPairStat.objects.filter(sector_a=Sector.LIBRARY, sector_b=Sector.LIBRARY).exists()
        assert SectorStat.objects.get(sector=Sector.LIBRARY).case_count == 4

    def test_each_actor_counts_its_published_case_studies(self, tree, elsewhere):
        odense, actors = elsewhere
        draft = add_case_study(tree, "Kladde", odense, [actors[Sector.LIBRARY], actors[Sector.ASSOCIATION]])
        draft.unpublish()
        statistics.refresh()
        counted = {
            stat.actor_key: (stat.sector, stat.case_count) for stat in ActorCooperationStat.objects.all()
        }
        assert counted == {
            actors[Sector.LIBRARY].translation_key: (Sector.LIBRARY, 2),
            actors[Sector.ASSOCIATION].translation_key: (Sector.ASSOCIATION, 2),
            actors[Sector.LANGUAGE_SCHOOL].translation_key: (Sector.LANGUAGE_SCHOOL, 1),
            tree["library"].translation_key: (Sector.LIBRARY, 1),
            tree["job_centre"].translation_key: (Sector.JOB_CENTRE, 1),
        }

    def test_translations_do_not_count_again(self, tree, elsewhere, english):
        tree["case_index"].copy_for_translation(english, copy_parents=True).save_revision().publish()
        translated = tree["case_study"].copy_for_translation(english, copy_parents=True)
        translated.save_revision().publish()
        statistics.refresh()
        assert pair(Sector.LIBRARY, Sector.JOB_CENTRE).case_count == 1

    def test_drafts_are_not_counted(self, tree, elsewhere):
        odense, actors = elsewhere
        draft = add_case_study(tree, "Kladde", odense, [actors[Sector.LIBRARY], actors[Sector.ASSOCIATION]])
        draft.unpublish()
        statistics.refresh()
        assert pair(Sector.LIBRARY, Sector.ASSOCIATION).case_count == 2

    def test_management_command_rebuilds(self, tree, elsewhere):
        SectorPairStat.objects.all().delete()
        call_command("refresh_cooperation", stdout=open("/dev/null", "w"))  # noqa: SIM115
        assert pair(Sector.LIBRARY, Sector.ASSOCIATION).case_count == 2


@pytest.fixture
def nothing_pending(elsewhere):
    """Drop the refresh the fixtures scheduled: the test transaction never commits, so it would stay pending
    and stand in for the one each test expects (schedule_refresh adds one per transaction)."""
    connection = transaction.get_connection()
    connection.run_on_commit = [
        entry for entry in connection.run_on_commit if entry[1] is not statistics.enqueue_refresh
    ]


@pytest.mark.django_db
@pytest.mark.usefixtures("nothing_pending")
class TestRefreshOnChange:
    def test_publishing_a_case_study_refreshes(self, tree, elsewhere, django_capture_on_commit_callbacks):
        odense, actors = elsewhere
        with django_capture_on_commit_callbacks(execute=True):
            add_case_study(tree, "Ny", odense, [actors[Sector.ASSOCIATION], actors[Sector.LANGUAGE_SCHOOL]])
        assert pair(Sector.ASSOCIATION, Sector.LANGUAGE_SCHOOL).case_count == 2

    def test_several_publications_refresh_once(self, tree, elsewhere, django_capture_on_commit_callbacks):
        odense, actors = elsewhere
        with django_capture_on_commit_callbacks() as callbacks:
            add_case_study(tree, "En", odense, [actors[Sector.ASSOCIATION], actors[Sector.LANGUAGE_SCHOOL]])
            add_case_study(tree, "To", odense, [actors[Sector.LIBRARY], actors[Sector.LANGUAGE_SCHOOL]])
        assert callbacks.count(statistics.enqueue_refresh) == 1

    def test_unpublishing_refreshes(self, tree, elsewhere, django_capture_on_commit_callbacks):
        with django_capture_on_commit_callbacks(execute=True):
            tree["case_study"].unpublish()
        assert not SectorPairStat.objects.filter(sector_a=Sector.JOB_CENTRE).exists()

    def test_deleting_refreshes(self, tree, elsewhere, django_capture_on_commit_callbacks):
        tree["seminar"].presented_case_studies.all().delete()
        with django_capture_on_commit_callbacks(execute=True):
            tree["case_study"].delete()
        assert not SectorPairStat.objects.filter(sector_a=Sector.JOB_CENTRE).exists()

    def test_changing_an_actors_sector_refreshes(self, tree, elsewhere, django_capture_on_commit_callbacks):
        job_centre = tree["job_centre"]
        job_centre.sector = Sector.EMPLOYER
        with django_capture_on_commit_callbacks(execute=True):
            job_centre.save()
        assert pair(Sector.LIBRARY, Sector.EMPLOYER).case_count == 1
        assert not SectorPairStat.objects.filter(sector_a=Sector.JOB_CENTRE).exists()

    def test_saving_an_actor_without_changing_its_sector_does_not(
        self, tree, elsewhere, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks() as callbacks:
            tree["library"].save()
        assert callbacks == []


@pytest.fixture
def aarhus_actors(tree):
    """Aarhus gets an association and a language school that have no case study with the library yet."""
    aarhus = tree["municipality"]
    return {
        Sector.ASSOCIATION: ActorFactory(
            municipality=aarhus, name="Foreningen Sammen", sector=Sector.ASSOCIATION
        ),
        Sector.LANGUAGE_SCHOOL: ActorFactory(
            municipality=aarhus, name="Sprogcenter Aarhus", sector=Sector.LANGUAGE_SCHOOL
        ),
    }


def section(html, heading_id):
    """The HTML of the <section> labelled by `heading_id`."""
    start = html.index(f'aria-labelledby="{heading_id}"')
    return html[start : html.index("</section>", start)]


@pytest.mark.django_db
class TestMunicipalityPage:
    def test_opportunities_pair_local_actors_ranked_by_cooperation_elsewhere(
        self, tree, elsewhere, aarhus_actors
    ):
        with translation.override("da"):
            found = finder.municipality_cooperation(tree["municipality"])["opportunities"]
        assert [(item.actor_a.name, item.actor_b.name, item.count) for item in found] == [
            ("Aarhus Hovedbibliotek", "Foreningen Sammen", 2),
            ("Aarhus Hovedbibliotek", "Sprogcenter Aarhus", 1),
            ("Sprogcenter Aarhus", "Foreningen Sammen", 1),
        ]
        assert [page.title for page in found[0].examples] == ["Lektiecafe i Odense", "Sprogvenner i Odense"]

    def test_opportunities_link_to_both_actors_and_the_inspiring_case_studies(
        self, client, tree, elsewhere, aarhus_actors
    ):
        html = section(client.get(tree["municipality"].url).content.decode(), "cooperation-heading")
        first = html[html.index('<li class="cooperation__item">') : html.index("</li>\n        \n")]
        assert 'href="/da/kommuner/aarhus/aarhus-hovedbibliotek/"' in first
        assert 'href="/da/kommuner/aarhus/foreningen-sammen/"' in first
        assert 'href="/da/cases/lektiecafe-i-odense/"' in first

    def test_a_pair_that_already_cooperates_here_is_not_suggested(self, tree, elsewhere, aarhus_actors):
        odense, actors = elsewhere
        job_centre = ActorFactory(municipality=odense, name="Jobcenter Odense", sector=Sector.JOB_CENTRE)
        add_case_study(tree, "Jobcafe i Odense", odense, [actors[Sector.LIBRARY], job_centre])
        statistics.refresh()
        assert pair(Sector.LIBRARY, Sector.JOB_CENTRE).case_count == 2
        found = finder.municipality_cooperation(tree["municipality"])["opportunities"]
        pairs = {(item.actor_a.name, item.actor_b.name) for item in found}
        assert ("Aarhus Hovedbibliotek", "Foreningen Sammen") in pairs
        assert ("Aarhus Hovedbibliotek", "Jobcenter Aarhus") not in pairs

    def test_a_municipalitys_own_case_studies_do_not_count_as_elsewhere(self, tree, elsewhere, aarhus_actors):
        odense, actors = elsewhere
        found = finder.municipality_cooperation(odense)["opportunities"]
        assert found == []

    def test_opportunities_are_capped(self, tree, elsewhere):
        odense, actors = elsewhere
        sectors = [Sector.HEALTH, Sector.HOUSING, Sector.EMPLOYER, Sector.CULTURE]
        more = [
            ActorFactory(municipality=odense, name=f"Odense {sector}", sector=sector) for sector in sectors
        ]
        add_case_study(tree, "Alle sammen", odense, [*actors.values(), *more])
        for sector in [Sector.ASSOCIATION, Sector.LANGUAGE_SCHOOL, *sectors]:
            ActorFactory(municipality=tree["municipality"], name=f"Aarhus {sector}", sector=sector)
        statistics.refresh()
        found = finder.municipality_cooperation(tree["municipality"])["opportunities"]
        assert len(found) == finder.MAX_OPPORTUNITIES
        assert [item.count for item in found] == sorted((item.count for item in found), reverse=True)

    def test_gaps_list_common_sectors_without_a_local_actor(self, client, tree, elsewhere):
        html = section(client.get(tree["municipality"].url).content.decode(), "cooperation-gaps-heading")
        assert 'href="/da/cases/?sector=association"' in html
        assert "?sector=library" not in html
        assert "?sector=language_school" not in html  # in one case study only: not common

    def test_a_municipality_without_actors_gets_the_common_sectors(self, client, tree, elsewhere):
        empty = MunicipalityPageFactory(parent=tree["directory"], title="Læsø", slug="laeso", code="825")
        html = section(client.get(empty.url).content.decode(), "cooperation-gaps-heading")
        assert 'href="/da/cases/?sector=library"' in html
        assert 'href="/da/cases/?sector=association"' in html

    def test_english_page_has_english_labels_and_links_to_the_fallback_case_study(
        self, client, tree, elsewhere, aarhus_actors, english
    ):
        index = tree["case_index"].copy_for_translation(english, copy_parents=True)
        index.save_revision().publish()
        aarhus = tree["municipality"].copy_for_translation(english, copy_parents=True)
        aarhus.save_revision().publish()
        with translation.override("en"):
            html = client.get(aarhus.url).content.decode()
        assert '<html lang="en"' in html
        html = section(html, "cooperation-heading")
        assert "Library and Association / NGO worked together in 2 case studies elsewhere." in html
        assert 'href="/en/cases/lektiecafe-i-odense/" lang="da" dir="ltr"' in html
        assert 'href="/en/kommuner/aarhus/foreningen-sammen/" lang="da" dir="ltr"' in html

    def test_queries_do_not_grow_with_actors_or_case_studies(
        self, client, tree, elsewhere, aarhus_actors, django_assert_max_num_queries
    ):
        url = tree["municipality"].url
        client.get(url)  # fills the site and locale caches, as any earlier visitor would have
        with django_assert_max_num_queries(40) as small:
            client.get(url)
            small_count = len(small)
        aarhus = tree["municipality"]
        for number in range(15):
            other, actors = add_municipality(
                tree, f"By{number}", f"{300 + number}", [Sector.LIBRARY, Sector.HEALTH, Sector.HOUSING]
            )
            add_case_study(tree, f"Sag {number}", other, list(actors.values()))
            ActorFactory(municipality=aarhus, name=f"Aktør {number}", sector=list(Sector)[number % 11])
        statistics.refresh()
        client.get(url)
        with django_assert_max_num_queries(small_count):
            response = client.get(url)
        assert "Aktør" in section(response.content.decode(), "cooperation-heading")


@pytest.mark.django_db
class TestActorPage:
    def test_cooperations_show_case_studies_and_partners(self, client, tree, elsewhere):
        html = section(client.get(tree["library"].get_url()).content.decode(), "case-studies-heading")
        assert 'href="/da/cases/jobcafe/"' in html
        assert 'href="/da/kommuner/aarhus/jobcenter-aarhus/">Jobcenter Aarhus</a>' in html

    def test_actors_like_this_elsewhere_are_same_sector_other_municipalities(self, tree, elsewhere):
        odense, actors = elsewhere
        ActorFactory(municipality=tree["municipality"], name="Filial Aarhus", sector=Sector.LIBRARY)
        other, _actors = add_municipality(tree, "Vejle", "630", [Sector.LIBRARY])
        similar = finder.similar_actors(tree["library"], tree["municipality"], "da")
        assert [(actor.name, actor.cooperation_count) for actor in similar] == [
            ("Odense library", 2),
            ("Vejle library", 0),
        ]

    def test_actors_like_this_elsewhere_link_under_their_municipality(self, client, tree, elsewhere):
        html = section(client.get(tree["library"].get_url()).content.decode(), "similar-actors-heading")
        assert 'href="/da/kommuner/odense/odense-library/">Odense library</a>' in html

    def test_similar_actors_are_capped(self, client, tree):
        for number in range(finder.MAX_SIMILAR_ACTORS + 3):
            add_municipality(tree, f"By{number}", f"{300 + number}", [Sector.LIBRARY])
        html = section(client.get(tree["library"].get_url()).content.decode(), "similar-actors-heading")
        assert html.count('class="cooperation__item"') == finder.MAX_SIMILAR_ACTORS

    def test_english_actor_page_links_to_english_municipalities(self, client, tree, elsewhere, english):
        odense, actors = elsewhere
        odense_en = odense.copy_for_translation(english, copy_parents=True)
        odense_en.slug = "odense-en"
        odense_en.save_revision().publish()
        aarhus_en = tree["municipality"].copy_for_translation(english, copy_parents=True)
        aarhus_en.save_revision().publish()
        with translation.override("en"):
            html = client.get(f"{aarhus_en.url}aarhus-hovedbibliotek/").content.decode()
        html = section(html, "similar-actors-heading")
        assert 'href="/en/kommuner/odense-en/odense-library/" lang="da" dir="ltr"' in html

    def test_queries_do_not_grow(self, client, tree, elsewhere, django_assert_max_num_queries):
        url = tree["library"].get_url()
        client.get(url)
        with django_assert_max_num_queries(50) as small:
            client.get(url)
            small_count = len(small)
        for number in range(12):
            other, actors = add_municipality(
                tree, f"By{number}", f"{300 + number}", [Sector.LIBRARY, Sector.HEALTH]
            )
            add_case_study(tree, f"Sag {number}", other, [*actors.values(), tree["library"]])
        client.get(url)
        with django_assert_max_num_queries(small_count):
            response = client.get(url)
        assert response.content.decode().count("Sag ") >= 12


@pytest.mark.django_db
class TestNationalChart:
    def test_chart_is_an_accessible_svg_with_a_table(self, client, tree, elsewhere, english):
        index = tree["case_index"].copy_for_translation(english, copy_parents=True)
        index.save_revision().publish()
        with translation.override("en"):
            html = section(client.get(index.url).content.decode(), "cooperation-chart-heading")
        assert re.search(r'<svg[^>]*role="img"[^>]*aria-labelledby="cooperation-chart-title', html)
        assert (
            '<title id="cooperation-chart-title">Number of case studies for each pair of sectors</title>'
            in html
        )
        assert "The most frequent pair is Library and Association / NGO, in 2 case studies." in html
        assert "<caption>Number of case studies for each pair of sectors</caption>" in html
        assert '<th scope="col">' in html
        assert re.search(r'<th scope="row">Library</th>\s*<td>Association / NGO</td>\s*<td>2</td>', html)
        assert html.count("<rect") == 4

    def test_chart_in_arabic_runs_right_to_left(self, client, tree, elsewhere):
        arabic = Locale.objects.get(language_code="ar")
        index = tree["case_index"].copy_for_translation(arabic, copy_parents=True)
        index.save_revision().publish()
        with translation.override("ar"):
            html = client.get(index.url).content.decode()
        assert '<html lang="ar" dir="rtl"' in html
        assert 'direction="rtl"' in section(html, "cooperation-chart-heading")

    def test_queries_do_not_grow(self, client, tree, elsewhere, django_assert_max_num_queries):
        url = tree["case_index"].url
        client.get(url)
        with django_assert_max_num_queries(40) as small:
            client.get(url)
            small_count = len(small)
        for number in range(10):
            other, actors = add_municipality(
                tree, f"By{number}", f"{300 + number}", list(Sector)[number % 9 :][:3]
            )
            add_case_study(tree, f"Sag {number}", other, list(actors.values()))
        statistics.refresh()
        client.get(url)
        with django_assert_max_num_queries(small_count):
            response = client.get(url)
        assert response.content.decode().count("<rect") > 4
