"""A municipality's page answers a newcomer's questions: who helps here, and what has been done here.

Its own case studies and seminars are on it, the calendar link only when there is something to put in a
calendar, and the cooperation opportunities are compact, grouped by pair of sectors (issue 17).
"""

import datetime
import re
from types import SimpleNamespace

import pytest
from django.utils import timezone, translation
from django.utils.translation import ngettext

from casestudies.factories import CaseStudyMunicipalityFactory, CaseStudyPageFactory
from cooperation.templatetags import cooperation_tags
from cooperation.templatetags.cooperation_tags import VISIBLE_GROUPS, group_opportunities
from directory.factories import MunicipalityPageFactory
from languages.translation import translate_with_strings
from seminars.factories import SeminarPageFactory
from seminars.models import Registration


def section(html, heading_id):
    """The HTML of the <section> labelled by `heading_id` (empty when there is none)."""
    if f'aria-labelledby="{heading_id}"' not in html:
        return ""
    start = html.index(f'aria-labelledby="{heading_id}"')
    return html[start : html.index("</section>", start)]


def add_case_study(tree, title, municipality):
    case_study = CaseStudyPageFactory.build(title=title, slug=title.lower().replace(" ", "-"))
    case_study.municipalities = [CaseStudyMunicipalityFactory.build(page=None, municipality=municipality)]
    tree["case_index"].add_child(instance=case_study)
    case_study.save_revision().publish()
    return case_study


def add_seminar(tree, title, municipality, days):
    start = timezone.now().replace(microsecond=0) + datetime.timedelta(days=days)
    seminar = SeminarPageFactory.build(
        title=title,
        slug=title.lower().replace(" ", "-"),
        municipality=municipality,
        start=start,
        end=start + datetime.timedelta(hours=4),
        registration_deadline=None,
        status="held" if days < 0 else "planned",
    )
    tree["seminar_index"].add_child(instance=seminar)
    seminar.save_revision().publish()
    return seminar


def get(client, url, language="da"):
    with translation.override(language):
        return client.get(url).content.decode()


@pytest.mark.django_db
class TestCaseStudiesAndSeminars:
    def test_the_municipalitys_own_case_studies_are_on_its_page(self, client, tree):
        html = section(get(client, tree["municipality"].url), "municipality-case-studies-heading")
        assert 'href="/da/cases/jobcafe/"' in html
        assert "Jobcafé på biblioteket" in html

    def test_another_municipalitys_case_study_is_not(self, client, tree):
        odense = MunicipalityPageFactory(parent=tree["directory"], title="Odense", slug="odense", code="461")
        add_case_study(tree, "Lektiecafe i Odense", odense)
        html = section(get(client, tree["municipality"].url), "municipality-case-studies-heading")
        assert "Lektiecafe i Odense" not in html

    def test_upcoming_and_recent_seminars_are_on_its_page(self, client, tree):
        tree["seminar"].save_revision().publish()
        add_seminar(tree, "Netvaerksdag i fjor", tree["municipality"], days=-200)
        html = section(get(client, tree["municipality"].url), "municipality-seminars-heading")
        assert "Formidlingsseminar i Aarhus" in html
        assert "Netvaerksdag i fjor" in html
        assert html.index("Formidlingsseminar i Aarhus") < html.index("Netvaerksdag i fjor")

    def test_the_calendar_link_is_there_only_with_seminars_to_come(self, client, tree):
        tree["seminar"].unpublish()
        add_seminar(tree, "Netvaerksdag i fjor", tree["municipality"], days=-200)
        assert "ics-feed-link" not in get(client, tree["municipality"].url)
        add_seminar(tree, "Sprogcafe til foraaret", tree["municipality"], days=40)
        html = get(client, tree["municipality"].url)
        assert 'class="ics-feed-link" href="/da/seminarer/calendar/?municipality=751"' in html

    def test_without_case_studies_or_seminars_there_are_no_empty_sections(self, client, tree):
        empty = MunicipalityPageFactory(parent=tree["directory"], title="Læsø", slug="laeso", code="825")
        html = get(client, empty.url)
        assert "municipality-case-studies-heading" not in html
        assert "municipality-seminars-heading" not in html
        assert "ics-feed-link" not in html

    def test_more_than_fit_link_to_the_whole_list(self, client, tree):
        for number in range(7):
            add_case_study(tree, f"Sag {number}", tree["municipality"])
        html = section(get(client, tree["municipality"].url), "municipality-case-studies-heading")
        assert html.count('class="card"') == 6
        assert 'href="/da/cases/?municipality=751"' in html

    def test_a_danish_case_study_on_the_english_page_is_marked_danish(self, client, tree, home_page):
        for page in (home_page, tree["directory"], tree["case_index"]):
            translate_with_strings(page, "en", {})
        english = translate_with_strings(tree["municipality"], "en", {})
        html = section(get(client, english.url, "en"), "municipality-case-studies-heading")
        assert '<h3 class="card-heading card__title" lang="da" dir="ltr">' in html
        assert 'href="/en/cases/jobcafe/"' in html  # read inside the English site

    @pytest.mark.parametrize("language", ["da", "en"])
    def test_a_seminar_card_tells_the_seats_left_as_the_seminar_index_does(
        self, client, tree, home_page, language
    ):
        seminar = tree["seminar"]
        seminar.capacity = 3
        seminar.save_revision().publish()
        for name in ("A", "B"):
            Registration.objects.create(
                seminar=seminar, name=name, email=f"{name}@example.org", organisation="B", municipality="751"
            )
        municipality, index = tree["municipality"], tree["seminar_index"]
        if language != "da":
            for page in (home_page, tree["directory"], index):
                translate_with_strings(page, language, {})
            municipality = translate_with_strings(municipality, language, {})
            translate_with_strings(seminar, language, {})
            index = index.get_translation(municipality.locale)
        status = re.compile(r'<p class="status status--open">.*?</p>')
        here = status.search(
            section(get(client, municipality.url, language), "municipality-seminars-heading")
        )
        there = status.search(get(client, index.url, language))
        assert here.group(0) == there.group(0)
        with translation.override(language):
            assert ngettext("There is %(seats)s seat left.", "There are %(seats)s seats left.", 1) % {
                "seats": 1
            } in here.group(0)

    def test_queries_do_not_grow_with_case_studies_and_seminars(
        self, client, tree, django_assert_max_num_queries
    ):
        url = tree["municipality"].url
        tree["seminar"].save_revision().publish()
        get(client, url)
        with django_assert_max_num_queries(60) as few:
            get(client, url)
            count = len(few)
        for number in range(8):
            add_case_study(tree, f"Sag {number}", tree["municipality"])
            add_seminar(tree, f"Seminar {number}", tree["municipality"], days=10 + number)
            add_seminar(tree, f"Tidligere {number}", tree["municipality"], days=-10 - number)
        get(client, url)
        with django_assert_max_num_queries(count):
            html = get(client, url)
        assert "Tidligere 0" in html


