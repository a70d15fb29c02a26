"""The coordinators' report of the hardest-to-read published Danish texts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from directory.factories import ActorFactory, MunicipalityPageFactory
from directory.models import Actor
from readability import scores
from readability.lix import BANDS
from readability.models import ReadabilityScore
from tests.roles.roles_support import client_for, permission_denied

REPORT = "/admin/reports/readability/"
HARD = (
    "<p>Kommunens integrationsindsats understøttes af tværsektorielle samarbejdsrelationer mellem "
    "biblioteksvæsenet og beskæftigelsesforvaltningen.</p>"
)
MEDIUM = "<p>Vi har en sprogcafé hver tirsdag. Alle er velkomne.</p>"
EASY = "<p>Vi ses i dag. Du er glad.</p>"


def scored_actor(municipality, name, description):
    actor = ActorFactory(municipality=municipality, name=name, description=description, services=[])
    scores.store(actor)
    return actor


def listed(response):
    return [row.title for row in response.context["object_list"]]


@pytest.fixture
def coordinator(role_users):
    return client_for(role_users["coordinator"])


@pytest.fixture
def texts(roles_site):
    """Three scored Danish actors in Aarhus and one in Odense; the tree's case study was scored when the
    tree published it."""
    aarhus, odense = roles_site["municipality"], roles_site["odense"]
    return {
        "hard": scored_actor(aarhus, "Svær Aktør", HARD),
        "medium": scored_actor(aarhus, "Middel Aktør", MEDIUM),
        "easy": scored_actor(aarhus, "Let Aktør", EASY),
        "odense": scored_actor(odense, "Odense Aktør", MEDIUM),
        "case_study": roles_site["case_study"],
    }


@pytest.mark.django_db
class TestWhoReadsTheReport:
    def test_the_report_is_at_its_address(self):
        assert reverse("readability_report:index") == REPORT

    def test_a_coordinator_reads_it(self, coordinator, texts):
        response = coordinator.get(REPORT)
        assert response.status_code == 200
        assert "Svær Aktør" in listed(response)

    def test_a_superuser_reads_it(self, role_users, texts):
        assert client_for(role_users["admin"]).get(REPORT).status_code == 200

    @pytest.mark.parametrize("role", ["editor", "translator", "organiser"])
    def test_other_roles_are_refused(self, role_users, texts, role):
        response = client_for(role_users[role]).get(REPORT)
        assert permission_denied(response)
        assert "Svær Aktør" not in response.content.decode()

    def test_the_editor_for_aarhus_is_refused_the_results_too(self, role_users, texts):
        response = client_for(role_users["editor"]).get(reverse("readability_report:results"))
        assert permission_denied(response)

    def test_a_visitor_is_sent_to_the_login(self, client, db):
        response = client.get(REPORT)
        assert response.status_code == 302
        assert reverse("wagtailadmin_login") in response.url

    def test_the_reports_menu_offers_it_to_a_coordinator_only(self, role_users):
        assert REPORT in client_for(role_users["coordinator"]).get("/admin/").content.decode()
        assert REPORT not in client_for(role_users["editor"]).get("/admin/").content.decode()


@pytest.mark.django_db
class TestWhatTheReportLists:
    def test_hardest_first(self, coordinator, texts):
        titles = listed(coordinator.get(REPORT))
        assert titles.index("Svær Aktør") < titles.index("Middel Aktør") < titles.index("Let Aktør")
        lix = [row.lix for row in coordinator.get(REPORT).context["object_list"]]
        assert lix == sorted(lix, reverse=True)

    def test_each_row_shows_type_municipality_lix_band_and_an_edit_link(self, coordinator, texts):
        html = coordinator.get(REPORT).content.decode()
        assert reverse("wagtailsnippets_directory_actor:edit", args=[texts["hard"].pk]) in html
        assert reverse("wagtailadmin_pages:edit", args=[texts["case_study"].pk]) in html
        row = html[html.index("Svær Aktør") :].split("</tr>")[0]
        assert "Aktør" in row and "Aarhus" in row
        assert ">80<" in row.replace(" ", "").replace("\n", "")
        assert str(BANDS[-1].label) in row  # "meget svær"

    def test_filtered_by_type(self, coordinator, texts):
        assert texts["case_study"].title in listed(coordinator.get(REPORT))
        assert texts["case_study"].title not in listed(coordinator.get(REPORT, {"kind": "actor"}))
        assert listed(coordinator.get(REPORT, {"kind": "case_study"})) == [texts["case_study"].title]

    def test_filtered_by_band(self, coordinator, texts):
        assert listed(coordinator.get(REPORT, {"band": "very_hard", "kind": "actor"})) == ["Svær Aktør"]
        assert listed(coordinator.get(REPORT, {"band": "medium"})) == ["Middel Aktør", "Odense Aktør"]

    def test_filtered_by_municipality(self, coordinator, texts):
        response = coordinator.get(REPORT, {"municipality": texts["odense"].municipality_id})
        assert listed(response) == ["Odense Aktør"]

    def test_an_odd_filter_value_is_ignored_not_an_error(self, coordinator, texts):
        odd = {"kind": "<script>", "band": "x", "municipality": "abc", "ordering": "pk", "p": "-1"}
        response = coordinator.get(REPORT, odd)
        assert response.status_code == 200

    def test_unpublished_texts_are_not_listed(self, coordinator, texts):
        Actor.objects.filter(pk=texts["hard"].pk).update(live=False)
        assert "Svær Aktør" not in listed(coordinator.get(REPORT))

    def test_texts_without_words_are_not_listed(self, coordinator, texts):
        scored_actor(texts["hard"].municipality, "Tom Aktør", "")
        assert "Tom Aktør" not in listed(coordinator.get(REPORT))

    def test_translations_are_not_listed(self, coordinator, texts, english):
        translation = texts["hard"].copy_for_translation(english)
        translation.name = "Hard Actor"
        translation.save()
        translation.save_revision().publish()
        assert "Hard Actor" not in listed(coordinator.get(REPORT))

    def test_sorted_by_title_on_request(self, coordinator, texts):
        titles = listed(coordinator.get(REPORT, {"ordering": "title", "kind": "actor"}))
        assert titles == sorted(titles)


@pytest.mark.django_db
class TestQueries:
    def queries(self, client):
        with CaptureQueriesContext(connection) as captured:
            response = client.get(REPORT)
        assert response.status_code == 200
        return len(captured), len(response.context["object_list"])

    def test_the_query_count_does_not_grow_with_the_number_of_texts(self, coordinator, roles_site):
        aarhus = roles_site["municipality"]
        for number in range(3):
            scored_actor(aarhus, f"Aktør {number}", MEDIUM)
        few, few_rows = self.queries(coordinator)
        for number in range(3, 40):
            scored_actor(MunicipalityPageFactory(parent=roles_site["directory"]), f"Aktør {number}", HARD)
        many, many_rows = self.queries(coordinator)
        assert many_rows > few_rows + 30
        assert many == few
        assert ReadabilityScore.objects.count() >= 40
