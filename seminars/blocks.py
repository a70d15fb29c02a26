"""A seminar's programme: what happens when, and who speaks, hosts or chairs it.

Who takes part is split in three, so that each reads right in every language: the part (speaker, hosts,
moderator) is a choice the interface names in the reader's language; the name is a person's or an
organisation's name, the same in every language and never sent to translators; the role ("librarian,
Aarhus Main Library") is text, translated with the page.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class SpeakerPart:
    SPEAKER = "speaker"
    HOSTS = "hosts"
    MODERATOR = "moderator"
    CHOICES = [(SPEAKER, _("Speaker")), (HOSTS, _("Hosts")), (MODERATOR, _("Moderator"))]


class NameBlock(blocks.CharBlock):
    """A name, copied unchanged into every translation: wagtail-localize asks a block with
    `get_translatable_segments` for its segments, and there are none."""

    def get_translatable_segments(self, value):
        return []


class ProgrammeItemBlock(blocks.StructBlock):
    time = blocks.TimeBlock(label=_("Time"))
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    # Not required, so that a programme saved before the split (without a part) still validates: no part
    # reads as a speaker's.
    part = blocks.ChoiceBlock(
        choices=SpeakerPart.CHOICES,
        default=SpeakerPart.SPEAKER,
        required=False,
        label=_("Taking part as"),
        help_text=_("Shown before the name in the reader's language, e.g. 'Hosts:' or 'Moderator:'."),
    )
    speaker = NameBlock(
        label=_("Name"),
        required=False,
        default="",
        help_text=_("The person's name, e.g. 'Mette Lund'. Written the same in every language."),
    )
    # Empty, not None, where an item from before the split has no role: wagtail-localize cannot extract None.
    speaker_role = blocks.CharBlock(
        label=_("Role"),
        required=False,
        default="",
        max_length=255,
        help_text=_(
            "What they do and where, e.g. 'librarian, Aarhus Main Library'. For hosts, the organisation. "
            "Translated with the page."
        ),
    )
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "time"
        label = _("Programme item")
