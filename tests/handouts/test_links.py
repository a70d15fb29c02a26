"""Pages link to their handouts and announce them in the head; every page has a print stylesheet."""

import re

import pytest

pytestmark = pytest.mark.django_db

ALTERNATE = re.compile(r'<link rel="alternate" type="application/pdf" href="([^"]+)"')


def alternates(html):
    return ALTERNATE.findall(html)


class TestLinksOnPages:
    def test_municipality_page_links_to_its_handout(self, client, tree):
        html = client.get(tree["municipality"].url).content.decode()
        url = f"/da/handouts/municipality/{tree['municipality'].pk}.pdf"
        assert alternates(html) == [url]
        assert f'href="{url}" type="application/pdf" download' in html

    def test_filtered_page_links_to_the_filtered_handout(self, client, tree):
        html = client.get(tree["municipality"].url, {"sector": "library"}).content.decode()
        url = f"/da/handouts/municipality/{tree['municipality'].pk}.pdf?sector=library"
        assert alternates(html) == [url]
        assert f'href="{url}"' in html

    def test_a_filter_the_page_does_not_offer_is_not_passed_on(self, client, tree):
        html = client.get(tree["municipality"].url, {"sector": "health"}).content.decode()
        assert alternates(html) == [f"/da/handouts/municipality/{tree['municipality'].pk}.pdf"]

    def test_case_study_page_links_to_its_transfer_kit(self, client, tree):
        html = client.get(tree["case_study"].url).content.decode()
        url = f"/da/handouts/case-study/{tree['case_study'].pk}.pdf"
        assert alternates(html) == [url]
        assert f'action="{url}"' in html  # the choice of the reader's municipality
        assert '<option value="751">Aarhus</option>' in html

    def test_seminar_page_links_to_its_programme(self, client, tree):
        html = client.get(tree["seminar"].url).content.decode()
        url = f"/da/handouts/seminar/{tree['seminar'].pk}.pdf"
        assert alternates(html) == [url]
        assert f'href="{url}" type="application/pdf">' in html

    def test_the_links_speak_the_readers_language(self, client, tree, english):
        tree["case_index"].copy_for_translation(english, copy_parents=True).save_revision().publish()
        translated = tree["case_study"].copy_for_translation(english, copy_parents=True)
        translated.save_revision().publish()
        html = client.get(translated.url).content.decode()
        assert alternates(html) == [f"/en/handouts/case-study/{translated.pk}.pdf"]

    def test_an_actor_page_announces_no_handout(self, client, tree):
        html = client.get(f"{tree['municipality'].url}aarhus-hovedbibliotek/").content.decode()
        assert alternates(html) == []

    def test_other_pages_announce_none(self, client, tree):
        assert alternates(client.get("/da/").content.decode()) == []
        assert alternates(client.get(tree["directory"].url).content.decode()) == []


class TestPrintStylesheet:
    @pytest.mark.parametrize("key", ["directory", "municipality", "case_study", "seminar_index"])
    def test_every_page_has_one(self, client, tree, key):
        html = client.get(tree[key].url).content.decode()
        assert re.search(r'<link rel="stylesheet" href="/static/css/print\.css" media="print">', html)

    def test_on_paper_the_page_says_where_it_came_from(self, client, tree):
        html = client.get(tree["seminar"].url).content.decode()
        assert (
            '<p class="print-address" dir="ltr" hidden>http://testserver/da/seminarer/seminar-aarhus/</p>'
            in html
        )


class TestReadableAddresses:
    def test_a_slug_in_arabic_is_shown_in_its_letters(self):
        from handouts.templatetags.handouts_tags import readable_url

        url = "http://localhost/ar/dirasat-hala/%D9%85%D9%82%D9%87%D9%89/"
        assert readable_url(url) == "http://localhost/ar/dirasat-hala/مقهى/"

    @pytest.mark.parametrize("hidden", ["%E2%80%AE", "%20", "%0A", "%00"])
    def test_invisible_or_reordering_characters_stay_encoded(self, hidden):
        from handouts.templatetags.handouts_tags import readable_url

        url = f"http://localhost/da/sider/{hidden}gpj.exe"
        assert readable_url(url) == url
