"""Screenshots of the real admin for the editor guide (docs/editor-guide.md and docs/editor-guide.en.md).

Each role's demo user logs in and walks through what the guide describes; every step checks that what the
guide promises is on the screen (the editor sees "submit", never "publish"; the coordinator has the actor
waiting for review), then saves a PNG. A test run leaves the working tree clean: the PNGs go to
var/test-artifacts/editor-guide/<language>/ unless UPDATE_EDITOR_GUIDE=1 (`make guide`) asks for
docs/images/<language>/, where the guides link them.
"""

import json
import os

import pytest
from playwright.sync_api import expect

from roles.groups import DEMO_PASSWORD
from tests.browser.conftest import ROOT

if os.environ.get("UPDATE_EDITOR_GUIDE") == "1":
    IMAGES = ROOT / "docs" / "images"
else:
    IMAGES = ROOT / "var" / "test-artifacts" / "editor-guide"
VIEWPORT = {"width": 1280, "height": 860}
ANIMATION_MS = 700


@pytest.fixture(scope="module", params=["da", "en"])
def guide(request, demo_server):
    """The admin language of the demo users, and the admin URLs the guide shows."""
    output = demo_server.manage(
        "shell", "-c", f"from tests.browser.guide_setup import main; main({request.param!r})"
    )
    info = json.loads(output.strip().splitlines()[-1])
    folder = IMAGES / request.param
    folder.mkdir(parents=True, exist_ok=True)
    return {"language": request.param, "folder": folder, **info}


@pytest.fixture
def tab(chromium, demo_server):
    context = chromium.new_context(base_url=demo_server.url, viewport=VIEWPORT)
    context.set_default_timeout(20_000)
    yield context.new_page()
    context.close()


def shoot(tab, guide, name):
    """A viewport-sized PNG, taken once the admin's opening animations (menus, dialogs) have finished."""
    tab.wait_for_timeout(ANIMATION_MS)
    tab.screenshot(path=guide["folder"] / f"{name}.png")


def log_in(tab, username):
    tab.goto("/admin/login/")
    tab.fill("input[name=username]", username)
    tab.fill("input[name=password]", DEMO_PASSWORD)
    tab.locator("form button[type=submit]").click()
    expect(tab.locator("#awaiting-review-section, main").first).to_be_visible()


def open_action_menu(tab):
    tab.locator("footer .w-dropdown-button [data-w-dropdown-target=toggle]").last.click()


class TestEditorGuide:
    def test_logging_in(self, tab, guide):
        tab.goto("/admin/login/")
        expect(tab.locator("input[name=username]")).to_be_visible()
        shoot(tab, guide, "login")

    def test_municipality_editor_adds_and_updates_actors(self, tab, guide):
        log_in(tab, "redaktor-aarhus")
        shoot(tab, guide, "editor-dashboard")

        tab.goto("/admin/snippets/directory/actor/")
        expect(tab.get_by_text(guide["actor_name"], exact=True).first).to_be_visible()
        shoot(tab, guide, "editor-actors")

        tab.goto(guide["actor_edit"])
        expect(tab.locator("input[name=name]")).to_have_value(guide["actor_name"])
        shoot(tab, guide, "editor-actor-edit")
        open_action_menu(tab)
        footer = tab.locator("footer")
        expect(footer.locator("button[name=action-submit]")).to_be_visible()
        expect(footer.locator("button[name=action-publish]")).to_have_count(0)
        shoot(tab, guide, "editor-submit")

    def test_municipality_editor_edits_the_municipality_page(self, tab, guide):
        log_in(tab, "redaktor-aarhus")
        tab.goto(guide["aarhus_page"])
        expect(tab.locator("input[name=title]")).to_have_value("Aarhus")
        shoot(tab, guide, "editor-municipality")

    def test_municipality_editor_writes_a_case_study(self, tab, guide):
        log_in(tab, "redaktor-aarhus")
        tab.goto(guide["case_study_add"])
        expect(tab.locator("input[name=title]")).to_be_visible()
        shoot(tab, guide, "editor-case-study")

    def test_seminar_organiser_publishes_a_seminar_and_its_summary(self, tab, guide):
        log_in(tab, "arrangoer")
        tab.goto(guide["seminar_edit"])
        expect(tab.locator("input[name=title]")).to_be_visible()
        shoot(tab, guide, "organiser-seminar")
        tab.locator("[data-contentpath=summary]").first.evaluate(
            "field => field.scrollIntoView({block: 'start'})"
        )
        shoot(tab, guide, "organiser-summary")

        tab.goto(guide["registrations"])
        expect(tab.locator("main")).to_be_visible()
        shoot(tab, guide, "organiser-registrations")

    def test_coordinator_moderates(self, tab, guide):
        log_in(tab, "koordinator")
        panel = tab.locator("#awaiting-review-section")
        expect(panel.get_by_text(guide["waiting_name"]).first).to_be_visible()
        panel.scroll_into_view_if_needed()
        shoot(tab, guide, "coordinator-dashboard")

        panel.locator("[data-w-dropdown-target=toggle]").first.click()
        panel.locator("button[data-workflow-action-url*='/reject/']").first.click()
        expect(tab.locator(".modal textarea, [role=dialog] textarea").first).to_be_visible()
        shoot(tab, guide, "coordinator-request-changes")

    def test_translator_translates(self, tab, guide):
        log_in(tab, "oversaetter")
        tab.goto("/admin/snippets/directory/actor/?locale=en")
        shoot(tab, guide, "translator-actors")
        tab.goto(guide["english_actor_edit"])
        expect(tab.locator("main")).to_be_visible()
        shoot(tab, guide, "translator-editor")
