"""Every piece of text on a page is in the reader's language, or visibly marked as another (issue 17).

Each page type of the demo site is fetched in each language, its own and its fallback variants, and its
text is read outside the elements marked with a `lang` of their own (fallback content, language names).
What remains must not contain words only Danish or only English text uses (when the page is in another
language), nor Cyrillic or Arabic letters on a page in another script. The words of each language come
from the demo content and the interface catalogues: a word counts as Danish only if no other language's
text uses it and it is not part of a name, so a name that translations keep ("Aarhus", "Dokk1",
"Sønderborg") is never taken for Danish. Names are what the demo content gives once for every language
(people, venues, addresses, cities) and the official municipality names: on a page they are isolated in a
<bdi> but need no language. An interface string not yet translated (a new msgid without its msgstr) is
English on the other pages, and is caught too.

Fetched over HTTP, without the browser: the demo server is the browser tests' one.
"""

import csv
import re
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ["da", "en", "uk", "ar", "pl"]
PAGE_TYPES = [
    "home",
    "municipality_index",
    "municipality",
    "actor",
    "case_study_index",
    "case_study",
    "seminar_index",
    "seminar",
    "standard",
    "share",
    "suggest",
    "contact",
    "register",
    "not_found",
]
WORD = re.compile(r"[^\W\d_]{3,}")
ADDRESSES = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")
SCRIPTS = {"uk": re.compile(r"[\u0400-\u04FF]"), "ar": re.compile(r"[\u0600-\u06FF]")}
SKIPPED = {"script", "style", "template"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def words(texts):
    found = set()
    for text in texts:
        found.update(word.lower() for word in WORD.findall(ADDRESSES.sub(" ", text)))
    return found


def demo_texts():
    """({language: [texts]}, [names]) of the demo content (demo/data): the texts given in several
    languages, and the plain values given once for all of them (names, addresses, slugs)."""
    texts = {code: [] for code in LANGUAGES}
    names = []

    def collect(value):
        if isinstance(value, dict) and "da" in value and set(value) <= set(LANGUAGES):
            for code, text in value.items():
                texts[code].extend(text if isinstance(text, list) else [text or ""])
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)
        elif isinstance(value, str):
            names.append(value)

    for path in sorted((ROOT / "demo" / "data").rglob("*.yaml")):
        collect(yaml.safe_load(path.read_text(encoding="utf-8")))
    return texts, names


def catalogue_texts():
    """{language: [texts]} of the interface: the English msgids, each language's msgstrs."""
    texts = {code: [] for code in LANGUAGES}
    for code in LANGUAGES:
        for entry in polib.pofile(str(ROOT / "locale" / code / "LC_MESSAGES" / "django.po")):
            if code == "en" or entry.msgid_plural:
                texts["en"].extend([entry.msgid, entry.msgid_plural])
            if code != "en":
                texts[code].extend([entry.msgstr, *entry.msgstr_plural.values()])
    return texts


def municipality_names():
    """The official names of the municipalities: place names, the same in every language."""
    with (ROOT / "directory" / "data" / "municipalities.csv").open(encoding="utf-8") as handle:
        return [row["name"] for row in csv.DictReader(handle)]


@pytest.fixture(scope="module")
def vocabularies():
    """{language: words only that language's texts use}, for Danish and English (the fallbacks)."""
    (demo, demo_names), interface = demo_texts(), catalogue_texts()
    by_language = {code: words(demo[code] + interface[code]) for code in LANGUAGES}
    names = words(municipality_names() + demo_names)
    only = {}
    for code in ("da", "en"):
        others = set().union(*(by_language[other] for other in LANGUAGES if other != code))
        only[code] = by_language[code] - others - names
    return only


class TextOutsideIslands(HTMLParser):
    """The text of <body> outside elements marked with a language other than the page's."""

    def __init__(self, language):
        super().__init__(convert_charrefs=True)
        self.language = language
        self.stack = []  # (tag, inside another language, inside a script)
        self.in_body = False
        self.texts = []

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.in_body = True
        if tag in VOID:
            return
        lang = (dict(attrs).get("lang") or "").split("-")[0]
        outer = self.stack[-1] if self.stack else ("", False, False)
        island = outer[1] or (bool(lang) and lang != self.language)
        self.stack.append((tag, island, outer[2] or tag in SKIPPED))

    def handle_endtag(self, tag):
        while self.stack and self.stack.pop()[0] != tag:
            pass

    def handle_data(self, data):
        if self.in_body and data.strip() and not (self.stack and (self.stack[-1][1] or self.stack[-1][2])):
            self.texts.append(data)


def foreign_text(html, language, vocabularies):
    parser = TextOutsideIslands(language)
    parser.feed(html)
    problems = []
    for text in parser.texts:
        text = " ".join(text.split())
        for code, vocabulary in vocabularies.items():
            if code != language and (found := words([text]) & vocabulary):
                problems.append(f"{code} {sorted(found)}: {text[:80]}")
        for code, script in SCRIPTS.items():
            if code != language and script.search(text):
                problems.append(f"{code} script: {text[:80]}")
    return problems


def fetch(demo_server, path):
    try:
        with urllib.request.urlopen(f"{demo_server.url}{path}", timeout=30) as response:
            return response.read().decode()
    except urllib.error.HTTPError as error:  # the 404 page is read too
        return error.read().decode()


def fallback_paths(demo_server, pages):
    """Addresses of pages shown from a fallback language: cards on the indexes whose title has a lang."""
    found = {}
    indexes = {"seminar": "seminar_index", "case_study": "case_study_index", "actor": "municipality"}
    for name, index in indexes.items():
        if not pages.get(index):
            continue
        html = fetch(demo_server, pages[index])
        heading = r'class="card-heading card__title" lang="[^"]+" dir="[^"]+"><a href="([^"]+)"'
        match = re.search(heading, html)
        if match:
            found[f"{name} (fallback)"] = match.group(1)
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_text_of_another_language_outside_its_own_lang(demo_server, portal_pages, vocabularies, language):
    pages = portal_pages[language]
    paths = {page_type: pages[page_type] for page_type in PAGE_TYPES if pages.get(page_type)}
    paths.update(fallback_paths(demo_server, pages))
    report = []
    for page_type, path in paths.items():
        for problem in foreign_text(fetch(demo_server, path), language, vocabularies):
            report.append(f"{page_type} {path}: {problem}")
    assert not report, "text of another language without its own lang:\n" + "\n".join(report)
