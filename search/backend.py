"""A PostgreSQL full-text search backend that stems every object in its own language.

Wagtail's database backend indexes everything with one text-search configuration, and two such backends
would overwrite each other's rows in the one index table. Here each object is indexed with the
configuration of its locale (Danish stemming for Danish, English for English, Arabic for Arabic, `simple`
where PostgreSQL has no stemmer, as for Ukrainian and Polish), and a query is parsed with the
configuration of the language being read. Translations are separate objects with their own index rows,
so every language lives side by side in the same table.

A search matches an entry's title and body through `portal_search_vector(title, body)`, a function of
ours with a GIN index on it (migration search 0003), where Wagtail writes `title || body`: PostgreSQL
underrated the cost of that concatenation and read the whole index table instead of its index.

A query matches words that begin with what was typed, not only whole words: Danish builds words by
compounding, and a reader who types "job" or "sprog" is looking for the "jobcenter" and the "sprogcenter".
For the languages PostgreSQL has no stemmer for (`simple`: Ukrainian, Polish) a word also loses a final vowel
first, the commonest inflection ending, so "робота" finds "роботи" and "praca" finds "pracy". The
relevance set (tests/search/relevance.yaml) measured both.

As it indexes, the backend also keeps the words of what readers can find (`search.words`), from which a
query that finds nothing gets its nearest spelling.

On other databases (SQLite on a laptop) the standard database backend is used unchanged.
"""

import copy
import re

from django.contrib.postgres.search import SearchQuery, SearchVectorField
from django.db import connection
from django.db.models import F, Func
from django.utils.translation import get_language
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.query import Fuzzy, MatchAll, Not, PlainText

from search import words

DEFAULT_LANGUAGE_CONFIGS = {"da": "danish", "en": "english", "ar": "arabic", "uk": "simple", "pl": "simple"}
# A typed word this long or longer also finds the words it begins.
MIN_PREFIX_LENGTH = 3
# Without a stemmer, a word this long or longer loses one of these final letters before it is looked for.
MIN_STRIPPED_LENGTH = 5
FINAL_VOWELS = frozenset("aeiouyąęóаеєиіїоуюяь")
TERM_SEPARATOR = re.compile(r"[\s\-]+")


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    if connection.vendor == "postgresql":
        return LanguageAwarePostgresSearchBackend(params)
    return DatabaseSearchBackend(params)


class LanguageAwareIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Index each language's objects with that language's text-search configuration."""
        by_config = {}
        for obj in objs:
            by_config.setdefault(self.backend.config_for_object(obj), []).append(obj)
        for config, group in by_config.items():
            index = copy.copy(self)
            index.backend = copy.copy(self.backend)
            index.backend.config = config
            super(LanguageAwareIndex, index).add_items(model, group)
        words.record(model, objs)


class IndexedVector(Func):
    """An index entry's title and body as one vector, as the GIN index of migration search 0003 has it."""

    function = "portal_search_vector"
    output_field = SearchVectorField()

    def __init__(self):
        super().__init__(F("index_entries__title"), F("index_entries__body"))


class LanguageAwareQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return backend.config_for_language(get_language())

    def search(self, config, start, stop, score_field=None, backend=None):
        """Wagtail's search of the index table, ranked the same, matched through the indexed vector.

        The vector is only matched (`alias`), not selected: the rows returned carry their score alone.
        Everything else (all or nothing, fuzzy, a search of named fields) is Wagtail's own.
        """
        everything = isinstance(self.query, MatchAll) or (
            isinstance(self.query, Not) and isinstance(self.query.subquery, MatchAll)
        )
        if everything or isinstance(self.query, Fuzzy) or self.fields is not None:
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        search_query = self.build_tsquery(self.query, config=config)
        rank = self._build_rank_expression(self.get_index_vectors(search_query), config)
        matched = self.queryset.alias(_vector_=IndexedVector()).filter(_vector_=search_query)
        return self._apply_ordering_and_scoring(matched, rank, start, stop, score_field)

    def build_tsquery_content(self, query, config=None, invert=False):
        """Plain text as Wagtail builds it (each word, all of them by default), each word also as a prefix."""
        if not isinstance(query, PlainText):
            return super().build_tsquery_content(query, config=config, invert=invert)
        lexemes = None
        for term in TERM_SEPARATOR.split(query.query_string):
            if not term:
                continue
            term = without_final_vowel(term) if config == "simple" else term
            lexeme = Lexeme(term, invert=invert, prefix=len(term) >= MIN_PREFIX_LENGTH)
            if lexemes is None:
                lexemes = lexeme
            elif query.operator == "and":
                lexemes &= lexeme
            else:
                lexemes |= lexeme
        return None if lexemes is None else SearchQuery(lexemes, search_type="raw", config=config)


def without_final_vowel(term):
    if len(term) >= MIN_STRIPPED_LENGTH and term[-1].lower() in FINAL_VOWELS:
        return term[:-1]
    return term


class LanguageAwarePostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguageAwareIndex
    query_compiler_class = LanguageAwareQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        self.language_configs = {**DEFAULT_LANGUAGE_CONFIGS, **params.get("LANGUAGE_CONFIGS", {})}
        self.config = self.config or "simple"

    def config_for_language(self, language_code):
        code = (language_code or "").split("-")[0]
        return self.language_configs.get(code, "simple")

    def config_for_object(self, obj):
        locale = getattr(obj, "locale", None)
        return self.config_for_language(locale.language_code if locale else None)


def scored_rows(results, *fields, score_field="_score"):
    """The values of `fields` and the score of each of `results` (`.annotate_score(score_field)`), as tuples.

    On PostgreSQL they are read as plain values: building a model instance per result cost more than the
    query itself (a search for a common word ranks 200 pages and 200 actors, and shows 20). Other backends
    give their results as instances, which are read here.
    """
    if isinstance(results, PostgresSearchResults):
        return list(results.get_queryset().values_list(*fields, score_field))
    return [
        (*(getattr(result, field) for field in fields), getattr(result, score_field, None))
        for result in results
    ]
