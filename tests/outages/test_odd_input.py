"""Control characters in an address are found in the raw query string, without parsing it on every request.

outages.middleware.has_odd_input reads the query string as it arrives; its verdict must be the one reached by
decoding every key and value, which is what the check did before (and what a view reads).
"""

import pytest
from django.http import QueryDict

from outages.middleware import CONTROL_CHARACTERS, has_odd_input

QUERIES = [
    "q=%00",
    "q=a%01b%1Fc",
    "q=%1f",
    "q=%7f",
    "q=%7F",
    "%0A=x",
    "q=\x00",
    "q=a\tb",
    "q=%2500",
    "q=%20",
    "q=%FF",
    "q=%C2%85",
    "q=bibliotek",
    "q=%D9%85%D9%83%D8%AA%D8%A8%D8%A9",
    "q=a+b",
    "q=%",
    "q=%0",
    "q=%0g",
    "a&&b",
    "theme=job&sector=library&region=DK-82",
]


def decoded_verdict(query):
    return any(
        CONTROL_CHARACTERS.search(text) for key, values in QueryDict(query).lists() for text in (key, *values)
    )


class TestRawQueryCheck:
    @pytest.mark.parametrize("query", QUERIES)
    def test_agrees_with_every_decoded_key_and_value(self, query):
        assert has_odd_input("/da/search/", query) == decoded_verdict(query)

    def test_a_control_character_in_the_path_is_odd(self):
        assert has_odd_input("/da/\x00/", "")

    def test_an_arabic_path_is_not_odd(self):
        assert not has_odd_input("/ar/بحث/", "q=%D9%85")


@pytest.mark.django_db
class TestDeleteCharacter:
    def test_an_encoded_delete_gets_the_bad_request_page(self, client):
        assert client.get("/da/search/?q=%7F").status_code == 400
