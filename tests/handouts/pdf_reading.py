"""What the handout tests read from a PDF, with pypdf: its text, fonts, language and PDF/UA identification."""

import io
import re

from pypdf import PdfReader

from handouts.fonts import FAMILY_PREFIX


def reader(pdf):
    return PdfReader(io.BytesIO(pdf))


def text(pdf):
    """The text of every page, in the order it is drawn (for Arabic: logical order, as typed)."""
    return "\n".join(page.extract_text() for page in reader(pdf).pages)


def flowing_text(pdf):
    """The text with every line break and run of spaces as one space: a name wrapped over two lines in a
    narrow column reads as written."""
    return " ".join(text(pdf).split())


def fonts(pdf):
    """{font name without its subset prefix: True when its glyphs are embedded (FontFile, 2 or 3)}."""
    found = {}
    for page in reader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptors = [font.get("/FontDescriptor")]
            descriptors += [
                child.get_object().get("/FontDescriptor") for child in font.get("/DescendantFonts", [])
            ]
            embedded = any(
                key in descriptor.get_object()
                for descriptor in descriptors
                if descriptor is not None
                for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            name = str(font["/BaseFont"]).lstrip("/").split("+", 1)[-1]
            found[name] = found.get(name, True) and embedded
    return found


def handout_families(pdf):
    """The font families of the handouts' own faces in the PDF ("Latin", "Arabic" …)."""
    prefix = FAMILY_PREFIX.replace(" ", "-") + "-"
    return {
        re.sub(r"(-(Semi-Bold|Bold|Italic|Oblique))+$", "", name)[len(prefix) :]
        for name in fonts(pdf)
        if name.startswith(prefix)
    }


def language(pdf):
    return str(reader(pdf).trailer["/Root"].get("/Lang", ""))


def title(pdf):
    return reader(pdf).metadata.title


def pdfua_part(pdf):
    """The PDF/UA part the XMP metadata claims (pdfuaid:part), or None."""
    xmp = reader(pdf).trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    match = re.search(r'pdfuaid:part(?:="|>)(\d)', xmp)
    return int(match.group(1)) if match else None


def is_tagged(pdf):
    root = reader(pdf).trailer["/Root"]
    return "/StructTreeRoot" in root and bool(root.get("/MarkInfo", {}).get("/Marked"))
