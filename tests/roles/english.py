"""Find English interface strings on an admin screen that should be Danish.

"Interface string" means a message of the installed Wagtail apps, wagtail-localize or the project itself
(their English msgids) whose Danish translation differs from the English. A screen is read as a person
reads it: its text, the labels a screen reader announces (aria-label, title, placeholder, alt, button
values), and the JSON props from which Wagtail's sidebar and wagtail-localize's editor draw themselves.
"""

import contextlib
import json
import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import polib
from django.conf import settings
from django.utils import translation

from languages.management.commands.update_admin_catalogue import DOMAINS, source_entries

PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")
WORD = re.compile(r"[A-Za-z]{3,}")
LABEL_ATTRIBUTES = {"aria-label", "title", "placeholder", "alt", "data-w-tooltip-content-value"}
# In JSON props, the keys whose values a person reads (the rest are names, icons and addresses).
LABEL_KEYS = {
    "label",
    "title",
    "text",
    "helpText",
    "help_text",
    "description",
    "placeholder",
    "caption",
    "heading",
    "message",
    "ariaLabel",
    "verbose_name",
    "verboseName",
}


VOID_ELEMENTS = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}


# The admin offers each language under its own name ("English" for English), on purpose.
ENDONYMS = {name for _code, name in settings.WAGTAILADMIN_PERMITTED_LANGUAGES}


def normalise(text):
    return " ".join(text.split())


@cache
def english_messages():
    """(exact texts, patterns) of English messages whose Danish differs."""
    msgids = set()
    for domain in DOMAINS:
        msgids |= {(ctx, msgid) for ctx, msgid in source_entries(domain)}
    project = polib.pofile(str(Path(settings.BASE_DIR) / "locale" / "da" / "LC_MESSAGES" / "django.po"))
    msgids |= {(e.msgctxt, e.msgid) for e in project}
    exact, patterns = set(), []
    with translation.override("da"):
        for context, msgid in msgids:
            danish = translation.pgettext(context, msgid) if context else translation.gettext(msgid)
            english = normalise(msgid)
            if danish == msgid or not WORD.search(PLACEHOLDER.sub("", english)):
                continue
            if PLACEHOLDER.search(english):
                parts = PLACEHOLDER.split(english)
                if sum(len(WORD.findall(part)) for part in parts) < 2:
                    continue
                patterns.append(re.compile(".+?".join(re.escape(part) for part in parts) + r"\Z"))
            else:
                exact.add(english)
                exact.add(english[0].upper() + english[1:])
    return frozenset(exact), tuple(patterns)


class ScreenText(HTMLParser):
    """The texts of a screen, with where each was found."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts = []
        self.skip = 0
        self.json = 0
        self.hidden = None  # [tag, depth] of an element hidden from everyone (the `hidden` attribute)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.hidden is not None:
            if tag == self.hidden[0]:
                self.hidden[1] += 1
            return
        if "hidden" in attrs and tag not in VOID_ELEMENTS:
            self.hidden = [tag, 1]
            return
        if tag == "script":
            if (attrs.get("type") or "").endswith("json"):
                self.json += 1
            else:
                self.skip += 1
        elif tag == "style":
            self.skip += 1
        for name, value in attrs.items():
            if value and (name in LABEL_ATTRIBUTES or (name == "value" and attrs.get("type") == "submit")):
                self.texts.append((f"<{tag} {name}>", value))

    def handle_endtag(self, tag):
        if self.hidden is not None:
            if tag == self.hidden[0]:
                self.hidden[1] -= 1
                if not self.hidden[1]:
                    self.hidden = None
            return
        if tag == "script":
            if self.json:
                self.json -= 1
            elif self.skip:
                self.skip -= 1
        elif tag == "style" and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if self.hidden is not None:
            return
        if self.json:
            with contextlib.suppress(ValueError):
                self.texts.extend(("json", text) for text in json_strings(json.loads(data)))
        elif not self.skip and data.strip():
            self.texts.append(("text", data))


def json_strings(value):
    """The strings under label-like keys, however deep."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key in LABEL_KEYS and isinstance(item, str):
                yield item
            else:
                yield from json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from json_strings(item)


def english_on(html, data=()):
    """The English interface strings in `html`, as (where, text), but for the `data` (user names …)."""
    exact, patterns = english_messages()
    parser = ScreenText()
    parser.feed(html)
    found = []
    for where, raw in parser.texts:
        text = normalise(raw)
        if text in data or text in ENDONYMS:
            continue
        if text in exact or any(pattern.match(text) for pattern in patterns):
            found.append((where, text))
    return found
