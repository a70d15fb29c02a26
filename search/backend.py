"""A PostgreSQL full-text search backend that stems every object in its own language.

Wagtail's database backend indexes everything with one text-search configuration, and two such backends
would overwrite each other's rows in the one index table. Here each object is indexed with the
configuration of its locale (Danish stemming for Danish, English for English, Arabic for Arabic, `simple`
where PostgreSQL has no stemmer, as for Ukrainian and Polish), and a query is parsed with the
configuration of the language being read. Translations are separate objects with their own index rows,
so every language lives side by side in the same table.

On other databases (SQLite on a laptop) the standard database backend is used unchanged.
"""

import copy

from django.db import connection
from django.utils.translation import get_language
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

DEFAULT_LANGUAGE_CONFIGS = {"da": "danish", "en": "english", "ar": "arabic", "uk": "simple", "pl": "simple"}


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


class LanguageAwareQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return backend.config_for_language(get_language())


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
