"""A handout is rendered once per publish and language, kept, and never served stale.

The rendering itself is replaced by a stand-in that counts its calls (WeasyPrint's work is tested in the
other files): what matters here is when the site renders, and what it serves.
"""

from unittest import mock

import pytest

from handouts import rendering
from tests.handouts.conftest import handout_url

pytestmark = pytest.mark.django_db

# The host the test site is configured for: a request to another host looks its site up (one query).
HOST = "localhost"


@pytest.fixture
def renders():
    """The stand-in renderer: a PDF naming the handout's title, and the list of its calls."""
    calls = []

    def render(html, base_url):
        calls.append(html)
        return b"%PDF-1.7 stand-in " + str(len(calls)).encode()

    with mock.patch.object(rendering, "render_pdf", side_effect=render):
        yield calls


def download(client, url, **headers):
    response = client.get(url, HTTP_HOST=HOST, **headers)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response, body


class TestKept:
    def test_a_second_request_does_not_render_again(self, client, tree, renders):
        url = handout_url("municipality", tree["municipality"], "da")
        first = download(client, url)[1]
        second = download(client, url)[1]
        assert len(renders) == 1
        assert second == first

    def test_each_language_is_rendered_once(self, client, tree, renders):
        for language_code in ("da", "en", "da", "en"):
            download(client, handout_url("municipality", tree["municipality"], language_code))
        assert len(renders) == 2

    def test_a_kept_handout_is_served_without_a_query(self, client, tree, renders, django_assert_num_queries):
        url = handout_url("seminar", tree["seminar"], "da")
        download(client, url)
        with django_assert_num_queries(0):
            response, _body = download(client, url)
        assert response.status_code == 200

    def test_after_a_publish_the_handout_is_rendered_afresh(self, client, tree, renders):
        url = handout_url("municipality", tree["municipality"], "da")
        download(client, url)
        library = tree["library"]
        library.name = "Aarhus Hovedbibliotek Dokk1"
        library.save_revision().publish()
        download(client, url)
        assert len(renders) == 2
        assert "Aarhus Hovedbibliotek Dokk1" in renders[-1]

    def test_a_published_page_change_shows_in_the_next_handout(self, client, tree, renders):
        url = handout_url("case-study", tree["case_study"], "da")
        download(client, url)
        case_study = tree["case_study"]
        case_study.title = "Jobcafé hver torsdag"
        case_study.save_revision().publish()
        download(client, url)
        assert "Jobcafé hver torsdag" in renders[-1]

    def test_an_unpublished_page_has_no_handout_any_more(self, client, tree, renders):
        url = handout_url("seminar", tree["seminar"], "da")
        assert download(client, url)[0].status_code == 200
        tree["seminar"].unpublish()
        assert download(client, url)[0].status_code == 404

    def test_filters_in_another_order_share_one_handout(self, client, tree, renders):
        page = tree["municipality"]
        download(client, handout_url("municipality", page, "da") + "?sector=library&language=da")
        download(client, handout_url("municipality", page, "da") + "?language=da&sector=library&utm_source=x")
        assert len(renders) == 1


class TestServed:
    def test_is_a_pdf_named_after_the_page_and_language(self, client, tree, renders):
        response, body = download(client, handout_url("municipality", tree["municipality"], "ar"))
        assert response["Content-Type"] == "application/pdf"
        assert response["Content-Disposition"] == 'inline; filename="aarhus-ar.pdf"'
        assert body.startswith(b"%PDF")

    def test_browsers_may_keep_it_as_long_as_a_page(self, client, tree, renders, settings):
        response, _body = download(client, handout_url("seminar", tree["seminar"], "da"))
        assert "public" in response["Cache-Control"]
        assert f"max-age={settings.CACHE_MAX_AGE}" in response["Cache-Control"]

    def test_an_unchanged_handout_is_answered_not_modified(self, client, tree, renders):
        url = handout_url("seminar", tree["seminar"], "da")
        response, _body = download(client, url)
        again = client.get(url, HTTP_HOST=HOST, HTTP_IF_NONE_MATCH=response["ETag"])
        assert again.status_code == 304


class TestQueries:
    def test_rendering_reads_a_fixed_number_of_queries(
        self, client, tree, renders, django_assert_max_num_queries
    ):
        from directory.factories import ActorFactory

        url = handout_url("municipality", tree["municipality"], "da")
        with django_assert_max_num_queries(12) as few:
            download(client, url)
        for number in range(12):
            ActorFactory(municipality=tree["municipality"], name=f"Aktør {number}", slug=f"aktoer-{number}")
        from pagecache.generations import bump_generation

        bump_generation()
        with django_assert_max_num_queries(len(few)):
            download(client, url)
        assert len(renders) == 2
