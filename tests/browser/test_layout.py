"""Layout a visitor notices: Arabic reads right to left, and a narrow phone never scrolls sideways."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import save_screenshot

NARROW = {"width": 320, "height": 640}


class TestRightToLeft:
    def test_arabic_pages_are_right_to_left(self, page, portal_pages):
        page.goto(portal_pages["ar"]["home"])

        expect(page.locator("html")).to_have_attribute("dir", "rtl")

    def test_danish_pages_are_left_to_right(self, page, portal_pages):
        page.goto(portal_pages["da"]["home"])

        expect(page.locator("html")).to_have_attribute("dir", "ltr")


class TestNarrowScreen:
    @pytest.mark.parametrize("language", ["da", "ar"])
    @pytest.mark.parametrize("page_type", ["home", "municipality"])
    def test_no_horizontal_scrolling_at_320_pixels(self, page, portal_pages, page_type, language):
        page.set_viewport_size(NARROW)
        page.goto(portal_pages[language][page_type])
        save_screenshot(page, f"{page_type}-{language}-320px")

        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= NARROW["width"], f"{portal_pages[language][page_type]} is {width} px wide at 320 px"
