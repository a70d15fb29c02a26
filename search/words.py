"""The words of the published content, per language, and the nearest spelling of a query that finds nothing.

Why a table of words rather than trigram similarity over the titles, or over the index's text itself:
- a misspelt word is a word, and many words a reader types ("undervisnig") are in the texts, not the titles;
- the index's text is long (a whole case study per row): a trigram index on it is large, and similarity to
  a whole text says little about the one word that is wrong;
- the table is small (one row per distinct word and language) and its trigram index (pg_trgm, migration
  0002) finds the nearest word without reading the table.

The search backend adds the words of what it indexes (`record`), so a word is here once its page or actor is
published; `manage.py refresh_search_words` rebuilds the table from the index, dropping the words of what has
since been deleted or unpublished. Until then a stale word can at worst be suggested for a query it does not
rescue, which is why the view only shows a suggestion that finds something.

Without PostgreSQL (SQLite on a laptop), or while the table is still empty, the nearest spelling is looked
for with difflib among the words of a bounded number of titles and names.
"""

import difflib
import re

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from wagtail.models import Page
from wagtail.search.models import IndexEntry

from directory.models import Actor
from languages.locales import locale_of
from search.models import MAX_WORD_LENGTH, SearchWord

# A word: letters only (in any script), three of them at least, no more than the column holds.
WORD = re.compile(rf"[^\W\d_]{{3,{MAX_WORD_LENGTH}}}")
MAX_WORDS_LOOKED_UP = 6
# Without the table: how many titles and names difflib compares with, and how close a word must be.
MAX_TITLES = 2000
DIFFLIB_CUTOFF = 0.75

# pg_trgm's `%` (similarity above pg_trgm.similarity_threshold, 0.3) is what the trigram index serves.
# With each word, whether the language has any words at all (none before the first indexing).
NEAREST_SQL = """
    SELECT typed.word,
        (SELECT known.word FROM search_searchword known
         WHERE known.language = %(language)s AND known.word %% typed.word
         ORDER BY similarity(known.word, typed.word) DESC, length(known.word), known.word
         LIMIT 1),
        EXISTS (SELECT 1 FROM search_searchword WHERE language = %(language)s)
    FROM unnest(%(words)s::text[]) AS typed(word)
"""


def words_of(text):
    """The distinct words of `text`, in lower case."""
    return {word.lower() for word in WORD.findall(text or "")}


def record(model, objs):
    """Add the words of the live pages and actors among `objs`, just indexed, to their language's words.

    Two queries a batch: the text is read back from the index (it is what a reader's query meets), and the
    words are inserted, those already known skipped.
    """
    if connection.vendor != "postgresql":
        return
    languages = {str(obj.pk): locale_of(obj).language_code for obj in objs if _is_readers_content(obj)}
    if not languages:
        return
    entries = IndexEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(model), object_id__in=list(languages)
    ).values_list("object_id", "title_text", "body_text")
    _insert(
        (languages[object_id], word)
        for object_id, title, body in entries
        for word in words_of(f"{title} {body}")
    )


def _is_readers_content(obj):
    return isinstance(obj, (Page, Actor)) and obj.live and obj.locale_id is not None


def refresh():
    """Rebuild the words from the index, of live pages and actors only; the number of words kept.

    The index is read in batches, so a national site's text is never in memory at once.
    """
    actor_type = ContentType.objects.get_for_model(Actor).pk
    languages = {
        (content_type, str(pk)): language
        for pk, content_type, language in Page.objects.live()
        .filter(depth__gt=2)
        .values_list("pk", "content_type", "locale__language_code")
    }
    languages.update(
        ((actor_type, str(pk)), language)
        for pk, language in Actor.objects.filter(live=True).values_list("pk", "locale__language_code")
    )
    words = set()
    entries = IndexEntry.objects.values_list("content_type", "object_id", "title_text", "body_text")
    for content_type, object_id, title, body in entries.iterator(chunk_size=500):
        language = languages.get((content_type, object_id))
        if language:
            words.update((language, word) for word in words_of(f"{title} {body}"))
    with transaction.atomic():
        SearchWord.objects.all().delete()
        _insert(words)
    return len(words)


def _insert(words):
    SearchWord.objects.bulk_create(
        [SearchWord(language=language, word=word) for language, word in set(words)],
        ignore_conflicts=True,
        batch_size=1000,
    )


def respelt(query, locale):
    """`query` with each word the content does not know replaced by the nearest one it knows; "" if none is.

    Short words, digits and punctuation stay as typed; a capitalised word gets a capitalised replacement.
    """
    typed = list(dict.fromkeys(word.lower() for word in WORD.findall(query)))[:MAX_WORDS_LOOKED_UP]
    if not typed:
        return ""
    nearest = nearest_known(typed, locale.language_code) if connection.vendor == "postgresql" else None
    if nearest is None:
        nearest = nearest_in_titles(typed, locale)

    def replace(match):
        word = match.group(0)
        known = nearest.get(word.lower()) or word.lower()
        if known == word.lower():
            return word
        return known[:1].upper() + known[1:] if word[:1].isupper() else known

    suggestion = WORD.sub(replace, query)
    return suggestion if suggestion != query else ""


def nearest_known(words, language):
    """{word: the nearest word of `language`'s content (itself when known), or None}, in one query;
    None when the language has no words kept yet."""
    with connection.cursor() as cursor:
        cursor.execute(NEAREST_SQL, {"language": language, "words": list(words)})
        rows = cursor.fetchall()
    if not rows or not rows[0][2]:
        return None
    return {typed: known for typed, known, _kept in rows}


def nearest_in_titles(words, locale):
    """{word: the nearest word in the titles and actor names of `locale`, or None}, found with difflib."""
    titles = list(
        Page.objects.live().filter(locale=locale, depth__gt=2).values_list("title", flat=True)[:MAX_TITLES]
    )
    titles += Actor.objects.filter(live=True, locale=locale).values_list("name", flat=True)[:MAX_TITLES]
    known = words_of(" ".join(titles))
    nearest = {}
    for word in words:
        close = [word] if word in known else difflib.get_close_matches(word, sorted(known), 1, DIFFLIB_CUTOFF)
        nearest[word] = close[0] if close else None
    return nearest
