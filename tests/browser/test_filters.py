"""A visitor narrows a municipality's actors to one sector with the filter form (a plain GET form)."""

import re

import pytest
from playwright.sync_api import expect

SECTOR = "library"
SUBMIT = "button[type=submit], input[type=submit], button:not([type])"


@pytest.fixture
def filter_form(page, portal_pages):
    page.goto(portal_pages["da"]["municipality"])
    form = page.locator("form.filters, form:has(select[name=sector])").first
    expect(form).to_be_visible()
    return form


def choose_sector(form):
    """Pick the sector, submit, and return the sector's label as the form shows it."""
    select = form.locator("select[name=sector]")
    label = select.locator(f'option[value="{SECTOR}"]').inner_text().strip()
    select.select_option(SECTOR)
    form.locator(SUBMIT).first.click()
    return label


def actor_links(page):
    """The actor cards only: the page also lists the municipality's case studies and seminars as cards."""
    section = page.locator("section[aria-labelledby=actors-heading]")
    return [link.get_attribute("href") for link in section.locator(".card__title a").all()]


class TestSectorFilter:
    def test_submitting_a_sector_puts_it_in_the_url(self, page, filter_form):
        choose_sector(filter_form)

        expect(page).to_have_url(re.compile(rf"[?&]sector={SECTOR}(&|$)"))

    def test_only_actors_of_the_chosen_sector_are_listed(self, page, filter_form):
        everyone = actor_links(page)
        sector_label = choose_sector(filter_form)
        page.wait_for_url(re.compile(rf"[?&]sector={SECTOR}"))
        listed = actor_links(page)

        assert 0 < len(listed) < len(everyone)
        actor_page = page.context.new_page()
        for href in listed:
            actor_page.goto(href)
            expect(actor_page.locator("main .meta").first).to_contain_text(sector_label)
