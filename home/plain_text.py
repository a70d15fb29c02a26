"""Rich text as plain text, for wherever HTML cannot go: meta descriptions, Open Graph, JSON-LD, snippets.

`strip_tags` is not enough for that: it glues paragraphs together ("nytilkomne.Vi hjælper") and leaves
the entities of the rich text (`&amp;`, `&#x27;`) in place, which the template then escapes a second time.
Here the HTML is parsed once: block elements and line breaks become boundaries, entities are decoded
once, and what comes out is text, for the template's autoescape or `json.dumps` to escape once.
"""

import re
from html.parser import HTMLParser

from django.core.exceptions import FieldDoesNotExist
from wagtail.fields import RichTextField

# Elements that end a paragraph (a blank line in the text) or a line.
BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "figcaption"),
        *("figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol"),
        *("p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"),
    }
)
LINE_BREAKS = frozenset({"br"})
# Elements whose content is not text a reader sees.
HIDDEN = frozenset({"script", "style", "template", "noscript"})

PARAGRAPH = "\x00"  # a marker no parsed text can carry (the parser replaces NUL characters)


class _TextCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.hidden += 1
        elif tag in BLOCKS:
            self.parts.append(PARAGRAPH)
        elif tag in LINE_BREAKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCKS or tag in LINE_BREAKS:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self.hidden = max(self.hidden - 1, 0)
        elif tag in BLOCKS:
            self.parts.append(PARAGRAPH)

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data.replace(PARAGRAPH, ""))


def html_to_text(html):
    """The text of `html` (rich text): paragraphs apart by a blank line, lines by a newline, spaces
    collapsed, each entity decoded exactly once."""
    collector = _TextCollector()
    collector.feed(str(html or ""))
    collector.close()
    paragraphs = []
    for block in "".join(collector.parts).split(PARAGRAPH):
        lines = (" ".join(line.split()) for line in block.split("\n"))
        text = "\n".join(line for line in lines if line)
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


def one_line(text, max_length=None):
    """Plain text on one line (a space at each line and paragraph boundary), cut after a whole word."""
    text = " ".join(str(text or "").split())
    if max_length is None or len(text) <= max_length:
        return text
    cut = text[: max_length - 1]
    if " " in cut and not text[max_length - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return re.sub(r"[\s.,;:–-]+$", "", cut) + "…"


def field_text(obj, name):
    """The plain text of `obj`'s field `name`: rich text converted, plain text as it is, "" if absent.

    A plain text field may hold characters that look like HTML ("<b>", "&amp;"), which are text there.
    """
    value = getattr(obj, name, "") or ""
    try:
        field = obj._meta.get_field(name)
    except FieldDoesNotExist:
        field = None
    return html_to_text(value) if isinstance(field, RichTextField) else str(value)
