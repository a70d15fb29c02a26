"""The translation overview (/admin/translations/): who sees it, what each cell says and where it leads."""

from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup
from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils.translation import pgettext
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from directory.factories import ActorFactory
from roles.groups import setup_roles
from tests.roles.roles_support import client_for, permission_denied
from tests.translationoverview.conftest import start_translation, translate_segments

pytestmark = pytest.mark.django_db


def overview_url(**filters):
    url = reverse("translationoverview")
    return f"{url}?{urlencode(filters)}" if filters else url


def page_of(client, **filters):
    response = client.get(overview_url(**filters))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def titles(soup):
    return [title.get_text(strip=True) for title in soup.select("tbody .translation-overview__title")]


def cell(soup, title, language_code):
    """The action link of one row's cell in one language."""
    for row in soup.select("tbody tr"):
        if row.select_one(".translation-overview__title").get_text(strip=True) == title:
            return row.select_one(f'a[data-language="{language_code}"]')
    raise AssertionError(f"No row for {title!r}")


def label(link):
    return link.find(string=True, recursive=False).strip()


def edit_url(instance):
    if hasattr(instance, "page_ptr_id") or hasattr(instance, "depth"):
        return reverse("wagtailadmin_pages:edit", args=[instance.pk])
    return reverse("wagtailsnippets_directory_actor:edit", args=[quote(instance.pk)])


@pytest.fixture
def translator(english_site, role_users):
    return client_for(role_users["translator"])


class TestAccess:
    @pytest.mark.parametrize("role", ["translator", "coordinator", "admin"])
    def test_translators_and_coordinators_see_the_overview(self, roles_site, role_users, role):
        response = client_for(role_users[role]).get(overview_url())
        assert response.status_code == 200
        assert "Aarhus Hovedbibliotek" in response.content.decode()

    @pytest.mark.parametrize("role", ["editor", "organiser"])
    def test_editors_and_organisers_are_refused(self, roles_site, role_users, role):
        response = client_for(role_users[role]).get(overview_url())
        assert permission_denied(response)

    def test_a_visitor_who_is_not_logged_in_is_sent_to_the_login(self, client, roles_site):
        response = client.get(overview_url())
        assert response.status_code == 302
        assert response.url.startswith(reverse("wagtailadmin_login"))

    @pytest.mark.parametrize(
        ("role", "shown"), [("translator", True), ("coordinator", True), ("editor", False)]
    )
    def test_the_admin_menu_offers_it_to_those_who_may_use_it(self, roles_site, role_users, role, shown):
        html = client_for(role_users[role]).get(reverse("wagtailadmin_home")).content.decode()
        assert (overview_url() in html) is shown


