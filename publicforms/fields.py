"""Form fields for text and pictures from the public, and the one set of rules that text is cleaned by.

Every form the public fills in (suggest or correct an actor, write to one, share a case study, register for a
seminar) reads its text through `PublicCharField` / `PublicTextField`, so the same characters are dropped
or refused everywhere.
"""

import functools
import io
import re
import unicodedata
import uuid
import warnings

from django import forms
from django.conf import settings
from django.core.files.images import ImageFile
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError
from wagtail.images import get_image_model

# Embeddings, overrides and isolates: they reorder the text after them, so a name could read backwards.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

# The left-to-right, right-to-left and Arabic letter marks: Arabic text typed on many keyboards carries
# them. They only nudge punctuation next to them, so a real name keeps them out of the data, not refused.
DIRECTION_MARKS = frozenset("\u200e\u200f\u061c")

# Invisible characters that carry no meaning in a name or a sentence typed into a form: dropped.
INVISIBLE = frozenset("\u200b\u2060\ufeff\u00ad") | DIRECTION_MARKS

# Every way to end a line (what str.splitlines() splits on, but the separators \x1c-\x1e), tabs aside.
LINE_BREAK = re.compile(r"\r\n|[\n\r\x0b\x0c\x85\u2028]")
ONE_LINE_BREAK = re.compile(r"[ \t]*(?:[\n\r\t\x0b\x0c\x85\u2028\u2029][ \t]*)+")

# An emoji flag of a region (Scotland, Wales …): a black flag, tag letters, a cancel tag. Tag characters
# anywhere else are invisible text that could smuggle instructions: refused.
TAG_FLAG = re.compile("\U0001f3f4[\U000e0020-\U000e007e]+\U000e007f")

# Zero-width non-joiner and joiner: needed to spell some words correctly (Persian, Indic scripts, emoji).
JOINERS = frozenset("\u200c\u200d")

LINE_BREAKS_AND_TABS = frozenset("\n\r\t")

IMAGE_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


def _carries_a_mark(value, index):
    return index + 1 < len(value) and unicodedata.category(value[index + 1]).startswith("M")


def _is_noncharacter(char):
    code = ord(char)
    return 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE


def normalise_public_text(value, *, multiline=True):
    """Drop the invisible characters and direction marks, compose the text (NFC), and trim it.

    A text of several lines ends every line with \\n (a paragraph separator becomes a blank line); a
    one-line field joins its lines with a space, as a browser's text input would never send them.
    An invisible character that a combining mark sits on stays, for `refuse_hidden_characters` to refuse:
    dropping it would move the mark onto the letter before and change what the text looks like.
    """
    kept = "".join(
        char for index, char in enumerate(value) if char not in INVISIBLE or _carries_a_mark(value, index)
    )
    if multiline:
        kept = LINE_BREAK.sub("\n", kept).replace("\u2029", "\n\n")
    else:
        kept = ONE_LINE_BREAK.sub(" ", kept)
    return unicodedata.normalize("NFC", kept).strip()


def refuse_hidden_characters(value, *, multiline):
    """Refuse characters that only serve to deceive or break things, with a message the writer can act on.

    Refused: embedding, override and isolate controls; control characters (line breaks and tabs are
    allowed in a text of several lines); other invisible formatting characters except the two joiners and
    the tags of a flag emoji; surrogates, private-use code points and noncharacters. Code points this
    Python's Unicode database does not know yet are kept: they are most likely a newer emoji.
    """
    if any(char in BIDI_CONTROLS for char in value):
        raise forms.ValidationError(
            _("Remove the hidden characters that change the direction of the text."), code="control"
        )
    allowed = LINE_BREAKS_AND_TABS if multiline else frozenset()
    if any(unicodedata.category(char) == "Cc" and char not in allowed for char in value):
        raise forms.ValidationError(_("Remove the control characters from the text."), code="control")
    outside_flags = TAG_FLAG.sub("", value)
    if any(
        (unicodedata.category(char) in {"Cf", "Cs", "Co"} and char not in JOINERS) or _is_noncharacter(char)
        for char in outside_flags
    ):
        raise forms.ValidationError(
            _("The text contains invisible control characters. Please type it again without them."),
            code="control",
        )


