"""A reader never meets a dead end because a translation is missing, and sees when one is out of date."""

import datetime

import pytest
from django.test import override_settings
from django.utils import translation
from wagtail_localize.models import TranslationSource

from languages.translation import translate_with_strings


def get(client, language, url):
    with translation.override(language):
        return client.get(url)


@pytest.fixture
def ukrainian_tree(tree, home_page):
    """Home, directory, Aarhus and the indexes exist in Ukrainian; the case study and actors do not."""
    for page in (
        home_page,
        tree["directory"],
        tree["municipality"],
        tree["case_index"],
        tree["seminar_index"],
    ):
        translate_with_strings(page, "uk", {})
    return tree


@pytest.mark.django_db
class TestPageFallback:
    def url(self, tree):
        index = tree["case_index"].get_translation(
            tree["case_index"].locale.__class__.objects.get(language_code="uk")
        )
        return f"{index.url}{tree['case_study'].slug}/"

    def test_untranslated_case_study_is_shown_in_danish_inside_the_ukrainian_site(
        self, client, ukrainian_tree
    ):
        response = get(client, "uk", self.url(ukrainian_tree))
        html = response.content.decode()
        assert response.status_code == 200
        assert '<html lang="uk" dir="ltr">' in html
        assert '<div class="portal-content">' in html  # the interface stays Ukrainian
        assert '<h1 lang="da" dir="ltr">Jobcafé på biblioteket</h1>' in html
        body = '<div class="rich-text" lang="da" dir="ltr"><p>Mange partnere manglede netværk.</p></div>'
        assert body in html
        assert "translation-notice" in html
        assert "Цей вміст ще не перекладено" in html
        assert 'hreflang="da"' in html

    def test_listing_includes_the_untranslated_case_study_linked_inside_the_ukrainian_site(
        self, client, ukrainian_tree
    ):
        index_url = self.url(ukrainian_tree).rsplit("/", 2)[0] + "/"
        html = get(client, "uk", index_url).content.decode()
        assert f'href="{self.url(ukrainian_tree)}"' in html
        assert '<article class="card">' in html  # the card is interface, its title is Danish
        assert '<h2 class="card-heading card__title" lang="da" dir="ltr">' in html

    def test_english_is_preferred_to_danish_for_a_ukrainian_reader(self, client, ukrainian_tree):
        for page in (ukrainian_tree["case_index"],):
            translate_with_strings(page.get_parent().specific, "en", {})
            translate_with_strings(page, "en", {})
        translate_with_strings(ukrainian_tree["case_study"], "en", {"Jobcafé på biblioteket": "Job café"})
        response = get(client, "uk", self.url(ukrainian_tree).rsplit("/", 2)[0] + "/")
        assert [page.title for page in response.context["listing"].case_studies] == ["Job café"]

    @override_settings(PORTAL_LANGUAGE_FALLBACKS={"uk": ["da"]})
    def test_the_fallback_order_is_a_setting(self, client, ukrainian_tree):
        translate_with_strings(ukrainian_tree["case_index"].get_parent().specific, "en", {})
        translate_with_strings(ukrainian_tree["case_index"], "en", {})
        translate_with_strings(ukrainian_tree["case_study"], "en", {"Jobcafé på biblioteket": "Job café"})
        response = get(client, "uk", self.url(ukrainian_tree).rsplit("/", 2)[0] + "/")
        assert [page.title for page in response.context["listing"].case_studies] == ["Jobcafé på biblioteket"]

    def test_a_page_missing_in_every_language_is_still_a_404(self, client, ukrainian_tree):
        assert get(client, "uk", self.url(ukrainian_tree) + "findes-ikke/").status_code == 404


@pytest.mark.django_db
class TestActorFallback:
    def test_municipality_page_lists_danish_only_actors_marked_as_danish(self, client, ukrainian_tree):
        municipality = ukrainian_tree["municipality"].get_translation(
            ukrainian_tree["municipality"].locale.__class__.objects.get(language_code="uk")
        )
        html = get(client, "uk", municipality.url).content.decode()
        assert "Aarhus Hovedbibliotek" in html
        assert f'href="{municipality.url}aarhus-hovedbibliotek/"' in html

    def test_actor_page_falls_back_with_a_notice(self, client, ukrainian_tree):
        municipality = ukrainian_tree["municipality"].get_translation(
            ukrainian_tree["municipality"].locale.__class__.objects.get(language_code="uk")
        )
        response = get(client, "uk", f"{municipality.url}aarhus-hovedbibliotek/")
        html = response.content.decode()
        assert response.status_code == 200
        assert '<html lang="uk"' in html
        assert 'lang="da" dir="ltr"' in html
        assert "translation-notice" in html


