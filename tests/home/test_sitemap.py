import xml.etree.ElementTree as ET

import pytest

from home.localization import translate_with_strings

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


@pytest.mark.django_db
class TestSitemap:
    def test_every_language_version_with_hreflang_alternates(self, client, tree, home_page):
        translate_with_strings(home_page, "en", {})
        translate_with_strings(
            tree["directory"], "en", {"Kommuner": "Municipalities", "kommuner": "municipalities"}
        )
        response = client.get("/sitemap.xml")
        root = ET.fromstring(response.content)
        locations = [url.find("s:loc", NS).text for url in root.findall("s:url", NS)]
        assert "http://testserver/da/kommuner/" in locations
        assert "http://testserver/en/municipalities/" in locations
        assert "http://testserver/da/kommuner/aarhus/aarhus-hovedbibliotek/" in locations
        directory = next(
            url for url in root.findall("s:url", NS) if url.find("s:loc", NS).text.endswith("/da/kommuner/")
        )
        alternates = {link.get("hreflang"): link.get("href") for link in directory.findall("x:link", NS)}
        assert alternates == {
            "da": "http://testserver/da/kommuner/",
            "en": "http://testserver/en/municipalities/",
        }

    def test_drafts_are_left_out(self, client, tree):
        tree["job_centre"].live = False
        tree["job_centre"].save()
        assert b"jobcenter-aarhus" not in client.get("/sitemap.xml").content

    def test_robots_points_at_the_sitemap(self, client):
        body = client.get("/robots.txt").content.decode()
        assert "Sitemap: http://testserver/sitemap.xml" in body
        assert "Disallow: /admin/" in body
