"""A visitor finds their way: from the front page to a municipality's actors, and between languages."""

import re

from playwright.sync_api import expect


class TestFindingAnActor:
    def test_municipality_actors_are_two_clicks_from_home(self, page):
        page.goto("/da/")
        page.get_by_role("navigation").get_by_role("link", name="Kommuner", exact=True).first.click()
        page.locator("main").get_by_role("link", name="Aarhus", exact=True).click()

        expect(page.locator("h1")).to_have_text("Aarhus")
        expect(page.locator(".card__title a").first).to_be_visible()

    def test_actor_card_opens_the_actor_details(self, page, portal_pages):
        page.goto(portal_pages["da"]["municipality"])
        card_link = page.locator(".card__title a").first
        name = card_link.inner_text()
        card_link.click()

        expect(page.locator("h1")).to_have_text(name)
        expect(page.locator("main .meta").first).to_contain_text("Aarhus")
        expect(page.locator("main dl.facts dt").first).to_be_visible()


class TestFooter:
    def test_links_to_the_accessibility_statement(self, page, portal_pages):
        page.goto("/da/")
        statement = page.locator(f'footer a[href="{portal_pages["da"]["standard"]}"]')

        expect(statement).to_have_count(1)


class TestLanguageSwitcher:
    def test_english_link_opens_the_same_case_study_in_english(self, page, portal_pages):
        page.goto(portal_pages["da"]["case_study"])
        page.locator('nav.language-switcher a[hreflang="en"]').click()

        expect(page).to_have_url(re.compile(re.escape(portal_pages["en"]["case_study"]) + "$"))
        expect(page.locator("html")).to_have_attribute("lang", "en")