class TestStatus:
    def test_an_untranslated_actor_is_offered_for_translation_into_that_language(
        self, translator, english_site
    ):
        library = english_site["library"]
        link = cell(page_of(translator), "Aarhus Hovedbibliotek", "uk")
        assert link["data-status"] == "missing"
        assert label(link) == pgettext("translation action", "Translate")
        expected = reverse(
            "wagtail_localize:submit_snippet_translation", args=["directory", "actor", library.pk]
        )
        assert link["href"] == f"{expected}?select_locale=uk"

    def test_an_untranslated_page_links_to_the_page_translation_form(self, translator, english_site):
        case_study = english_site["case_study"]
        link = cell(page_of(translator), "Jobcafé på biblioteket", "pl")
        expected = reverse("wagtail_localize:submit_page_translation", args=[case_study.pk])
        assert link["href"] == f"{expected}?select_locale=pl"

    def test_a_translation_in_progress_shows_the_share_of_segments_translated(
        self, translator, english_site, save_target
    ):
        case_study = english_site["case_study"]
        translation = start_translation(case_study, "en")
        done, total = translate_segments(translation, count=2)
        target = save_target(translation)
        link = cell(page_of(translator), "Jobcafé på biblioteket", "en")
        percent = done * 100 // total
        assert 0 < percent < 100
        assert link["data-status"] == "in_progress"
        assert label(link) == pgettext("translation action", "Continue (%(percent)s%%)") % {
            "percent": percent
        }
        assert link["href"] == edit_url(target)

    def test_the_share_is_wagtail_localizes_own_progress(self, translator, english_site, save_target):
        library = english_site["library"]
        translation = start_translation(library, "en")
        translate_segments(translation, count=1)
        save_target(translation)
        total, done = translation.get_progress()
        link = cell(page_of(translator), "Aarhus Hovedbibliotek", "en")
        assert f"({done * 100 // total}" in label(link)

    def test_a_finished_published_translation_is_up_to_date_and_links_to_the_page(
        self, translator, english_site, save_target
    ):
        translation = start_translation(english_site["case_study"], "en")
        translate_segments(translation)
        target = save_target(translation)
        link = cell(page_of(translator), "Jobcafé på biblioteket", "en")
        assert link["data-status"] == "up_to_date"
        assert label(link) == pgettext("translation action", "View")
        assert link["href"] == target.url

    def test_a_translation_is_out_of_date_once_the_danish_source_is_edited_and_published(
        self, translator, english_site, save_target
    ):
        case_study = english_site["case_study"]
        translation = start_translation(case_study, "en")
        translate_segments(translation)
        save_target(translation)
        case_study.summary = "Jobcaféen flyttede til rådhuset."
        case_study.save_revision().publish()
        link = cell(page_of(translator), "Jobcafé på biblioteket", "en")
        assert link["data-status"] == "out_of_date"
        assert label(link) == pgettext("translation action", "Sync")
        sync = reverse("wagtail_localize:update_translations", args=[translation.source_id])
        assert link["href"].startswith(f"{sync}?next=")

    def test_a_danish_draft_does_not_make_the_translation_out_of_date(
        self, translator, english_site, save_target
    ):
        case_study = english_site["case_study"]
        translation = start_translation(case_study, "en")
        translate_segments(translation)
        save_target(translation)
        case_study.summary = "Et udkast, som endnu ikke er godkendt."
        case_study.save_revision()
        assert cell(page_of(translator), "Jobcafé på biblioteket", "en")["data-status"] == "up_to_date"

    def test_syncing_brings_the_new_danish_text_in_as_work_in_progress(
        self, translator, english_site, save_target
    ):
        case_study = english_site["case_study"]
        translation = start_translation(case_study, "en")
        translate_segments(translation)
        save_target(translation)
        case_study.summary = "Jobcaféen flyttede til rådhuset."
        case_study.save_revision().publish()
        TranslationSource.objects.get(pk=translation.source_id).update_from_db()
        assert cell(page_of(translator), "Jobcafé på biblioteket", "en")["data-status"] == "in_progress"

    def test_a_finished_translation_saved_as_a_draft_asks_to_be_published(
        self, translator, english_site, save_target
    ):
        translation = start_translation(english_site["case_study"], "en")
        translate_segments(translation)
        target = save_target(translation, publish=False)
        link = cell(page_of(translator), "Jobcafé på biblioteket", "en")
        assert link["data-status"] == "draft"
        assert label(link) == pgettext("translation action", "Publish")
        assert link["href"] == edit_url(target)

    def test_a_finished_actor_translation_saved_as_a_draft_asks_to_be_published(
        self, translator, english_site, save_target
    ):
        translation = start_translation(english_site["library"], "en")
        translate_segments(translation)
        target = save_target(translation, publish=False)
        link = cell(page_of(translator), "Aarhus Hovedbibliotek", "en")
        assert link["data-status"] == "draft"
        assert link["href"] == edit_url(target)

    def test_an_alias_page_counts_as_not_translated(self, translator, english_site, save_target):
        translation = start_translation(english_site["case_study"], "en")
        save_target(translation)  # the case-study index is copied into English as an alias
        link = cell(page_of(translator), english_site["case_index"].title, "en")
        assert link["data-status"] == "missing"


