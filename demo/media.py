"""Pictures and PDFs for the demo, drawn locally with Pillow so that loading the demo downloads nothing."""

import io
import random

from django.core.files.base import ContentFile
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.documents import get_document_model
from wagtail.images import get_image_model


def generated_image(title, colour, seed=0):
    """A picture of overlapping circles in shades of `colour`, made once per title."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing:
        return existing
    rng = random.Random(seed)
    picture = PillowImage.new("RGB", (1200, 675), colour)
    draw = ImageDraw.Draw(picture)
    for _step in range(14):
        x, y, r = rng.randint(0, 1200), rng.randint(0, 675), rng.randint(40, 220)
        shade = tuple(min(255, max(0, c + rng.randint(-60, 80))) for c in picture.getpixel((0, 0)))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=shade)
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=82)
    return image_model.objects.create(
        title=title, file=ContentFile(buffer.getvalue(), name=f"demo-{seed}.jpg")
    )


def generated_document(title, lines, seed=0):
    """A one-page PDF with the title and `lines` on it, made once per title."""
    document_model = get_document_model()
    existing = document_model.objects.filter(title=title).first()
    if existing:
        return existing
    page = PillowImage.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=44)
    y = 120
    for line in [title, *lines]:
        draw.text((100, y), line, fill="black", font=font)
        y += 80
    buffer = io.BytesIO()
    page.save(buffer, format="PDF")
    return document_model.objects.create(
        title=title, file=ContentFile(buffer.getvalue(), name=f"materiale-{seed}.pdf")
    )
