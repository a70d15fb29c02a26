"""The search's match, `title || body @@ query`, through a function of our own that the planner knows is dear.

Wagtail's PostgreSQL search matches the concatenation of an index entry's two vectors. Migration home 0005
indexed that expression, but PostgreSQL prices `||` on vectors like an integer sum, so at national scale
(29,000 index entries) it chose to read the whole table and concatenate each row's vectors instead
(20 ms for "bibliotek"), and the index went unused. `portal_search_vector(title, body)` computes the same
vector; declared with a cost of 100 operators (PL/pgSQL, so the planner cannot inline it and forget the
cost), a search now reads the GIN index on it (about 2 ms). The search backend (search/backend.py) matches
on this function; the index on the bare expression is dropped. PostgreSQL only: SQLite searches with FTS5.
"""

from django.db import migrations

FUNCTION = "portal_search_vector"
INDEX = "portal_search_vector_gin"
OLD_INDEX = "portal_search_title_body_gin"
COST = 100

CREATE_FUNCTION = f"""
CREATE OR REPLACE FUNCTION {FUNCTION}(title tsvector, body tsvector) RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST {COST}
AS $$ BEGIN RETURN title || body; END $$
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(CREATE_FUNCTION)
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry USING gin ({FUNCTION}(title, body))"
    )
    schema_editor.execute(f"DROP INDEX IF EXISTS {OLD_INDEX}")


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {OLD_INDEX} ON wagtailsearch_indexentry USING gin ((title || body))"
    )
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
    schema_editor.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}(tsvector, tsvector)")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_search_words"),
        ("home", "0005_search_title_body_index"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
