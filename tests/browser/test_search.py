"""A visitor searches the portal from the search page."""

import re

from playwright.sync_api import expect


class TestSearch:
    def test_danish_search_lists_a_case_study(self, page, portal_pages):
        page.goto(portal_pages["da"]["search"])
        form = page.locator('form[role="search"], [role="search"] form').first
        form.locator('input[name="q"]').fill("bibliotek")
        form.locator('input[name="q"]').press("Enter")

        expect(page).to_have_url(re.compile(r"[?&]q=bibliotek"))
        results = page.locator(".search-result")
        expect(results.first).to_be_visible()
        case_study_links = results.locator(f'a[href^="{portal_pages["da"]["case_study_index"]}"]')
        expect(case_study_links.first).to_be_visible()
