"""What the editor's LIX status does, in headless Chromium, on a small form shaped like Wagtail's.

The form has what the admin's has: a title, a textarea, a Draftail editor's hidden input with its content,
the search description, and a StreamField block marked deleted. No server: the page is set from a string,
with the two scripts and the settings readability/wagtail_hooks.py inserts.
"""

import json
import os
from html import escape
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

from readability.lix import readability
from readability.wagtail_hooks import editor_config

STATIC = Path(settings.BASE_DIR) / "readability" / "static" / "readability"
CHROMIUM = Path("/usr/bin/chromium")
EASY = "Vi har en sprogcafé. Kom og øv dansk."
HARD = (
    "Kommunens integrationsindsats understøttes af tværsektorielle samarbejdsrelationer mellem "
    "biblioteksvæsenet og beskæftigelsesforvaltningen."
)
DRAFTAIL = {
    "blocks": [
        {"key": "a", "text": "Biblioteket er åbent for alle.", "type": "unstyled"},
        {"key": "b", "text": "Gratis", "type": "unordered-list-item"},
    ],
    "entityMap": {},
}


def form_page(summary, locale="da", deleted_text=HARD, search_description=HARD):
    with translation.override("da"):
        config = json.dumps(editor_config())
    script = (STATIC / "lix.js").read_text(encoding="utf-8") + (STATIC / "editor.js").read_text(
        encoding="utf-8"
    )
    return f"""<!doctype html><html lang="da"><body>
<script id="wagtail-config" type="application/json">{json.dumps({"ACTIVE_CONTENT_LOCALE": locale})}</script>
<script id="readability-config" type="application/json">{config}</script>
<form data-edit-form>
  <input type="text" name="title" value="{escape(HARD)}">
  <textarea name="summary">{escape(summary)}</textarea>
  <div class="w-field__input">
    <input type="hidden" name="description" value="{escape(json.dumps(DRAFTAIL))}">
    <div class="Draftail-Editor"></div>
  </div>
  <input type="hidden" name="body-0-deleted" value="1">
  <textarea name="body-0-value-text">{escape(deleted_text)}</textarea>
  <input type="hidden" name="body-1-deleted" value="">
  <textarea name="body-1-value-text">Tak.</textarea>
  <textarea name="search_description">{escape(search_description)}</textarea>
  <footer></footer>
</form>
<script>{script}</script>
</body></html>"""


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"Chromium is needed at {CHROMIUM}")
        pytest.skip(f"Chromium not found at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    page = browser.new_page()
    yield page
    page.close()


def status_of(page):
    status = page.locator(".readability-status")
    return {
        "shown": status.count() == 1 and status.is_visible(),
        "band": status.get_attribute("data-band") if status.count() else None,
        "words": int(status.get_attribute("data-words") or 0) if status.count() else None,
        "hint": status.count() == 1 and page.locator(".readability-status__hint").is_visible(),
        "score": page.locator(".readability-status__score").inner_text() if status.count() else None,
    }


class TestTheStatus:
    def test_it_shows_the_score_the_report_would_store(self, page):
        """The summary, the Draftail blocks and the live StreamField block; not the title, the search
        description or the deleted block."""
        page.set_content(form_page(EASY))
        expected = readability("\n".join([EASY, "Biblioteket er åbent for alle.\nGratis", "Tak."]))
        status = status_of(page)
        assert status["shown"]
        assert status["words"] == expected.words
        assert status["score"] == f"LIX {expected.score}"
        assert status["band"] == expected.band.key

    def test_an_easy_text_gets_no_hint(self, page):
        page.set_content(form_page(EASY))
        assert not status_of(page)["hint"]

    def test_a_hard_text_gets_the_hint(self, page):
        page.set_content(form_page(HARD + " " + HARD))
        status = status_of(page)
        assert status["band"] == "very_hard"
        assert status["hint"]

    def test_it_follows_the_typing(self, page):
        page.set_content(form_page(EASY))
        page.locator("textarea[name=summary]").fill(HARD + " " + HARD + " " + HARD)
        page.wait_for_timeout(700)
        assert status_of(page)["band"] == "very_hard"
        assert status_of(page)["hint"]

    def test_a_block_deleted_while_editing_is_left_out(self, page):
        page.set_content(form_page(EASY))
        before = status_of(page)["words"]
        page.evaluate("document.querySelector('[name=\"body-1-deleted\"]').value = '1'")
        page.locator("textarea[name=summary]").dispatch_event("input")
        page.wait_for_timeout(700)
        assert status_of(page)["words"] == before - 1

    def test_it_does_not_show_for_a_translation(self, page):
        page.set_content(form_page(EASY, locale="en"))
        assert page.locator(".readability-status").count() == 0

    def test_an_empty_text_has_no_score(self, page):
        page.set_content(form_page(""))
        page.evaluate(
            "document.querySelectorAll('textarea').forEach((t) => { t.value = ''; });"
            "document.querySelector('[name=description]').value = 'null';"
        )
        page.locator("textarea[name=summary]").dispatch_event("input")
        page.wait_for_timeout(700)
        status = status_of(page)
        assert (status["shown"], status["band"], status["hint"]) == (True, "empty", False)
