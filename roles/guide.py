"""The editor guide (docs/editor-guide.md, docs/editor-guide.en.md) in the admin, under Help.

The guide the librarians work from is the one in docs/, with the screenshots that
tests/browser/test_editor_guide.py takes of the real admin; the admin shows that same file, so there is
one guide to keep up to date. It takes the place of Wagtail's "Editor Guide" item, which links out to
Wagtail's English guide of Wagtail in general. "What's new in Wagtail" goes too: it is Wagtail's English
release notes on an outside site, and its "new" badge on Help after every upgrade would lead a librarian
there first. What is left of the menu is our guide and Wagtail's keyboard shortcuts, both in the
user's admin language.

**Language.** The guide exists in Danish and English: an English admin user reads the English one, every
other user the Danish one; a Ukrainian, Arabic or Polish user gets a note in their own language that
says so, with a link to the English guide (`?language=en`, which any user may choose).

**Markdown, safely.** Python-Markdown renders the file, with its tables and table-of-contents
extensions. The file is ours, but its HTML goes into the admin, so it is held to plain Markdown:
raw HTML in it is shown as text, not passed through (the two parts of Python-Markdown that pass raw
HTML on, the `html_block` preprocessor and the `html` inline pattern, are taken out); a link keeps its
address only if it is a fragment, http(s) or mailto (anything else, `javascript:` included, becomes
plain text); an image must be one of the guide's screenshots (`images/<language>/<name>.png`), whose
address is rewritten to `editor_guide_image`; any other image becomes its alt text. The document's
first-level heading is left out: the admin's own header above it already names the page.

**Screenshots.** `editor_guide_image` serves only a name that is among the PNG files in
docs/images/<language>/ (an exact match against the folder's listing, not a path built from the
request), so no name from outside can reach another file.

**Cost.** A guide is rendered once per process and version of its file (the key includes the file's
modification time), and a folder listed once per version of the folder: a request costs a `stat`.
"""

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import PIL.Image
from django.conf import settings
from django.http import FileResponse, Http404
from django.urls import path, reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View
from markdown import Markdown
from markdown.extensions import Extension
from markdown.extensions.toc import TocExtension, slugify_unicode
from markdown.treeprocessors import Treeprocessor
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

GUIDE_FILES = {"da": "editor-guide.md", "en": "editor-guide.en.md"}
DEFAULT_LANGUAGE = "da"
SCREENSHOT = re.compile(r"images/(?P<language>[a-z]{2})/(?P<name>[a-z0-9-]+\.png)")
SAFE_LINK = re.compile(r"#|https?://|mailto:", re.IGNORECASE)
# Wagtail's own Help menu items that the guide replaces (wagtail/admin/wagtail_hooks.py).
WAGTAIL_GUIDE_ITEM = "editor-guide"
WAGTAIL_WHATS_NEW_ITEM = "whats-new-in-wagtail-"


def docs_folder():
    return Path(settings.BASE_DIR) / "docs"


def guide_language(admin_language, chosen=None):
    """The guide's language: the one chosen if the guide exists in it, else the admin's, else Danish."""
    for language in (chosen, admin_language):
        if language in GUIDE_FILES:
            return language
    return DEFAULT_LANGUAGE


@dataclass(frozen=True)
class Guide:
    language: str
    toc: SafeString
    body: SafeString


class GuideTreeprocessor(Treeprocessor):
    """Drops the title, points the screenshots at the admin and keeps links to safe addresses."""

    def run(self, root):
        title = root.find("h1")
        if title is not None:
            root.remove(title)
        for image in root.iter("img"):
            match = SCREENSHOT.fullmatch(image.get("src", ""))
            if match:
                image.set("src", reverse("editor_guide_image", kwargs=match.groupdict()))
                image.set("loading", "lazy")
                if file := screenshot_file(**match.groupdict()):
                    # The browser keeps the picture's place before it loads, so a jump to a heading lands.
                    with PIL.Image.open(file) as picture:
                        width, height = picture.size
                    image.set("width", str(width))
                    image.set("height", str(height))
            else:
                alt = image.get("alt", "")
                as_text(image)
                image.text = alt
        for link in root.iter("a"):
            if not SAFE_LINK.match(link.get("href", "")):
                as_text(link)


def as_text(element):
    """The element, in place, as a plain span (ElementTree has no link to the parent to remove it)."""
    element.tag = "span"
    element.attrib.clear()


class GuideExtension(Extension):
    def extendMarkdown(self, md):
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        # After the inline patterns have made the images and links (20), before the others tidy up.
        md.treeprocessors.register(GuideTreeprocessor(md), "editor_guide", 15)


def render(text, language):
    """The guide's Markdown as HTML, with the table of contents of its second- and third-level headings."""
    md = Markdown(
        extensions=[
            "tables",
            TocExtension(slugify=slugify_unicode, toc_depth="2-3"),
            GuideExtension(),
        ],
        output_format="html",
    )
    body = md.convert(text)
    # Both are built by Python-Markdown from a tree in which raw HTML was never parsed, only escaped.
    return Guide(language=language, toc=mark_safe(md.toc), body=mark_safe(body))


@lru_cache(maxsize=8)
def _rendered(file, language, mtime_ns):
    return render(file.read_text(encoding="utf-8"), language)


def guide(language):
    file = docs_folder() / GUIDE_FILES[language]
    return _rendered(file, language, file.stat().st_mtime_ns)


@lru_cache(maxsize=8)
def _listed(folder, mtime_ns):
    with os.scandir(folder) as entries:
        return frozenset(
            entry.name
            for entry in entries
            if entry.name.endswith(".png") and entry.is_file(follow_symlinks=False)
        )


def screenshot_file(language, name):
    """The screenshot's file if `name` is one of the PNG files in the language's folder, else None."""
    if language not in GUIDE_FILES:
        return None
    folder = docs_folder() / "images" / language
    try:
        names = _listed(folder, folder.stat().st_mtime_ns)
    except FileNotFoundError:
        return None
    return folder / name if name in names else None


class EditorGuideView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "roles/editor_guide.html"
    page_title = _("Editor guide")
    header_icon = "help"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    @cached_property
    def guide(self):
        return guide(guide_language(translation.get_language(), self.request.GET.get("language")))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "guide": self.guide,
                "guide_not_in_admin_language": translation.get_language() not in GUIDE_FILES,
                "other_language": "en" if self.guide.language == "da" else "da",
            }
        )
        return context


class ScreenshotView(View):
    """One of the guide's screenshots (GET only: it reads a file and changes nothing)."""

    http_method_names = ["get", "head"]

    def get(self, request, language, name):
        file = screenshot_file(language, name)
        if file is None:
            raise Http404
        response = FileResponse(file.open("rb"), content_type="image/png")
        response["Cache-Control"] = "private, max-age=3600"
        return response


def admin_urls():
    return [
        path("guide/", EditorGuideView.as_view(), name="editor_guide"),
        path("guide/images/<str:language>/<str:name>", ScreenshotView.as_view(), name="editor_guide_image"),
    ]


def help_menu_item():
    return MenuItem(
        _("Editor guide"), reverse("editor_guide"), name="portal-editor-guide", icon_name="help", order=1000
    )


def without_wagtails_guide(request, menu_items):
    """Takes Wagtail's outside links (its English guide and release notes) out of the Help menu."""
    menu_items[:] = [
        item
        for item in menu_items
        if item.name != WAGTAIL_GUIDE_ITEM and not item.name.startswith(WAGTAIL_WHATS_NEW_ITEM)
    ]
