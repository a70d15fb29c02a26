"""home.pagination.CountingPaginator: Django's paging, with the count read in the page's own query."""

import pytest
from django.contrib.auth.models import Group
from django.core.paginator import Paginator

from home.pagination import CountingPaginator

pytestmark = pytest.mark.django_db


@pytest.fixture
def groups():
    Group.objects.bulk_create(Group(name=f"Gruppe {number:02d}") for number in range(25))
    return Group.objects.filter(name__startswith="Gruppe ").order_by("name")


def names(page):
    return [group.name for group in page.object_list]


@pytest.mark.parametrize("number", [1, 2, 3, "2", "x", None, "", 0, -4, 99, "99"])
def test_same_pages_as_djangos_paginator(groups, number):
    ours = CountingPaginator(groups, 10).get_page(number)
    theirs = Paginator(groups, 10).get_page(number)
    assert (ours.number, names(ours)) == (theirs.number, names(theirs))
    assert ours.paginator.count == theirs.paginator.count == 25
    assert ours.paginator.num_pages == 3
    assert (ours.has_next(), ours.has_previous()) == (theirs.has_next(), theirs.has_previous())


def test_one_query_for_a_page_in_range(groups, django_assert_num_queries):
    with django_assert_num_queries(1):
        page = CountingPaginator(groups, 10).get_page(2)
        assert page.paginator.count == 25
        assert page.end_index() == 20


def test_filtered_and_empty_listings(groups):
    assert CountingPaginator(groups.filter(name__endswith="7"), 10).get_page(1).paginator.count == 2
    empty = CountingPaginator(groups.none(), 10).get_page(1)
    assert empty.paginator.count == 0
    assert names(empty) == []
