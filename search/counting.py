"""Counting the searches readers make, so coordinators see what they look for and do not find.

Only the words are kept, never who searched: no address, session, user or time of day, only the query,
the language and the ISO week. A query that looks like personal data (an e-mail address, a phone
number, a CPR number) is not kept at all, since people do type their own details into search boxes.

Counting must never cost a reader their answer: the write runs in its own savepoint, and a database
error there is logged and forgotten (the request's transaction goes on as if nothing was tried).
"""

import logging
import re
import unicodedata

from django.conf import settings
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from search.models import MAX_QUERY_LENGTH, SearchCount, week_of

logger = logging.getLogger(__name__)

WHITESPACE = re.compile(r"\s+")
# Something@something: an e-mail address, whole or being typed.
EMAIL = re.compile(r"[^\s@]@[^\s@]")
# Eight or more digits in a row, spaces, dashes, dots, slashes or brackets between them allowed: a Danish
# phone number (8 digits, "+45 12 34 56 78") or a CPR number (6 + 4, "010190-1234"). Any script's digits.
LONG_NUMBER = re.compile(r"\d(?:[\s\-./()]*\d){7,}")
# Bidirectional overrides, embeddings and isolates: they would turn the report's text around.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def normalise(query):
    """The query as it is counted and matched to promotions: lowercase, whitespace collapsed, trimmed, capped.

    Wagtail normalises a promotion's query the same way (lowercase, single spaces, trimmed), so a query
    normalised here finds the promotion written for it.
    """
    return WHITESPACE.sub(" ", query).strip().lower()[:MAX_QUERY_LENGTH].strip()


def has_control_characters(text):
    return bool(BIDI_CONTROLS.search(text)) or any(unicodedata.category(char) == "Cc" for char in text)


def looks_like_personal_data(text):
    return bool(EMAIL.search(text) or LONG_NUMBER.search(text))


def countable(query):
    """The normalised query if it may be kept, else None (empty, control characters, personal data)."""
    term = normalise(query)
    if not term or has_control_characters(term) or looks_like_personal_data(term):
        return None
    return term


def record_search(query, language, results, today=None):
    """Count one search for `query` in `language` that found `results`; True if it was counted.

    One UPDATE adds one to the week's row; only the week's first search inserts it. Two app servers
    counting the same new query at once both try the INSERT; the unique constraint lets one win and the
    other adds its search to the winner's row.
    """
    term = countable(query)
    if term is None or language not in dict(settings.LANGUAGES):
        return False
    week = week_of(today or timezone.localdate())
    try:
        with transaction.atomic():
            _count(term, language, week, results)
    except DatabaseError:
        logger.warning("A search could not be counted; the reader got their results.", exc_info=True)
        return False
    return True


def _count(term, language, week, results):
    row = SearchCount.objects.filter(query=term, language=language, week=week)
    if row.update(searches=F("searches") + 1, last_results=results):
        return
    try:
        with transaction.atomic():
            SearchCount.objects.create(
                query=term, language=language, week=week, searches=1, last_results=results
            )
    except IntegrityError:
        row.update(searches=F("searches") + 1, last_results=results)