class TestActionsAnswer:
    """Each cell's link opens for a translator (wagtail-localize's views, behind roles/localize.py)."""

    def test_translate_a_page(self, translator, english_site):
        link = cell(page_of(translator), "Jobcafé på biblioteket", "pl")
        response = translator.get(link["href"])
        assert response.status_code == 200
        polish = Locale.objects.get(language_code="pl")
        choice = BeautifulSoup(response.content, "html.parser").select_one(
            f'input[name="locales"][value="{polish.pk}"]'
        )
        assert choice.has_attr("checked")

    def test_sending_the_translate_form_starts_a_translation_in_progress(
        self, translator, english_site, django_capture_on_commit_callbacks
    ):
        english = Locale.objects.get(language_code="en")
        link = cell(page_of(translator), "Jobcafé på biblioteket", "en")
        with django_capture_on_commit_callbacks(execute=True):
            response = translator.post(link["href"], {"locales": [english.pk]})
        assert response.status_code == 302
        link = cell(page_of(translator), "Jobcafé på biblioteket", "en")
        assert link["data-status"] == "in_progress"
        assert label(link) == pgettext("translation action", "Continue (%(percent)s%%)") % {"percent": 0}
        assert translator.get(link["href"]).status_code == 200

    def test_translate_an_actor(self, translator, english_site):
        response = translator.get(cell(page_of(translator), "Aarhus Hovedbibliotek", "uk")["href"])
        assert response.status_code == 200

    def test_continue_a_translation(self, translator, english_site, save_target):
        translation = start_translation(english_site["case_study"], "en")
        translate_segments(translation, count=1)
        save_target(translation)
        response = translator.get(cell(page_of(translator), "Jobcafé på biblioteket", "en")["href"])
        assert response.status_code == 200

    def test_sync_a_translation(self, translator, english_site, save_target):
        case_study = english_site["case_study"]
        translation = start_translation(case_study, "en")
        translate_segments(translation)
        save_target(translation)
        case_study.save_revision().publish()
        response = translator.get(cell(page_of(translator), "Jobcafé på biblioteket", "en")["href"])
        assert response.status_code == 200

    def test_publish_a_draft_translation(self, translator, english_site, save_target):
        translation = start_translation(english_site["library"], "en")
        translate_segments(translation)
        save_target(translation, publish=False)
        response = translator.get(cell(page_of(translator), "Aarhus Hovedbibliotek", "en")["href"])
        assert response.status_code == 200

    def test_view_a_published_translation(self, translator, english_site, save_target, client):
        translation = start_translation(english_site["case_study"], "en")
        translate_segments(translation)
        save_target(translation)
        response = client.get(cell(page_of(translator), "Jobcafé på biblioteket", "en")["href"])
        assert response.status_code == 200
        assert "EN Jobcafé på biblioteket" in response.content.decode()


