"""LIX, the readability index used for Danish (and Swedish) texts: LIX = words / sentences + 100 × long
words / words, a long word having more than six letters (Björnsson, 1968).

The formula is fixed; what a "word" and a "sentence" are is not, and tools disagree. The rules here, and
in `static/readability/lix.js`, which computes the same number in the editor as the librarian types
(tests/readability/test_lix_js.py runs both on the same texts, so they cannot drift apart):

- The text is read as Unicode NFC, so "å" typed as "a" and a combining ring counts as one letter.
- The text is split into tokens at white space (`WHITESPACE`). A token with at least one letter is a word;
  its length is the number of letters in it, so "ikke-vestlige" is one word of twelve letters and "3F" a
  word of one. A token without letters ("2024", "10.30", "1.000", "–", "&") is not a word: numbers are
  not words. Letters are Unicode letters (Python's `str.isalpha`, JavaScript's `\\p{L}`): æ, ø and å too.
- A sentence ends after a token ending in . : ! or ? (closing quotes and brackets after the mark are
  allowed: `"Hej!"`, `(se side 4).`), so a mark must be followed by a space or a line break: the dots in
  "10.30", "borger.dk" and "f.eks" end nothing.
- A sentence also ends at every line break: a paragraph, a heading, a list item, a line of a text field.
  A heading or a bullet without a full stop is a sentence of its own, as a reader takes it.
- A sentence needs a word: marks with no word before them ("...", "?!", a full stop and then a line break)
  end nothing more.
- A few common Danish abbreviations (`ABBREVIATIONS`: "f.eks.", "bl.a.", "kl.", "ca." …) do not end a
  sentence. Abbreviations that often stand at the end of one ("osv.", "mv.") do.

A text without words has no LIX (`None`): an empty field is neither easy nor hard. LIX is shown rounded to a
whole number (half up, the same in both languages), and the band is that of the rounded number, so the
number and the band a librarian sees always agree.
"""

import math
import re
import unicodedata
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

# Characters that separate tokens; the same list as lix.js (written out because Python's `\s` and
# JavaScript's `\s` differ at the edges).
WHITESPACE = "\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
LINE_BREAK = re.compile("\r\n|[\n\r\u2028\u2029]")
TOKEN_SEPARATOR = re.compile(f"[{WHITESPACE}]+")
SENTENCE_MARKS = ".:!?"
CLOSING = "\"'»«”’“‘)]}›‹"
OPENING = "\"'»«”’“‘([{›‹"
LONG_WORD = 6  # a long word has more than this many letters
ABBREVIATIONS = frozenset(
    {
        *("ang", "bl.a", "ca", "dvs", "evt", "f.eks", "hhv", "iflg", "ift", "inkl", "jf", "kl", "mht"),
        *("nr", "pga", "tlf", "vedr"),
    }
)


@dataclass(frozen=True)
class Band:
    """One of the usual Danish bands of LIX, from `low` (included) to the next band's `low`."""

    key: str
    low: int
    label: str
    example: str


BANDS = (
    Band("very_easy", 0, _("very easy"), _("children's books")),
    Band("easy", 25, _("easy"), _("popular fiction and magazines")),
    Band("medium", 35, _("medium"), _("newspapers")),
    Band("hard", 45, _("hard"), _("non-fiction and public information")),
    Band("very_hard", 55, _("very hard"), _("academic and legal texts")),
)
HARD = 45
"""From here a text is hard for a newcomer reading Danish as a second language, and the editor says so."""


def band_for(score):
    """The band of a rounded LIX, or None for a text without words."""
    if score is None:
        return None
    found = BANDS[0]
    for band in BANDS:
        if score >= band.low:
            found = band
    return found


def round_half_up(number):
    """Rounding as JavaScript's Math.round does (Python's `round` rounds 34.5 to 34, to the even number)."""
    return math.floor(number + 0.5)


@dataclass(frozen=True)
class Readability:
    words: int = 0
    sentences: int = 0
    long_words: int = 0

    @property
    def lix(self):
        """The exact LIX (a float), None without words."""
        if not self.words:
            return None
        return self.words / self.sentences + 100 * self.long_words / self.words

    @property
    def score(self):
        """LIX as shown: a whole number, None without words."""
        lix = self.lix
        return None if lix is None else round_half_up(lix)

    @property
    def band(self):
        return band_for(self.score)

    @property
    def is_hard(self):
        score = self.score
        return score is not None and score >= HARD


def letters(token):
    return sum(1 for character in token if character.isalpha())


def ends_sentence(token):
    """Whether `token` ends with a sentence mark (closing quotes and brackets after it allowed) and is not
    one of the abbreviations that never end a sentence."""
    stripped = token.rstrip(CLOSING)
    if not stripped or stripped[-1] not in SENTENCE_MARKS:
        return False
    if stripped[-1] == ".":
        word = stripped.lstrip(OPENING)[:-1].lower()
        if word in ABBREVIATIONS:
            return False
    return True


def readability(text):
    """Count the words, sentences and long words of plain `text` (see the module's rules)."""
    text = unicodedata.normalize("NFC", str(text or ""))
    words = sentences = long_words = 0
    for line in LINE_BREAK.split(text):
        open_sentence = False
        for token in TOKEN_SEPARATOR.split(line):
            if not token:
                continue
            length = letters(token)
            if length:
                words += 1
                long_words += length > LONG_WORD
                open_sentence = True
            if open_sentence and ends_sentence(token):
                sentences += 1
                open_sentence = False
        if open_sentence:
            sentences += 1
    return Readability(words=words, sentences=sentences, long_words=long_words)


def lix(text):
    """The LIX of plain `text`, rounded as shown; None when it has no words."""
    return readability(text).score
