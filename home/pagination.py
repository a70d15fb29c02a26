"""Pagination that counts the rows in the same query that reads the page."""

from django.core.paginator import Paginator
from django.db.models import Count, Window

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
