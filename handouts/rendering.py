"""HTML to tagged PDF with WeasyPrint, reading nothing but the site's own static and media files.

WeasyPrint fetches what a document refers to (stylesheets, fonts, images) through a URL fetcher. Its
default one follows any URL, `file://` included, so a handout could be made to read a local file or call
another server. `SiteFilesFetcher` answers only for the site's static files (the stylesheet and the
fonts), its media files and `data:` URLs (the QR codes), and refuses everything else. A static file of
ours that is missing stops the rendering rather than leaving a handout without its fonts.

The fonts are registered once per process (about 0.4 s with the TrueType bytes kept, handouts.fonts) and
shared by every rendering; renderings in one process take turns, as Pango's font map is not shared
safely between threads (gunicorn's workers are single-threaded processes anyway).
"""

import threading
from urllib.parse import unquote, urlsplit

from django.conf import settings
from PIL import ImageFile
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse

from handouts import fonts
from handouts.files import content_type, read_media, read_static

# Importing WeasyPrint sets Pillow's process-wide LOAD_TRUNCATED_IMAGES (weasyprint/images.py), which would
# make the public forms accept a cut-off picture (publicforms.fields.checked_image). Our handouts only
# embed pictures that passed that check, so Pillow's strict default is put back.
ImageFile.LOAD_TRUNCATED_IMAGES = False

# The origin the process-wide font stylesheet is resolved against; it names no real host (RFC 2606).
INTERNAL_ORIGIN = "https://handouts.invalid"
# PDF/UA-1: tagged, with the document's language and title; WeasyPrint adds the identification.
PDF_VARIANT = "pdf/ua-1"

_lock = threading.Lock()
_shared = {}


class SiteFilesFetcher(URLFetcher):
    """Serves the site's static and media files and `data:` URLs; refuses every other URL."""

    def __init__(self, origins=()):
        super().__init__(fail_on_errors=False)
        self.origins = {INTERNAL_ORIGIN, *(origin.rstrip("/") for origin in origins)}

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return super().fetch(url, headers)
        name = self._name_under(url, settings.STATIC_URL)
        if name is not None:
            try:
                data = read_static(name)
            except FileNotFoundError as error:
                raise FatalURLFetchingError(f"A static file of the handouts is missing: {name}") from error
            return URLFetcherResponse(url, fonts.as_truetype(data), headers=content_type(name))
        name = self._name_under(url, settings.MEDIA_URL)
        if name is not None:
            return URLFetcherResponse(url, read_media(name), headers=content_type(name))
        raise ValueError(f"Handouts read only the site's own files, not {url}")

    def _name_under(self, url, prefix):
        """The file name in `url` under the static or media `prefix`, or None for any other URL."""
        if prefix.startswith(("http://", "https://")):
            if not url.startswith(prefix):
                return None
            name = url[len(prefix) :]
        else:
            parts = urlsplit(url)
            if f"{parts.scheme}://{parts.netloc}" not in self.origins or not parts.path.startswith(prefix):
                return None
            name = parts.path[len(prefix) :]
        name = unquote(name.split("?")[0].split("#")[0])
        if not name or name.startswith("/") or ".." in name.split("/"):
            return None
        return name


def _shared_fonts():
    """The process's font configuration and its @font-face stylesheet, made on first use."""
    if "fonts" not in _shared:
        font_config = FontConfiguration()
        stylesheet = CSS(
            string=fonts.font_face_css(),
            base_url=f"{INTERNAL_ORIGIN}/",
            url_fetcher=SiteFilesFetcher(),
            font_config=font_config,
        )
        _shared["fonts"] = (font_config, stylesheet)
    return _shared["fonts"]


def render_pdf(html, base_url):
    """The PDF of `html`: PDF/UA-1, with its fonts subset and embedded.

    `base_url` is the site's root URL: links in the text become absolute addresses on the site, and the
    stylesheet is read from the site's static files.
    """
    with _lock:
        font_config, font_stylesheet = _shared_fonts()
        fetcher = SiteFilesFetcher(origins=[base_url])
        document = HTML(string=html, base_url=base_url, url_fetcher=fetcher)
        return document.write_pdf(
            stylesheets=[font_stylesheet], font_config=font_config, pdf_variant=PDF_VARIANT
        )
