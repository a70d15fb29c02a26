"""What readers searched for, counted per query, language and week: no person, only the words.

Why our own model rather than `wagtail.contrib.search_promotions`' `Query` and `QueryDailyHits`:
- `Query` has no language. The portal is read in five languages and the report is per language; the
  same word ("kursus") means something different to what is missing in Danish and in Polish.
- `QueryDailyHits` keeps no result count, and the report is about searches that found (almost) nothing.
- `Query.add_hit()` reads the row and then creates it (`get_or_create`), which two app servers counting
  the same new query at once turn into an IntegrityError; here the counter is one UPDATE … SET searches =
  searches + 1, with an INSERT only for the first search of a week (`search.counting`).
- Every typed query would become a `Query` row, and those rows are what the promotions admin offers as
  "popular search terms" to choose from: the promotions stay tidy when only chosen queries are there.
- Daily rows are seven times as many rows as the report needs; coordinators read weeks.

The promotions themselves are Wagtail's (`SearchPromotion`, keyed by `Query.query_string`): the stored
query here is normalised so that it is already in the form Wagtail normalises a promotion's query to.
"""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _

MAX_QUERY_LENGTH = 100
MAX_WORD_LENGTH = 40


def week_of(day):
    """The Monday that starts the ISO week of `day`."""
    return day - datetime.timedelta(days=day.weekday())


class SearchCount(models.Model):
    """How often one query was searched in one language in one ISO week, and what the last search found."""

    query = models.CharField(_("search term"), max_length=MAX_QUERY_LENGTH)
    language = models.CharField(_("language"), max_length=8)
    week = models.DateField(_("week"), help_text=_("The Monday that starts the week."))
    searches = models.PositiveIntegerField(_("searches"), default=0)
    last_results = models.PositiveIntegerField(_("results"), default=0)

    class Meta:
        verbose_name = _("search count")
        verbose_name_plural = _("search counts")
        # Nobody edits the counts by hand: only the permission to read the report.
        default_permissions = ("view",)
        constraints = [
            models.UniqueConstraint(fields=["query", "language", "week"], name="search_count_once_a_week")
        ]
        indexes = [models.Index(fields=["week", "language"], name="search_count_week_language")]

    def __str__(self):
        return f"{self.query} ({self.language}, {self.week:%G-W%V})"


class SearchWord(models.Model):
    """A word that occurs in the published content of one language: what "did you mean" suggests from.

    Kept by the search backend as it indexes (`search.words`), so a word is here as soon as the page or
    actor that has it is published; `manage.py refresh_search_words` rebuilds the table, which also drops
    the words of content since deleted or unpublished. On PostgreSQL a trigram index on `word` (pg_trgm)
    finds the nearest spelling of a word without reading the table (migration 0002).
    """

    language = models.CharField(_("language"), max_length=8)
    word = models.CharField(_("word"), max_length=MAX_WORD_LENGTH)

    class Meta:
        verbose_name = _("search word")
        verbose_name_plural = _("search words")
        default_permissions = ()
        constraints = [models.UniqueConstraint(fields=["word", "language"], name="search_word_once")]

    def __str__(self):
        return f"{self.word} ({self.language})"
