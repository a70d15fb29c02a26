import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest

from directory.factories import ActorFactory
from home.sitemaps import PageSitemap
from languages.translation import translate_with_strings

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap_urls(client):
    """Every <url> of every section the sitemap index lists, following each section's pages."""
    index = ET.fromstring(client.get("/sitemap.xml").content)
    urls = []
    for section in index.findall("s:sitemap", NS):
        location = urlsplit(section.find("s:loc", NS).text)
        response = client.get(location.path + (f"?{location.query}" if location.query else ""))
        assert response.status_code == 200
        urls += ET.fromstring(response.content).findall("s:url", NS)
    return urls


def alternates(url):
    return {link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)}


@pytest.mark.django_db
class TestSitemap:
    def test_every_language_version_with_hreflang_alternates(self, client, tree, home_page):
        translate_with_strings(home_page, "en", {})
        translate_with_strings(
            tree["directory"], "en", {"Kommuner": "Municipalities", "kommuner": "municipalities"}
        )
        urls = sitemap_urls(client)
        locations = [url.find("s:loc", NS).text for url in urls]
        assert "http://testserver/da/kommuner/" in locations
        assert "http://testserver/en/municipalities/" in locations
        assert "http://testserver/da/kommuner/aarhus/aarhus-hovedbibliotek/" in locations
        directory = next(url for url in urls if url.find("s:loc", NS).text.endswith("/da/kommuner/"))
        assert alternates(directory) == {
            "da": "http://testserver/da/kommuner/",
            "en": "http://testserver/en/municipalities/",
        }

    def test_the_index_lists_a_section_per_kind_of_content(self, client, tree):
        index = ET.fromstring(client.get("/sitemap.xml").content)
        sections = {urlsplit(s.find("s:loc", NS).text).path for s in index.findall("s:sitemap", NS)}
        assert sections == {"/sitemap-pages.xml", "/sitemap-actors.xml"}

    def test_drafts_are_left_out(self, client, tree):
        tree["job_centre"].live = False
        tree["job_centre"].save()
        locations = [url.find("s:loc", NS).text for url in sitemap_urls(client)]
        assert not any("jobcenter-aarhus" in location for location in locations)

    def test_a_section_is_paged_with_translations_kept_together(self, client, tree, home_page, monkeypatch):
        translate_with_strings(home_page, "en", {})
        translate_with_strings(
            tree["directory"], "en", {"Kommuner": "Municipalities", "kommuner": "municipalities"}
        )
        monkeypatch.setattr(PageSitemap, "limit", 2)
        index = ET.fromstring(client.get("/sitemap.xml").content)
        page_sections = [
            s.find("s:loc", NS).text for s in index.findall("s:sitemap", NS) if "sitemap-pages" in s[0].text
        ]
        assert len(page_sections) > 1
        urls = sitemap_urls(client)
        directory = next(url for url in urls if url.find("s:loc", NS).text.endswith("/en/municipalities/"))
        assert alternates(directory)["da"] == "http://testserver/da/kommuner/"

    def test_a_section_costs_the_same_queries_for_more_actors(
        self, client, tree, django_assert_max_num_queries
    ):
        client.get("/sitemap-actors.xml")
        for number in range(30):
            ActorFactory(municipality=tree["municipality"], name=f"Forening {number}")
        with django_assert_max_num_queries(8):
            response = client.get("/sitemap-actors.xml")
        assert response.content.count(b"<url>") >= 32

    def test_robots_points_at_the_sitemap(self, client):
        body = client.get("/robots.txt").content.decode()
        assert "Sitemap: http://testserver/sitemap.xml" in body
        assert "Disallow: /admin/" in body


@pytest.mark.django_db
class TestSitemapIndexKept:
    def test_a_kept_index_reads_nothing_and_keeps_its_headers(self, client, tree):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        first = client.get("/sitemap.xml")
        with CaptureQueriesContext(connection) as queries:
            again = client.get("/sitemap.xml")
        assert again.content == first.content
        assert again["Content-Type"] == first["Content-Type"]
        assert again["X-Robots-Tag"] == first["X-Robots-Tag"]
        assert again["ETag"] == first["ETag"]
        assert not [query for query in queries if "wagtailcore_page" in query["sql"]]

    def test_its_etag_is_the_documents_and_answers_a_conditional_request(self, client, tree):
        import hashlib

        first = client.get("/sitemap.xml")
        assert first["ETag"] == f'"{hashlib.md5(first.content, usedforsecurity=False).hexdigest()}"'
        unchanged = client.get("/sitemap.xml", HTTP_IF_NONE_MATCH=first["ETag"])
        assert unchanged.status_code == 304
        assert not unchanged.content

    def test_a_client_that_accepts_gzip_gets_the_same_index_compressed(self, client, tree):
        import gzip

        plain = client.get("/sitemap.xml")
        compressed = client.get("/sitemap.xml", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
        assert compressed["Content-Encoding"] == "gzip"
        assert gzip.decompress(compressed.content) == plain.content
        assert int(compressed["Content-Length"]) == len(compressed.content) < len(plain.content)
        assert compressed["ETag"] == f"W/{plain['ETag']}"
        assert compressed["Content-Type"] == plain["Content-Type"]
        assert compressed["X-Robots-Tag"] == plain["X-Robots-Tag"]
        for response in (plain, compressed):
            assert "Accept-Encoding" in response["Vary"]
        unchanged = client.get(
            "/sitemap.xml", HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=compressed["ETag"]
        )
        assert unchanged.status_code == 304

    def test_a_kept_index_is_not_compressed_again(self, client, tree, monkeypatch):
        client.get("/sitemap.xml", HTTP_ACCEPT_ENCODING="gzip")
        compressed = []
        monkeypatch.setattr("django.middleware.gzip.compress_string", compressed.append)
        assert client.get("/sitemap.xml", HTTP_ACCEPT_ENCODING="gzip")["Content-Encoding"] == "gzip"
        assert compressed == []

    def test_a_kept_index_is_not_hashed_again(self, client, tree, monkeypatch):
        client.get("/sitemap.xml")
        hashed = []
        monkeypatch.setattr("django.middleware.http.set_response_etag", hashed.append)
        assert client.get("/sitemap.xml")["ETag"]
        assert hashed == []

    def test_a_publish_shows_on_the_next_request(self, client, tree, monkeypatch):
        monkeypatch.setattr(PageSitemap, "limit", 1)
        first = client.get("/sitemap.xml")
        before = len(ET.fromstring(first.content).findall("s:sitemap", NS))
        tree["directory"].save_revision().publish()  # a publish starts a new generation
        monkeypatch.setattr(PageSitemap, "limit", 1000)
        again = client.get("/sitemap.xml", HTTP_IF_NONE_MATCH=first["ETag"])
        assert again.status_code == 200
        assert len(ET.fromstring(again.content).findall("s:sitemap", NS)) < before
        assert again["ETag"] != first["ETag"]

    def test_each_host_has_its_own(self, client, tree, settings):
        settings.ALLOWED_HOSTS = ["testserver", "portal.example"]
        client.get("/sitemap.xml")
        other = client.get("/sitemap.xml", HTTP_HOST="portal.example").content.decode()
        assert "http://portal.example/sitemap-pages.xml" in other
