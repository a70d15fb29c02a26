"""The words "did you mean" suggests from, and on PostgreSQL a trigram index to find the nearest one fast.

`TrigramExtension` enables pg_trgm (a trusted extension: the database owner may create it); like every
`CreateExtension` it does nothing on another database, so SQLite skips it. The GIN index uses pg_trgm's
operator class, which SQLite does not know either, so it is created here on PostgreSQL only and is not part
of the model's state. The table is filled as the search index is (`search.words`).
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models

INDEX = "search_word_trigram_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON search_searchword USING gin (word gin_trgm_ops)"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
    ]

    operations = [
        TrigramExtension(),
        migrations.CreateModel(
            name="SearchWord",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("language", models.CharField(max_length=8, verbose_name="language")),
                ("word", models.CharField(max_length=40, verbose_name="word")),
            ],
            options={
                "verbose_name": "search word",
                "verbose_name_plural": "search words",
                "default_permissions": (),
                "constraints": [models.UniqueConstraint(fields=("word", "language"), name="search_word_once")],
            },
        ),
        migrations.RunPython(create_index, drop_index, elidable=False),
    ]
