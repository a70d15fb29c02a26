"""Locales are read once per request (languages.locales), and a locale saved meanwhile is seen at once."""

import pytest
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale

from languages.locales import (
    active_locale,
    default_locale,
    locale_for_code,
    locale_for_language,
    locale_of,
    localized,
)


def send(signal):
    """Send a request signal as Django's test client does: without closing the test's connection."""
    signal.disconnect(close_old_connections)
    try:
        signal.send(sender=None)
    finally:
        signal.connect(close_old_connections)


@pytest.fixture
def in_request():
    send(request_started)
    yield
    send(request_finished)


def locale_queries(captured):
    return [query for query in captured if 'FROM "wagtailcore_locale"' in query["sql"]]


@pytest.mark.django_db
class TestLocaleMemo:
    def test_one_query_per_request(self, in_request, django_assert_num_queries):
        with django_assert_num_queries(1):
            with translation.override("ar"):
                assert active_locale().language_code == "ar"
            assert default_locale().language_code == "da"
            assert locale_for_code("uk").language_code == "uk"
            assert locale_for_language("en-gb").language_code == "en"
            assert locale_for_code("xx") is None

    def test_unknown_language_falls_back_to_the_default(self, in_request):
        with translation.override("xx"):
            assert active_locale() == Locale.objects.get(language_code="da")

    def test_a_locale_saved_during_the_request_is_seen(self, in_request):
        assert locale_for_code("de") is None
        german = Locale.objects.create(language_code="de")
        assert locale_for_code("de") == german
        german.delete()
        assert locale_for_code("de") is None

    def test_nothing_is_kept_outside_a_request(self, django_assert_num_queries):
        with django_assert_num_queries(2):
            default_locale()
            default_locale()
        german = Locale.objects.create(language_code="de")
        assert locale_for_code("de") == german

    def test_locale_of_and_localized_match_wagtail(self, tree, english, in_request):
        page = tree["case_study"]
        translated = page.copy_for_translation(english, copy_parents=True)
        translated.save_revision().publish()
        fresh = type(page).objects.get(pk=page.pk)
        assert locale_of(fresh) == fresh.locale
        with translation.override("en"):
            assert localized(fresh) == fresh.localized == translated
        with translation.override("da"):
            assert localized(fresh) == fresh.localized == fresh


@pytest.mark.django_db
@pytest.mark.parametrize("key", ["home", "municipality", "actor", "case_index", "seminar_index", "seminar"])
def test_pages_read_locales_at_most_twice(client, tree, home_page, key):
    """Wagtail's routing reads the active locale once, the site's own code once more, whatever the page."""
    urls = {
        "home": home_page.url,
        "actor": f"{tree['municipality'].url}{tree['library'].slug}/",
    }
    url = urls.get(key) or tree[key].url
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    assert len(locale_queries(captured)) <= 2
