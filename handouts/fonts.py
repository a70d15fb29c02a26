"""The handouts' typefaces: IBM Plex Sans and IBM Plex Sans Arabic, from the site's own static files.

The files are the ones `frontend/build.mjs` copies from @fontsource into `site/static/dist/fonts/`: one
WOFF2 file per script subset (latin, latin-ext, cyrillic, cyrillic-ext; arabic) and weight. Nothing is
fetched from the network, and nothing falls back to a system font for the portal's five languages.

Why one font family per subset file, and not one family with `unicode-range`: WeasyPrint (70) names a
PDF font after its CSS description (family, weight, style), not after its file, so two files of one
family become one PDF font with the glyphs of either: Ukrainian came out with Latin letters in place of
Cyrillic ones ("Київ" read "КиїH"). With a family per file each stays its own PDF font; the font stack
lists them and Pango takes each character from the first family that has it.

Why the TrueType bytes are kept in the cache: WeasyPrint unpacks WOFF2 with fontTools, in pure Python,
1.7 s for the 19 faces, again in every new worker process (gunicorn recycles them). The unpacked bytes are
kept in the shared cache under the hash of the WOFF2 file, so a deployment unpacks each file once.
"""

import functools
import hashlib
import io

from django.core.cache import cache
from django.templatetags.static import static

from handouts.files import read_static

PLEX_DIRECTORY = "dist/fonts/ibm-plex-sans"
ARABIC_DIRECTORY = "dist/fonts/ibm-plex-sans-arabic"
# The subsets of IBM Plex Sans for Danish and English (latin), Polish (latin-ext) and Ukrainian (cyrillic,
# with cyrillic-ext for its rarer letters), in the order the font stack tries them.
PLEX_SUBSETS = (
    ("latin", "Latin"),
    ("latin-ext", "Latin Ext"),
    ("cyrillic", "Cyrillic"),
    ("cyrillic-ext", "Cyrillic Ext"),
)
# Text, labels, headings, and italics in rich text (bold italics are slanted from the bold).
PLEX_FACES = ((400, "normal"), (600, "normal"), (700, "normal"), (400, "italic"))
ARABIC_WEIGHTS = (400, 600, 700)
FAMILY_PREFIX = "Handout Plex"
ARABIC_FAMILY = f"{FAMILY_PREFIX} Arabic"
PLEX_FAMILIES = tuple(f"{FAMILY_PREFIX} {label}" for _subset, label in PLEX_SUBSETS)
TTF_CACHE_SECONDS = 30 * 24 * 3600


def font_faces():
    """(family, static file name, weight, style) of every face the handouts use."""
    faces = []
    for subset, label in PLEX_SUBSETS:
        for weight, style in PLEX_FACES:
            name = f"{PLEX_DIRECTORY}/ibm-plex-sans-{subset}-{weight}-{style}.woff2"
            faces.append((f"{FAMILY_PREFIX} {label}", name, weight, style))
    for weight in ARABIC_WEIGHTS:
        name = f"{ARABIC_DIRECTORY}/ibm-plex-sans-arabic-arabic-{weight}-normal.woff2"
        faces.append((ARABIC_FAMILY, name, weight, "normal"))
    return faces


def font_stack(arabic_first=False):
    """The font-family value: Latin first, or the Arabic face first for Arabic text (its joiners and
    direction marks come from the same font as its letters)."""
    families = [ARABIC_FAMILY, *PLEX_FAMILIES] if arabic_first else [*PLEX_FAMILIES, ARABIC_FAMILY]
    return ", ".join(f'"{family}"' for family in families)


def font_face_css():
    """@font-face rules for every face, and the font stacks of the handout's text, as one stylesheet."""
    rules = [
        f'@font-face {{ font-family: "{family}"; font-weight: {weight}; font-style: {style}; '
        f'src: url("{static(name)}"); }}'
        for family, name, weight, style in font_faces()
    ]
    rules.append(f"html {{ font-family: {font_stack()}; }}")
    rules.append(f":lang(ar) {{ font-family: {font_stack(arabic_first=True)}; }}")
    return "\n".join(rules)


def as_truetype(data):
    """The TrueType bytes of a WOFF2 font (`data` unchanged if it is not WOFF2), unpacked once and kept."""
    if data[:4] != b"wOF2":
        return data
    key = f"portal:handouts:truetype:{hashlib.sha256(data).hexdigest()}"
    truetype = cache.get(key)
    if truetype is None:
        from fontTools.ttLib import woff2

        unpacked = io.BytesIO()
        woff2.decompress(io.BytesIO(data), unpacked)
        truetype = unpacked.getvalue()
        cache.set(key, truetype, TTF_CACHE_SECONDS)
    return truetype


@functools.cache
def covered_characters():
    """Every character the handouts' faces can draw (read once per process from their regular weights)."""
    from fontTools.ttLib import TTFont

    covered = set()
    for _family, name, weight, style in font_faces():
        if weight == 400 and style == "normal":
            covered.update(TTFont(io.BytesIO(as_truetype(read_static(name)))).getBestCmap())
    return frozenset(covered)


def can_draw(text):
    """Whether the handouts' own faces have a glyph for every character of `text` (spaces aside).

    A language's own name in a script they lack (Tamil, Chinese, Tigrinya …) would otherwise come out as
    empty boxes, or in whatever font the server happens to have.
    """
    covered = covered_characters()
    return all(ord(character) in covered for character in text if not character.isspace())