class TestFilters:
    def test_type_actor_lists_only_actors(self, translator, english_site):
        assert titles(page_of(translator, kind="actor")) == [
            "Aarhus Hovedbibliotek",
            "Jobcenter Aarhus",
            "Odense Centralbibliotek",
        ]

    def test_type_case_study(self, translator, english_site):
        assert titles(page_of(translator, kind="casestudy")) == ["Jobcafé på biblioteket"]

    def test_other_pages_are_those_of_no_named_type(self, translator, english_site):
        listed = titles(page_of(translator, kind="page"))
        assert "Aarhus" not in listed
        assert "Jobcafé på biblioteket" not in listed
        assert english_site["case_index"].title in listed

    def test_municipality_lists_its_page_actors_case_studies_and_seminars(self, translator, english_site):
        aarhus = english_site["municipality"]
        assert titles(page_of(translator, municipality=aarhus.pk)) == [
            "Aarhus",
            "Aarhus Hovedbibliotek",
            "Formidlingsseminar i Aarhus",
            "Jobcafé på biblioteket",
            "Jobcenter Aarhus",
        ]

    def test_another_municipality_lists_none_of_aarhus(self, translator, english_site):
        odense = english_site["odense"]
        assert titles(page_of(translator, municipality=odense.pk)) == ["Odense", "Odense Centralbibliotek"]

    def test_language_shows_only_that_languages_column(self, translator, english_site):
        soup = page_of(translator, language="uk")
        headers = [th.get_text(strip=True) for th in soup.select("thead th")]
        assert len(headers) == 2
        assert {link["data-language"] for link in soup.select("tbody a[data-language]")} == {"uk"}

    def test_status_keeps_the_rows_with_a_cell_in_that_state(self, translator, english_site, save_target):
        translation = start_translation(english_site["library"], "en")
        translate_segments(translation, count=1)
        save_target(translation)
        assert "Aarhus Hovedbibliotek" in titles(page_of(translator, status="in_progress", language="en"))
        assert "Jobcenter Aarhus" not in titles(page_of(translator, status="in_progress", language="en"))

    def test_status_and_language_together_look_at_that_language_only(
        self, translator, english_site, save_target
    ):
        translation = start_translation(english_site["library"], "en")
        translate_segments(translation, count=1)
        save_target(translation)
        assert "Aarhus Hovedbibliotek" not in titles(page_of(translator, status="in_progress", language="uk"))

    def test_title_search(self, translator, english_site):
        assert titles(page_of(translator, q="centralbib")) == ["Odense Centralbibliotek"]

    @pytest.mark.parametrize(
        "filters",
        [
            {"municipality": "abc"},
            {"municipality": "999999"},
            {"kind": "<script>alert(1)</script>"},
            {"language": "da"},
            {"status": "' OR 1=1 --"},
            {"p": "-1"},
            {"p": "99999999999999999999"},
            {"q": "x" * 300},
        ],
    )
    def test_a_value_that_is_not_a_choice_is_ignored(self, translator, english_site, filters):
        soup = page_of(translator, **filters)
        assert "Aarhus Hovedbibliotek" in titles(soup)
        assert "<script>alert(1)</script>" not in str(soup.select_one("main") or soup)

    def test_fifty_rows_a_page(self, translator, english_site):
        for number in range(55):
            ActorFactory(municipality=english_site["municipality"], name=f"Ekstra aktør {number:02}")
        first = titles(page_of(translator, kind="actor"))
        second = titles(page_of(translator, kind="actor", p=2))
        assert len(first) == 50
        assert len(second) == 58 - 50
        assert not set(first) & set(second)


class TestQueryCount:
    """The overview runs the same queries for 10 actors as for 60 (one page of 50 at most)."""

    @pytest.fixture
    def many_actors(self, english_site, save_target):
        def build(count):
            for number in range(count):
                actor = ActorFactory(
                    municipality=english_site["municipality"], name=f"Målt aktør {number:02}"
                )
                actor.save_revision().publish()
                translation = start_translation(actor, "en")
                translate_segments(translation, count=None if number % 2 else 1)
                save_target(translation, publish=bool(number % 3))
            setup_roles()

        return build

    @pytest.mark.parametrize("count", [10, 60])
    def test_the_listing(self, translator, many_actors, count, django_assert_max_num_queries):
        many_actors(count)
        translator.get(overview_url())
        with django_assert_max_num_queries(CEILING):
            response = translator.get(overview_url())
        assert response.status_code == 200

    @pytest.mark.parametrize("count", [10, 60])
    def test_filtered_by_state(self, translator, many_actors, count, django_assert_max_num_queries):
        many_actors(count)
        translator.get(overview_url(status="in_progress"))
        with django_assert_max_num_queries(CEILING):
            response = translator.get(overview_url(status="in_progress"))
        assert response.status_code == 200


# The queries of December 2026 (29, at both sizes) plus a margin of three, as in tests/test_query_bounds.py.
CEILING = 32
