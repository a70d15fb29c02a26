"""Which text of a page or an actor LIX is computed over, and that text as plain text.

The text is the running text a librarian writes in the edit form: every rich text field and every
multi-line text field (a textarea), and inside StreamFields every rich text block and text block, in
the order of the form. Left out:

- one-line fields (the title, names, headings, captions, alt texts, a participant's role): labels, not
  running text, and a heading without a full stop would make its own very short sentence;
- the search description (`search_description`), written for search engines, not read on the page;
- the opening hours (`opening_hours`): "Man–fre 10–16" is a timetable, not sentences.

The editor's script applies the same rule to the form it sees (`static/readability/editor.js`: the
textareas and Draftail editors of the form, but for the `EXCLUDED_FIELDS` passed to it), so the number in
the editor and the number in the report are the same.
"""

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from wagtail import blocks
from wagtail.admin.panels import get_edit_handler
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from home.plain_text import html_to_text

EXCLUDED_FIELDS = ("search_description", "opening_hours")


def edit_form_fields(model):
    """The names of the fields in `model`'s edit form, in their order."""
    handler = model.get_edit_handler() if issubclass(model, Page) else get_edit_handler(model)
    return handler.get_form_options().get("fields", [])


def readable_fields(model):
    """The model fields of `model` whose text LIX reads (see the module's docstring)."""
    found = []
    for name in edit_form_fields(model):
        if name in EXCLUDED_FIELDS:
            continue
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if isinstance(field, StreamField):
            if holds_text(field.stream_block):
                found.append(field)
        elif isinstance(field, models.TextField):
            found.append(field)
    return found


def holds_text(block):
    """Whether a StreamField block can hold rich text or text blocks (a gallery of pictures cannot)."""
    if isinstance(block, blocks.RichTextBlock | blocks.TextBlock):
        return True
    if isinstance(block, blocks.ListBlock):
        return holds_text(block.child_block)
    children = getattr(block, "child_blocks", {})
    return any(holds_text(child) for child in children.values())


def block_texts(block, value):
    """The texts of one StreamField value of `block`: rich text and text blocks, at any depth."""
    if value is None:
        return
    if isinstance(block, blocks.RichTextBlock):
        yield html_to_text(value.source if hasattr(value, "source") else value)
    elif isinstance(block, blocks.TextBlock):
        yield str(value)
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            yield from block_texts(child, value.get(name))
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from block_texts(block.child_block, item)
    elif isinstance(block, blocks.StreamBlock):
        for child in value:
            yield from block_texts(child.block, child.value)


def field_texts(instance, field):
    value = getattr(instance, field.name)
    if isinstance(field, RichTextField):
        yield html_to_text(value)
    elif isinstance(field, StreamField):
        for child in value or ():
            yield from block_texts(child.block, child.value)
    else:
        yield str(value or "")


def readable_text(instance):
    """The plain text LIX reads of a page or an actor: its fields one after the other, each ending a line,
    so that a field never runs on into the next one's first sentence."""
    texts = []
    for field in readable_fields(type(instance)):
        texts.extend(text for text in field_texts(instance, field) if text)
    return "\n".join(texts)
