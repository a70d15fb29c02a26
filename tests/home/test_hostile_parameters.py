"""Odd input in a query string is never a server error: every public URL, every parameter it reads.

An attacker (or a broken link checker) sends NUL bytes, numbers past 64 bits, negative numbers, text where a
number belongs, a 10 kB value and bytes that are not UTF-8. Each must give an ordinary page or a clear 4xx.
"""

import pytest

# Percent-encoded, as they arrive on the wire.
HOSTILE_VALUES = {
    "nul": "%00",
    "control": "a%01b%1Fc",
    "huge": "9" * 100,
    "beyond_64_bits": "100000000000000000000",
    "negative": "-1",
    "text": "abc",
    "long": "x" * 10_000,
    "not_utf8": "%FF",
}

# The parameters each kind of URL reads (and a few it does not, which must be harmless too).
PAGE_PARAMETERS = {
    "directory": ["q"],
    "municipality": ["sector", "language", "target_group"],
    "case_index": ["theme", "region", "municipality", "sector", "target_group", "page"],
    "seminar_index": ["municipality", "page"],
    "seminar": [],
    "case_study": [],
    "library": [],
}

NON_PAGE_URLS = {
    "/da/search/": ["q", "page"],
    "/da/open-data/actors.csv": [],
    "/da/open-data/actors.json": [],
    "/da/open-data/hsds.json": [],
    "/da/open-data/751/actors.csv": [],
    "/api/v1/actors": ["page", "page_size", "language", "municipality", "sector", "modified_since"],
    "/api/v1/case-studies": ["page", "page_size", "language", "municipality", "sector", "modified_since"],
    "/api/v1/seminars": ["page", "page_size", "language", "municipality", "modified_since"],
    "/sitemap.xml": [],
    "/sitemap-pages.xml": ["p"],
    "/sitemap-actors.xml": ["p"],
    "/robots.txt": [],
}

EVERY_PARAMETER_TOO = ["q", "page", "p", "id"]


def public_urls(tree):
    urls = {}
    for key, parameters in PAGE_PARAMETERS.items():
        obj = tree[key]
        url = obj.url if hasattr(obj, "url") else None
        if key == "library":
            url = tree["municipality"].url + obj.slug + "/"
        urls[url] = parameters
    urls[tree["seminar_index"].url + "calendar/"] = []
    urls[tree["seminar"].url + "calendar/"] = []
    urls.update(NON_PAGE_URLS)
    return urls


@pytest.mark.django_db
class TestHostileQueryParameters:
    @pytest.mark.parametrize("value_name", sorted(HOSTILE_VALUES))
    def test_no_public_url_answers_a_server_error(self, client, tree, value_name):
        value = HOSTILE_VALUES[value_name]
        client.raise_request_exception = False
        failures = []
        for url, parameters in public_urls(tree).items():
            for parameter in sorted(set(parameters) | set(EVERY_PARAMETER_TOO)):
                response = client.get(f"{url}?{parameter}={value}")
                if response.status_code >= 500:
                    failures.append((url, parameter, response.status_code))
        assert failures == []

    @pytest.mark.parametrize("value_name", ["nul", "control", "long", "not_utf8"])
    def test_no_path_segment_answers_a_server_error(self, client, tree, value_name):
        client.raise_request_exception = False
        value = HOSTILE_VALUES[value_name]
        urls = [url for url in public_urls(tree) if url.endswith("/")]
        statuses = {url: client.get(f"{url}{value}/").status_code for url in urls}
        assert {url: status for url, status in statuses.items() if status >= 500} == {}

    def test_a_nul_byte_in_a_search_gets_the_sites_own_bad_request_page(self, client, tree):
        response = client.get("/da/search/?q=%00")
        assert response.status_code == 400
        assert '<html lang="da"' in response.content.decode()

    def test_a_page_number_past_64_bits_shows_the_last_page(self, client, tree):
        response = client.get(tree["seminar_index"].url + "?page=100000000000000000000")
        assert response.status_code == 200

    def test_an_api_page_past_64_bits_is_an_empty_page(self, client, tree):
        response = client.get("/api/v1/actors?page=200000000000000000")
        assert response.status_code == 200
        assert response.json()["items"] == []