def clean_public_text(value, *, multiline):
    """Text from the public as it is stored: normalised, or refused with a ValidationError."""
    value = normalise_public_text(value, multiline=multiline)
    refuse_hidden_characters(value, multiline=multiline)
    return value


def refuse_markup(value):
    """For a name or an organisation: angle brackets are never needed there, and pasted markup stays out."""
    if "<" in value or ">" in value:
        raise forms.ValidationError(
            _("Please write plain text without the characters < and >."), code="markup"
        )


class PublicCharField(forms.CharField):
    """A one-line text field for the public, cleaned by `clean_public_text`.

    The refusal runs as a validator, beside Django's own (length, null characters), so that the writer
    sees every problem at once.
    """

    multiline = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.validators.insert(0, functools.partial(refuse_hidden_characters, multiline=self.multiline))

    def to_python(self, value):
        value = super().to_python(value)
        return normalise_public_text(value, multiline=self.multiline) if value else value


class PublicTextField(PublicCharField):
    """A plain-text textarea for the public; paragraphs are separated by blank lines."""

    multiline = True

    def __init__(self, *args, rows=6, **kwargs):
        kwargs.setdefault("widget", forms.Textarea(attrs={"rows": rows}))
        super().__init__(*args, **kwargs)


def plain_text_to_rich_text(text):
    """Escaped paragraphs for a RichTextField: what the public typed, never as HTML."""
    paragraphs = [part.strip() for part in re.split(r"\n\s*\n", text or "") if part.strip()]
    return "".join("<p>{}</p>".format(escape(part).replace("\n", "<br/>")) for part in paragraphs)


class PublicImageField(forms.FileField):
    """An optional photo: JPEG, PNG or WebP, checked by decoding it, within the size limits."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "widget", forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"})
        )
        super().__init__(*args, **kwargs)

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is None:
            return None
        max_bytes = settings.FORM_MAX_IMAGE_BYTES
        if upload.size > max_bytes:
            raise forms.ValidationError(
                _("The picture is too large. The largest size is %(size)d MB.")
                % {"size": max_bytes // (1024 * 1024)},
                code="too_large",
            )
        content = upload.read()
        upload.seek(0)
        return checked_image(content)


def checked_image(content):
    """Decode the picture fully and return it re-encoded as (bytes, extension), or raise ValidationError."""
    not_an_image = forms.ValidationError(
        _("The file is not a picture we can use. Upload a JPEG, PNG or WebP picture."), code="invalid_image"
    )
    too_many_pixels = forms.ValidationError(
        _("The picture has too many pixels. Make it smaller and try again."), code="bomb"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(content)) as image:
                if image.format not in IMAGE_FORMATS:
                    raise not_an_image
                width, height = image.size
                if width * height > settings.FORM_MAX_IMAGE_PIXELS:
                    raise too_many_pixels
                image_format = image.format
                image.load()
                # Turn the photo upright, then drop its metadata (EXIF may hold where and when it was taken).
                image = ImageOps.exif_transpose(image)
                if image_format == "JPEG" and image.mode not in ("RGB", "L"):
                    image = image.convert("RGB")
                output = io.BytesIO()
                image.save(output, format=image_format)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise too_many_pixels from None
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
            raise not_an_image from None
    return output.getvalue(), IMAGE_FORMATS[image_format]


def save_public_image(checked, title):
    """Store a checked picture through Wagtail's image model, under a name we choose."""
    content, extension = checked
    image_model = get_image_model()
    image = image_model(title=title[:255])
    image.file = ImageFile(io.BytesIO(content), name=f"public-{uuid.uuid4().hex}.{extension}")
    image.file_size = len(content)
    image.save()
    return image
