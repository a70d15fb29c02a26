"""The test factories' municipality codes: a page made without one never takes a code a test names."""

import pytest

from directory.factories import NAMED_CODES, SPARE_CODES, MunicipalityPageFactory, spare_code


def test_no_spare_code_is_an_official_one():
    assert {"101", "461", "630", "751", "825"} <= NAMED_CODES
    assert not NAMED_CODES & set(SPARE_CODES)


@pytest.mark.django_db
def test_a_page_made_without_a_code_skips_the_codes_already_taken(tree):
    first = MunicipalityPageFactory(parent=tree["directory"])
    index = SPARE_CODES.index(first.code)
    MunicipalityPageFactory(parent=tree["directory"], code=SPARE_CODES[(index + 2) % len(SPARE_CODES)])
    assert spare_code(index) == SPARE_CODES[(index + 1) % len(SPARE_CODES)]
    assert spare_code(index + 1) == SPARE_CODES[(index + 1) % len(SPARE_CODES)]
    assert spare_code(index + 2) == SPARE_CODES[(index + 3) % len(SPARE_CODES)]


@pytest.mark.django_db
def test_pages_made_without_a_code_never_share_one_nor_take_a_named_one(tree):
    """The sequence once wrapped onto Aarhus's 751 after 651 pages in one worker, and a test failed."""
    assert spare_code(651) not in NAMED_CODES
    codes = [MunicipalityPageFactory(parent=tree["directory"]).code for _ in range(30)]
    assert len(set(codes)) == len(codes)
    assert not set(codes) & NAMED_CODES
    assert tree["municipality"].code not in codes
