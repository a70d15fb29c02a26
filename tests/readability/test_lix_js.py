"""The editor's LIX (readability/static/readability/lix.js, run here with Node) and the report's LIX
(readability/lix.py) count the same texts the same way, word for word and sentence for sentence.

Hand-picked texts cover each rule; a few hundred texts drawn at random (with a fixed seed) from awkward
pieces — Danish letters, decomposed letters, numbers, abbreviations, quotes, odd white space, emoji — catch
a difference nobody thought to write down. Rich text is compared the way each side reads it: the Python from
the stored HTML, the script from the Draftail content Wagtail's converter makes of that HTML.
"""

import json
import os
import random
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

from home.blocks import RICH_TEXT_FEATURES
from home.plain_text import html_to_text
from readability.lix import readability

LIX_JS = Path(settings.BASE_DIR) / "readability" / "static" / "readability" / "lix.js"

# lix.js is loaded as the admin loads it, as a classic script (not a module), in Node's own context.
RUNNER = """
const fs = require('fs');
require('vm').runInThisContext(fs.readFileSync(process.argv[1], 'utf8'), { filename: process.argv[1] });
const lix = globalThis.readabilityLix;
const input = JSON.parse(fs.readFileSync(0, 'utf8'));
const count = (result) => [result.words, result.sentences, result.longWords, result.lix, result.score];
process.stdout.write(JSON.stringify({
  texts: input.texts.map((text) => count(lix.readability(text))),
  contentStates: input.contentStates.map((state) => count(lix.readability(lix.contentStateText(state)))),
}));
"""

TEXTS = [
    "",
    "Hej",
    "Velkommen",
    "Vi har en sprogcafé hver tirsdag. Alle er velkomne.",
    "Vi hjælper nye borgere med MitID",
    "Caféen havde 1.850 besøg i 2023.",
    "Mød os kl. 10.30 på borger.dk",
    "Vi har f.eks. kaffe. Vi har kaffe, te osv. Kom bare.",
    "Vi hjælper ikke-vestlige indvandrere.",
    "Åbenhed og ærlighed får øje på nærvær.",
    "A\u030abenhed",
    '"Kom bare!" siger hun. (Se side 4.)',
    "Hvad?! ... Nej.",
    "Åbningstider\nMandag til fredag\r\nLørdag\rSøndag\u2028lukket\u2029ja",
    "Kaffe\u00a0og\u2003kage\u202fi\u3000dag\ufeffnu",
    "et\x1cto\x85tre\u200bfire",
    "K\u212a İstanbul ǅemal ß ÆØÅ",
    "😀 ﷽ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𐐷𐐷𐐷𐐷𐐷𐐷𐐷",
    "<script>alert(1)</script>",
    "… « Ja » ‹ nej › „ måske “ — 10–16",
]

PIECES = [
    *("og", "i", "vi", "du", "hjælper", "nytilkomne", "sprogcafé", "Ærø", "øvelse", "på", "MitID", "3F"),
    *("ikke-vestlige", "covid-19", "e-mail", "borger.dk", "www.kk.dk", "A\u030abyhøj", "ŒUVRE", "ﬁnde"),
    *("2023", "10.30", "1.000", "15-18", "20%", "§", "&", "–", "—", "…", "...", "?!", "!", "?", ":", "."),
    *("f.eks.", "bl.a.", "kl.", "Ca.", "(jf.", "osv.", "mv.", "nr.", "«Ja.»", '"Nej!"', "(se", "side)."),
    *("sætning.", "slut!", "hvorfor?", "bemærk:", "’citat.’", "[note]", "»ord«", "😀", "𝔘𝔫𝔦", "ǅ", "İ"),
]
SEPARATORS = [
    *(" ", " ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\t"),
    *("\u00a0", "\u2003", "\u2028", "\x85", "\u200b"),
]


def random_texts(count, seed=16):
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(0, 40)):
            parts += [rng.choice(PIECES), rng.choice(SEPARATORS)]
        texts.append("".join(parts))
    return texts


RICH_TEXTS = [
    "<p>Kom og øv dansk.</p><p>Vi har kaffe</p>",
    "<h3>Sprogcafé</h3><p>Kom og øv dansk.</p><ul><li>Hver tirsdag</li><li>Gratis</li></ul>",
    "<p>Første linje<br/>anden linje. Og en <b>fed</b> og <i>kursiv</i> sætning!</p>",
    '<ol><li>Gå til <a href="https://borger.dk">borger.dk</a></li><li>Log ind med MitID</li></ol>',
    "<h4>Åbningstider</h4><p>Man–fre 10–16 &amp; lør 10–14.</p><p></p>",
    "<p>Kommunens integrationsindsats understøttes af tværsektorielle samarbejdsrelationer.</p>",
]


def node():
    found = shutil.which("node")
    if not found:
        if os.environ.get("CI"):
            pytest.fail("Node.js is needed to compare the editor's LIX with the report's")
        pytest.skip("Node.js is not installed")
    return found


def run_script(texts, content_states):
    completed = subprocess.run(
        [node(), "-e", RUNNER, str(LIX_JS)],
        input=json.dumps({"texts": texts, "contentStates": content_states}),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=True,
    )
    return json.loads(completed.stdout)


def python_counts(text):
    result = readability(text)
    return [result.words, result.sentences, result.long_words, result.lix, result.score]


def content_state(html):
    return json.loads(ContentstateConverter(features=RICH_TEXT_FEATURES).from_database_format(html))


class TestTheEditorAndTheReportAgree:
    def test_on_hand_picked_texts(self):
        assert run_script(TEXTS, [])["texts"] == [python_counts(text) for text in TEXTS]

    def test_on_random_texts(self):
        texts = random_texts(300)
        assert run_script(texts, [])["texts"] == [python_counts(text) for text in texts]

    def test_on_rich_text(self):
        """The Python reads the HTML the database keeps, the script the Draftail content of the editor."""
        states = [content_state(html) for html in RICH_TEXTS]
        expected = [python_counts(html_to_text(html)) for html in RICH_TEXTS]
        assert run_script([], states)["contentStates"] == expected

    def test_the_hand_picked_texts_are_not_all_alike(self):
        """The comparison means something only if the texts give different counts."""
        assert len({tuple(python_counts(text)) for text in TEXTS}) > 12