@pytest.mark.django_db
class TestFreshness:
    @pytest.fixture
    def english_case_study(self, tree, home_page):
        for page in (home_page, tree["case_index"]):
            translate_with_strings(page, "en", {})
        return translate_with_strings(tree["case_study"], "en", {"Jobcafé på biblioteket": "Job café"})

    def test_a_fresh_translation_has_no_notice(self, client, english_case_study):
        assert "translation-notice" not in get(client, "en", english_case_study.url).content.decode()

    def test_changed_source_marks_the_translation_out_of_date_until_synced(
        self, client, tree, english_case_study
    ):
        source = tree["case_study"]
        source.summary = "Ny opsummering efter evalueringen."
        revision = source.save_revision()
        revision.publish()
        source.refresh_from_db()
        html = get(client, "en", english_case_study.url).content.decode()
        assert "translation-notice" in html
        assert f'href="{source.url}"' in html
        TranslationSource.update_or_create_from_instance(source)
        html = get(client, "en", english_case_study.url).content.decode()
        assert "translation-notice" not in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("da", "21. januar 2027 10:00"),
        ("en", "21 January 2027, 10:00"),
        ("uk", "21 січня 2027 р. 10:00"),
        ("ar", "21 يناير 2027، 10:00"),
        ("pl", "21 stycznia 2027 10:00"),
    ],
)
def test_dates_are_written_in_the_readers_language_and_danish_time(
    client, tree, home_page, language, expected
):
    seminar = tree["seminar"]
    seminar.start = datetime.datetime(2027, 1, 21, 9, 0, tzinfo=datetime.UTC)  # 10:00 in Copenhagen
    seminar.end = seminar.start + datetime.timedelta(hours=5)
    seminar.registration_deadline = None
    seminar.save_revision().publish()
    if language != "da":
        for page in (home_page, tree["seminar_index"]):
            translate_with_strings(page, language, {})
        seminar = translate_with_strings(seminar, language, {})
    assert expected in get(client, language, seminar.url).content.decode()


@pytest.mark.django_db
class TestOutOfDateDashboard:
    def test_translators_dashboard_lists_changed_danish_pages_and_actors_until_synced(
        self, admin_client, tree, home_page
    ):
        for page in (home_page, tree["case_index"]):
            translate_with_strings(page, "en", {})
        translate_with_strings(tree["case_study"], "en", {})
        for page in (tree["directory"], tree["municipality"]):
            translate_with_strings(page, "en", {})
        translate_with_strings(tree["library"], "en", {})
        assert "out-of-date" not in admin_client.get("/admin/").content.decode()
        tree["case_study"].save_revision().publish()
        tree["library"].save_revision().publish()
        html = admin_client.get("/admin/").content.decode()
        assert f'href="/admin/pages/{tree["case_study"].pk}/edit/">Jobcafé på biblioteket</a>' in html
        assert (
            f'href="/admin/snippets/directory/actor/edit/{tree["library"].pk}/">Aarhus Hovedbibliotek</a>'
            in html
        )
        TranslationSource.update_or_create_from_instance(tree["case_study"])
        assert "Jobcafé på biblioteket</a>" not in admin_client.get("/admin/").content.decode()


@pytest.mark.django_db
def test_municipality_index_keeps_untranslated_municipalities_and_counts_every_actor(client, ukrainian_tree):
    from directory.factories import MunicipalityPageFactory

    odense = MunicipalityPageFactory(
        parent=ukrainian_tree["directory"], title="Odense", slug="odense", code="461"
    )
    uk_directory = ukrainian_tree["directory"].get_translation(
        ukrainian_tree["directory"].locale.__class__.objects.get(language_code="uk")
    )
    response = get(client, "uk", uk_directory.url)
    municipalities = {m.title: m for _code, _region, ms in response.context["listing"].regions for m in ms}
    assert municipalities["Aarhus"].actor_count == 2
    assert f'href="{uk_directory.url}{odense.slug}/"' in response.content.decode()
    assert get(client, "uk", f"{uk_directory.url}{odense.slug}/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("extra", [2, 20])
def test_a_listing_of_fallback_items_does_not_cost_a_query_per_item(
    client, ukrainian_tree, extra, django_assert_max_num_queries
):
    from tests.casestudies.test_index import add_case_study

    for number in range(extra):
        add_case_study(
            ukrainian_tree, f"Dansk case {number}", ukrainian_tree["municipality"], ["library", "other"]
        )
    index = ukrainian_tree["case_index"].get_translation(
        ukrainian_tree["case_index"].locale.__class__.objects.get(language_code="uk")
    )
    get(client, "uk", index.url)
    # 30 queries for the page, 2 for the SAVEPOINT and RELEASE of ATOMIC_REQUESTS.
    with django_assert_max_num_queries(32):
        response = get(client, "uk", index.url)
    assert len(response.context["listing"].case_studies) == min(12, extra + 1)


@pytest.mark.django_db
class TestFallbackPageNamesThingsAsTheReadersSiteDoes:
    """A Danish case study read in Ukrainian names its themes and actors in Ukrainian where they exist."""

    def url(self, tree):
        return f"/uk/cases/{tree['case_study'].slug}/"

    def test_its_themes_are_named_in_the_readers_language(self, client, ukrainian_tree):
        translate_with_strings(ukrainian_tree["theme"], "uk", {"Job og karriere": "Робота та кар’єра"})
        html = get(client, "uk", self.url(ukrainian_tree)).content.decode()
        assert "Робота та кар’єра" in html
        assert "Job og karriere" not in html

    def test_its_actors_are_named_as_the_reader_knows_them_or_marked_danish(self, client, ukrainian_tree):
        library = ukrainian_tree["library"]
        translate_with_strings(library, "uk", {"Aarhus Hovedbibliotek": "Головна бібліотека"})
        html = get(client, "uk", self.url(ukrainian_tree)).content.decode()
        start = html.index('id="participants-heading"')
        participants = html[start : html.index("</section>", start)]
        assert "Головна бібліотека" in participants
        assert "Aarhus Hovedbibliotek" not in participants
        assert '<bdi lang="da" dir="ltr">Jobcenter Aarhus</bdi>' in participants
