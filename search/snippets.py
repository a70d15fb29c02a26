"""The few lines under a search result: whole sentences, starting where the text speaks of the query.

The text comes as `home.plain_text` gives it (paragraphs apart, each boundary a space once on one line), so
two paragraphs never run together ("foreningen.Frivilligcenter"). A snippet is cut between sentences, not
after a fixed number of words, and begins with the first sentence that has a word of the query in it, so a
long description shows the part that made it a result; "…" marks what was left out before it.
"""

import re

from home.plain_text import one_line
from search.words import WORD

MAX_LENGTH = 240
# A sentence ends at . ! ? … or the Arabic question mark, before a space; a paragraph ends one too.
SENTENCE_END = re.compile(r"(?<=[.!?…؟])\s+|\n+")
# A query word matches a text word that begins with it, less an inflection ending of up to two letters.
KEPT_OF_WORD = 4


def sentences(text):
    """The sentences of `text`, each on one line."""
    return [one_line(sentence) for sentence in SENTENCE_END.split(text or "") if sentence.strip()]


def _mentions(sentence, stems):
    sentence = sentence.casefold()
    return any(stem in sentence for stem in stems)


def snippet(text, query="", max_length=MAX_LENGTH):
    """Whole sentences of `text`, about `max_length` characters, from the first that mentions `query`."""
    parts = sentences(text)
    if not parts:
        return ""
    stems = [word[: max(KEPT_OF_WORD, len(word) - 2)] for word in WORD.findall(query.casefold())]
    start = next((number for number, sentence in enumerate(parts) if _mentions(sentence, stems)), 0)
    shown = []
    for sentence in parts[start:]:
        if shown and len(" ".join([*shown, sentence])) > max_length:
            break
        shown.append(sentence)
    text = one_line(" ".join(shown), max_length)
    return f"… {text}" if start else text
