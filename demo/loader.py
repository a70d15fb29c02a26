"""One way to read the demo content from data/ and put it in the database in every language.

The content is YAML, one folder per app, so that an editor can change a story without reading Python. A text
that exists in several languages is written as a mapping from language code to the text, or to a list of
paragraphs; everything else (slugs, codes, dates, keys) is a plain value. That one convention is what lets a
single function, `strings()`, pair every Danish text of a record with its translation, whatever the record
is, and `translate()` hand the pairs to wagtail-localize, so that each translation is made exactly as a
translator in the admin would make it. The per-app modules only say which factory builds what.
"""

from html import escape
from pathlib import Path

import yaml
from django.utils.text import slugify
from wagtail.models import Locale

from languages.translation import translate_with_strings

DATA = Path(__file__).resolve().parent / "data"
LANGUAGE_CODES = ["da", "en", "uk", "ar", "pl"]
TRANSLATED_LANGUAGES = LANGUAGE_CODES[1:]


class DataLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """YAML's safe loader, except that dates stay text: the loaders parse them, quoted or not."""

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }


def read(name):
    """The content of one data file, by its path under data/."""
    with (DATA / name).open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=DataLoader)


def records(folder):
    """The records in a folder of data files, in file-name order; a file holds one record or a list."""
    found = []
    for path in sorted((DATA / folder).glob("*.yaml")):
        content = read(path.relative_to(DATA))
        found.extend(content if isinstance(content, list) else [content])
    return found


def paragraphs(texts):
    """Rich text from plain paragraphs, escaped the way wagtail-localize extracts its segments."""
    return "".join(f"<p>{escape(text, quote=False)}</p>" for text in texts)


def is_text(value):
    """Whether `value` is a text in several languages: a mapping from language codes, Danish among them."""
    return isinstance(value, dict) and "da" in value and set(value) <= set(LANGUAGE_CODES)


def strings(record, language_code):
    """Every Danish text in `record`, at any depth, paired with its text in `language_code`."""
    pairs = {}

    def collect(value):
        if is_text(value):
            source, target = value["da"], value.get(language_code)
            if isinstance(source, list):
                pairs.update(zip(source, target or [], strict=False))
            else:
                pairs[source] = target
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    collect(record)
    return pairs


def translate_once(instance, language_code, pairs):
    """Translate through wagtail-localize unless a translation into that language exists already."""
    locale = Locale.objects.get(language_code=language_code)
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return existing
    return translate_with_strings(instance, language_code, pairs)


def translate(instance, record, *, title="title", translated_slug=False):
    """Translate `instance` into each language its record's `title` text has; return the translations.

    With `translated_slug` the page's address in each language is made from its translated title.
    """
    translations = {}
    for code in TRANSLATED_LANGUAGES:
        if code not in record[title]:
            continue
        pairs = strings(record, code)
        if translated_slug:
            pairs[record["slug"]] = slugify(record[title][code], allow_unicode=True)[:80]
        translations[code] = translate_once(instance, code, pairs)
    return translations


def section_index(home, model, factory, text, **fields):
    """A section's index page under the home page, made from its `text` the first time, found afterwards."""
    index = model.objects.child_of(home).first()
    if index is None:
        index = factory(
            parent=home,
            title=text["title"]["da"],
            slug=text["slug"]["da"],
            intro=paragraphs(text["intro"]["da"]),
            show_in_menus=True,
            **fields,
        )
        index.save_revision().publish()
    return index
