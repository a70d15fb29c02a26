import pytest

from casestudies.factories import (
    CaseStudyMunicipalityFactory,
    CaseStudyPageFactory,
    CaseStudyParticipantFactory,
)
from directory.factories import ActorFactory, MunicipalityPageFactory
from directory.models import Sector


def add_case_study(tree, title, municipality, sectors, themes=(), groups=()):
    actors = [
        ActorFactory(municipality=municipality, name=f"{title} {sector}", sector=sector) for sector in sectors
    ]
    page = CaseStudyPageFactory.build(title=title, slug=title.lower().replace(" ", "-"))
    page.themes = list(themes)
    page.target_groups = list(groups)
    page.municipalities = [CaseStudyMunicipalityFactory.build(page=None, municipality=municipality)]
    page.participants = [
        CaseStudyParticipantFactory.build(page=None, locale=municipality.locale, actor=actor)
        for actor in actors
    ]
    tree["case_index"].add_child(instance=page)
    return page


@pytest.mark.django_db
class TestCaseStudyFacets:
    @pytest.fixture
    def odense(self, tree):
        odense = MunicipalityPageFactory(
            parent=tree["directory"], title="Odense", slug="odense", code="461", region="DK-83"
        )
        add_case_study(tree, "Lektiecafe", odense, [Sector.LIBRARY, Sector.ASSOCIATION])
        return odense

    def titles(self, response):
        return {page.title for page in response.context["listing"].case_studies}

    def test_filter_by_sector_of_the_participating_actors(self, client, tree, odense):
        response = client.get(tree["case_index"].url, {"sector": Sector.ASSOCIATION})
        assert self.titles(response) == {"Lektiecafe"}

    def test_filter_by_municipality_and_by_region(self, client, tree, odense):
        assert self.titles(client.get(tree["case_index"].url, {"municipality": "751"})) == {
            "Jobcafé på biblioteket"
        }
        assert self.titles(client.get(tree["case_index"].url, {"region": "DK-83"})) == {"Lektiecafe"}

    def test_filter_by_theme(self, client, tree, odense):
        assert self.titles(client.get(tree["case_index"].url, {"theme": "employment"})) == {
            "Jobcafé på biblioteket"
        }

    def test_filter_by_target_group(self, client, tree, odense):
        from home.models import TargetGroup

        page = tree["case_study"]
        page.target_groups = [TargetGroup.objects.get(code="students")]
        page.save_revision().publish()
        assert self.titles(client.get(tree["case_index"].url, {"target_group": "students"})) == {page.title}

    def test_pagination_and_query_count_do_not_grow(
        self, client, tree, odense, django_assert_max_num_queries
    ):
        for number in range(30):
            add_case_study(tree, f"Case {number}", odense, [Sector.LIBRARY, Sector.JOB_CENTRE])
        client.get(tree["case_index"].url)
        with django_assert_max_num_queries(30):
            first = client.get(tree["case_index"].url)
        assert len(first.context["listing"].case_studies) == 12
        assert first.context["listing"].page_obj.paginator.count == 32
        last = client.get(tree["case_index"].url, {"page": 3})
        assert len(last.context["listing"].case_studies) == 8


@pytest.mark.django_db
def test_related_case_studies_share_a_theme(client, tree):
    other = add_case_study(
        tree, "Jobmesse", tree["municipality"], [Sector.EMPLOYER, Sector.JOB_CENTRE], [tree["theme"]]
    )
    response = client.get(tree["case_study"].url)
    assert list(response.context["related_case_studies"]) == [other]
