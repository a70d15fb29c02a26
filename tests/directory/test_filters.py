import pytest

from directory.factories import ActorFactory
from directory.models import Language, Sector
from home.models import TargetGroup


@pytest.fixture
def actors(tree):
    arabic, polish = Language.objects.get(code="ar"), Language.objects.get(code="pl")
    refugees = TargetGroup.objects.get(code="refugees")
    tree["library"].languages.set([arabic])
    tree["job_centre"].languages.set([polish])
    tree["job_centre"].target_groups.set([refugees])
    # Parental many-to-many relations are written when the actor is saved.
    tree["library"].save()
    tree["job_centre"].save()
    return tree


@pytest.mark.django_db
class TestActorFilters:
    def names(self, response):
        sectors = response.context["listing"].sectors
        return {actor.name for _code, _label, actors in sectors for actor in actors}

    def test_filter_by_sector(self, client, actors):
        response = client.get(actors["municipality"].url, {"sector": Sector.JOB_CENTRE})
        assert self.names(response) == {"Jobcenter Aarhus"}

    def test_filter_by_language_served(self, client, actors):
        response = client.get(actors["municipality"].url, {"language": "ar"})
        assert self.names(response) == {"Aarhus Hovedbibliotek"}

    def test_filter_by_target_group(self, client, actors):
        response = client.get(actors["municipality"].url, {"target_group": "refugees"})
        assert self.names(response) == {"Jobcenter Aarhus"}

    def test_filters_combine(self, client, actors):
        response = client.get(actors["municipality"].url, {"sector": Sector.LIBRARY, "language": "pl"})
        assert self.names(response) == set()
        assert (
            "No actors match these filters." in response.content.decode()
            or response.context["listing"].shown_count == 0
        )

    def test_choices_only_offer_what_is_listed(self, client, actors):
        form = client.get(actors["municipality"].url).context["filter_form"]
        assert {value for value, _label in form.fields["language"].choices} == {"", "ar", "pl"}

    def test_hostile_values_are_refused_with_a_message_and_everything_is_shown(self, client, actors):
        response = client.get(actors["municipality"].url, {"sector": "<script>alert(1)</script>"})
        html = response.content.decode()
        assert response.status_code == 200
        assert "<script>alert(1)</script>" not in html
        assert "sector" in response.context["filter_form"].errors
        assert self.names(response) == {"Aarhus Hovedbibliotek", "Jobcenter Aarhus"}

    def test_filtered_view_is_a_shareable_link(self, client, actors):
        html = client.get(actors["municipality"].url, {"sector": Sector.LIBRARY}).content.decode()
        assert 'method="get"' in html
        assert '<option value="library" selected' in html


@pytest.mark.django_db
class TestQueryCounts:
    """A page's query count must not grow with the number of actors or case studies.

    The budgets include the SAVEPOINT and RELEASE of ATOMIC_REQUESTS (two statements per request).
    """

    @pytest.mark.parametrize("extra", [5, 50])
    def test_municipality_page(self, client, tree, extra, django_assert_max_num_queries):
        languages = list(Language.objects.all()[:3])
        for number in range(extra):
            actor = ActorFactory(
                municipality=tree["municipality"], name=f"Forening {number}", sector=Sector.ASSOCIATION
            )
            actor.languages.set(languages)
            actor.save()
        client.get(tree["municipality"].url)
        with django_assert_max_num_queries(34):
            response = client.get(tree["municipality"].url, {"language": languages[0].code})
        assert response.context["listing"].shown_count >= extra

    @pytest.mark.parametrize("extra", [5, 50])
    def test_municipality_index(self, client, tree, extra, django_assert_max_num_queries):
        from directory.factories import MunicipalityPageFactory

        for number in range(extra):
            MunicipalityPageFactory(
                parent=tree["directory"], title=f"Kommune {number}", code=f"{number + 200}"
            )
        client.get(tree["directory"].url)
        with django_assert_max_num_queries(22):
            client.get(tree["directory"].url)