def opportunity(actor_a, actor_b, examples, count=3):
    return SimpleNamespace(
        actor_a=actor_a,
        actor_b=actor_b,
        count=count,
        examples=examples,
        sector_a_label=actor_a.sector,
        sector_b_label=actor_b.sector,
    )


class TestCooperationGroups:
    library = SimpleNamespace(sector="library", name="Bibliotek")
    branch = SimpleNamespace(sector="library", name="Filial")
    club = SimpleNamespace(sector="association", name="Forening")
    school = SimpleNamespace(sector="language_school", name="Sprogskole")
    one, two, three = (SimpleNamespace(translation_key=key) for key in ("a", "b", "c"))

    def test_pairs_of_actors_are_grouped_by_their_pair_of_sectors(self):
        groups = group_opportunities(
            [
                opportunity(self.library, self.club, [self.one]),
                opportunity(self.branch, self.club, [self.one]),
                opportunity(self.library, self.school, [self.two]),
            ]
        )
        assert [len(group["pairs"]) for group in groups] == [2, 1]

    def test_a_case_study_is_offered_as_an_example_once(self):
        groups = group_opportunities(
            [
                opportunity(self.library, self.club, [self.one, self.two]),
                opportunity(self.library, self.school, [self.two, self.three]),
            ]
        )
        assert [group["examples"] for group in groups] == [[self.one, self.two], [self.three]]

    def test_the_first_groups_are_shown_and_the_rest_one_click_away(self, client, tree, monkeypatch):
        sectors = ["library", "association", "language_school", "job_centre", "health"]
        pairs = [(first, second) for first in sectors for second in sectors if first < second][:5]
        actors = {
            sector: SimpleNamespace(sector=sector, name=f"Aktør {sector}", get_url="/x/")
            for sector in sectors
        }
        found = {
            "opportunities": [opportunity(actors[a], actors[b], []) for a, b in pairs],
            "gaps": [],
            "case_index": None,
            "has_actors": True,
        }
        monkeypatch.setattr(
            cooperation_tags.finder, "municipality_cooperation", lambda *args, **kwargs: found
        )
        html = section(get(client, tree["municipality"].url), "cooperation-heading")
        shown, rest = html.split("<details", 1)
        assert shown.count('class="cooperation__item"') == VISIBLE_GROUPS
        assert rest.count('class="cooperation__item"') == len(pairs) - VISIBLE_GROUPS
        assert "Vis 2 par organisationstyper mere" in rest or "Show 2 more pairs" in rest
