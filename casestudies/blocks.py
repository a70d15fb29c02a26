"""The structured body of a case study: the same sections in the same order make stories comparable.

A section's heading is its block label, so every case study reads alike in every language.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import RICH_TEXT_FEATURES, CaptionedImageBlock, DocumentBlock, QuoteBlock

SECTION_TYPES = ("challenge", "approach", "results", "lessons")


class CaseStudyBodyBlock(blocks.StreamBlock):
    challenge = blocks.RichTextBlock(label=_("The challenge"), features=RICH_TEXT_FEATURES, icon="help")
    approach = blocks.RichTextBlock(label=_("What we did"), features=RICH_TEXT_FEATURES, icon="cogs")
    results = blocks.RichTextBlock(label=_("Results"), features=RICH_TEXT_FEATURES, icon="success")
    lessons = blocks.RichTextBlock(label=_("Lessons learned"), features=RICH_TEXT_FEATURES, icon="pick")
    quote = QuoteBlock()
    image = CaptionedImageBlock()
    document = DocumentBlock()
