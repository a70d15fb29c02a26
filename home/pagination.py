"""Pagination that counts the rows in the same query that reads the page."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Count, Window
from django.utils.translation import get_language

from pagecache.generations import memoized

# An offset past this is beyond any listing and past what the database takes (64 bits): go Django's way.
MAX_OFFSET = 2**31


class CountingPaginator(Paginator):
    """Django's Paginator, but the page's query also counts every row (`COUNT(*) OVER ()`).

    A listing then costs one query instead of a COUNT and a page. It matters where finding the rows is the
    expensive part: in Arabic the case-study and seminar indexes choose each item's language among all
    its translations, the costliest query of those pages at national scale. A page number past either end (or
    an empty listing) goes Django's way: a COUNT, then the last page; so does a number past 64 bits.
    """

    def get_page(self, number):
        try:
            number = int(number)
        except (TypeError, ValueError):
            number = 1
        bottom = (number - 1) * self.per_page
        if number < 1 or bottom > MAX_OFFSET:
            return super().get_page(number)  # Django shows the last page
        counted = self.object_list.annotate(listing_total=Window(Count("pk")))
        rows = list(counted[bottom : bottom + self.per_page])
        if not rows:
            return super().get_page(number)
        self.count = rows[0].listing_total  # Paginator.count is a cached property: this is its value
        return self._get_page(rows, number, self)


# A page number longer than this is not one of a listing's pages: shown as Django shows it, never kept.
MAX_KEPT_PAGE_DIGITS = 6


def filters_key(form):
    """What a filtered listing's HTML depends on, for `{% kept %}`: each filter's value as given (an empty
    one is shown chosen, a missing one not), "all" unfiltered, or None when the filters have errors to
    show (nothing kept). Only valid values get here, so the keys are as few as the choices."""
    if not form.is_bound:
        return "all"
    if not form.is_valid():
        return None
    return "&".join(f"{name}={form.data.get(name)!r}" for name in form.fields)


def filters_query(form):
    """The valid filters of `form` as a listing's pagination links carry them, `name=value&` each (empty
    when there are none): a listing kept per publish must not pass on what else its first reader's address
    had."""
    if not form.is_bound or not form.is_valid():
        return ""
    return "".join(f"{urlencode({name: value})}&" for name, value in form.cleaned_data.items() if value)


def kept_page_key(name, owner, filters, number, count_pages):
    """The kept key of page `number` (as the address gives it) of a listing whose filters' key is
    `filters`, or None (not kept) for filters with errors or a number that is not one of its pages.

    The number of pages, `count_pages()`, is kept per publish under `name`, the listing's `owner` (its
    page's id), the language and the filters, and counted only for a well-formed number.
    """
    if filters is None:
        return None
    number = number or "1"
    if not number.isdigit() or len(number) > MAX_KEPT_PAGE_DIGITS:
        return None
    pages = memoized(name, count_pages, owner, get_language(), filters)
    return f"{filters}&page={int(number)}" if 1 <= int(number) <= pages else None
