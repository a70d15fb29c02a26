"""Reading in Arabic: the interface stays right to left, and only fallback content and names read left to
right, each isolated so that it reads whole (issue 17).

Checked in the DOM of the rendered demo site, per page type, in translated pages and in pages whose
content falls back to English: the direction the browser computes for interface text, the attributes that
isolate URLs and Latin names, the language and direction that fallback content carries.
"""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import save_screenshot

PAGE_TYPES = [
    "home",
    "municipality_index",
    "municipality",
    "actor",
    "case_study_index",
    "case_study",
    "seminar_index",
    "seminar",
    "standard",
]

# Every text in <main> that is written in Latin letters only (a name, a URL, an English fallback) must
# sit in an element that isolates it from the Arabic around it: a <bdi>, an element with a dir attribute,
# or content marked with a language of its own. Text mixing both scripts is a translation that names
# something in Latin letters; the browser's bidi algorithm places those words within it.
UNISOLATED_LATIN_TEXT = r"""() => {
    const arabic = /[\u0600-\u06FF]/, latin = /[A-Za-z]/;
    const isolated = (element) => element.closest('bdi, [dir]:not(html), [lang]:not(html):not([lang="ar"])');
    const found = [];
    const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.data.trim(), parent = node.parentElement;
        if (!latin.test(text) || arabic.test(text) || parent.closest('script, style, .sr-only')) continue;
        if (!isolated(parent)) found.push(`${parent.tagName.toLowerCase()}: ${text.slice(0, 60)}`);
    }
    return found;
}"""

# Interface text (headings, labels, the notice) has no lang of its own: it must compute right to left,
# also when the page's content is a fallback (the whole content area once turned left to right).
INTERFACE_LEFT_TO_RIGHT = r"""() => {
    const found = [];
    const interfaceText = 'main :is(h2, h3, dt, label, .translation-notice, .result-count)';
    for (const element of document.querySelectorAll(interfaceText)) {
        if (element.closest('[lang]:not(html):not(.portal-content):not([lang="ar"])')) continue;
        if (getComputedStyle(element).direction !== 'rtl') {
            found.push(`${element.tagName.toLowerCase()}: ${element.textContent.trim().slice(0, 60)}`);
        }
    }
    return found;
}"""

# A URL, an e-mail address or a phone number shown as a link reads left to right as one piece.
LINKS_NOT_LEFT_TO_RIGHT = r"""() => Array.from(document.querySelectorAll('main a'))
    .filter((link) => /^(https?:|mailto:|tel:)/.test(link.getAttribute('href') || ''))
    .filter((link) => /^(https?:\/\/|\+?[0-9 ]+$|[^ ]+@)/.test(link.textContent.trim()))
    .filter((link) => getComputedStyle(link).direction !== 'ltr' || !link.closest('bdi, [dir]:not(html)'))
    .map((link) => link.textContent.trim())"""


def fallback_path(page, index_path, card_selector):
    """The address of the first card on `index_path` whose content falls back (its heading has a lang)."""
    page.goto(index_path)
    link = page.locator(f"{card_selector}[lang] a").first
    expect(link).to_have_count(1)
    return link.get_attribute("href")


@pytest.fixture(scope="module")
def arabic_fallback_pages(chromium, demo_server, portal_pages):
    """Arabic addresses of a seminar, a case study and an actor whose content is English (a fallback)."""
    context = chromium.new_context(base_url=demo_server.url)
    tab = context.new_page()
    arabic = portal_pages["ar"]
    try:
        return {
            "seminar": fallback_path(tab, arabic["seminar_index"], ".card__title"),
            "case_study": fallback_path(tab, arabic["case_study_index"], ".card__title"),
            "actor": fallback_path(tab, arabic["municipality"], ".card__title"),
        }
    finally:
        context.close()


def check_reading_order(page, path):
    page.goto(path)
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    assert page.evaluate("getComputedStyle(document.querySelector('.portal-content')).direction") == "rtl"
    assert page.evaluate(INTERFACE_LEFT_TO_RIGHT) == [], f"interface text left to right on {path}"
    assert page.evaluate(UNISOLATED_LATIN_TEXT) == [], f"Latin text not isolated on {path}"
    assert page.evaluate(LINKS_NOT_LEFT_TO_RIGHT) == [], f"links not left to right on {path}"


class TestArabicReadsRightToLeft:
    @pytest.mark.parametrize("page_type", PAGE_TYPES)
    def test_translated_page(self, page, portal_pages, page_type):
        check_reading_order(page, portal_pages["ar"][page_type])

    @pytest.mark.parametrize("page_type", ["seminar", "case_study", "actor"])
    def test_page_whose_content_falls_back_to_english(self, page, arabic_fallback_pages, page_type):
        path = arabic_fallback_pages[page_type]
        check_reading_order(page, path)
        heading = page.locator("main h1")
        expect(heading).to_have_attribute("lang", "en")
        expect(heading).to_have_attribute("dir", "ltr")
        save_screenshot(page, f"{page_type}-fallback-ar")

    def test_fallback_cards_date_reads_in_arabic_inside_the_right_to_left_card(self, page, portal_pages):
        page.goto(portal_pages["ar"]["seminar_index"])
        card = page.locator(".card", has=page.locator(".card__title[lang='en']")).first
        date = card.locator("time")
        assert card.evaluate("card => getComputedStyle(card).direction") == "rtl"
        assert date.evaluate("time => getComputedStyle(time).direction") == "rtl"
        assert date.evaluate("time => (time.closest('[lang]:not(html)') || {lang: 'ar'}).lang") == "ar"


class TestLanguageSwitcher:
    def test_a_fallback_page_offers_every_language_and_marks_the_readers(self, page, arabic_fallback_pages):
        page.goto(arabic_fallback_pages["seminar"])
        links = page.locator("nav.language-switcher a")
        expect(links).to_have_count(5)
        current = page.locator('nav.language-switcher a[aria-current="true"]')
        expect(current).to_have_attribute("hreflang", "ar")
        for code in ("da", "en", "uk", "pl"):
            link = page.locator(f'nav.language-switcher a[hreflang="{code}"]')
            assert page.request.get(link.get_attribute("href")).status == 200, code


PHONE = {"width": 390, "height": 844}


class TestOnAPhone:
    def test_a_large_municipalitys_page_stays_short_and_its_cooperation_compact(self, page, portal_pages):
        page.set_viewport_size(PHONE)
        page.goto(portal_pages["da"]["municipality"])
        save_screenshot(page, "municipality-da-390px")
        height = page.evaluate("document.documentElement.scrollHeight")
        cooperation = page.evaluate("document.querySelector('.cooperation').getBoundingClientRect().height")
        # Aarhus was 11,600 px tall at 390 px, 3,700 of them the cooperation list repeating its examples.
        assert height < 9000, f"{height} px"
        assert cooperation < 1600, f"{cooperation} px"

    def test_the_filter_fields_line_up(self, page, portal_pages):
        page.goto(portal_pages["da"]["municipality"])
        tops = page.evaluate(
            "Array.from(document.querySelectorAll('[aria-labelledby=\"actor-filters-heading\"] select'))"
            ".map((select) => Math.round(select.getBoundingClientRect().top))"
        )
        assert len(tops) > 1 and len(set(tops)) == 1, tops

    def test_no_list_bullet_stands_alone_above_a_case_study(self, page, portal_pages):
        page.goto(portal_pages["da"]["case_study"])
        page.locator('[aria-labelledby="participants-heading"] a').first.click()
        items = page.locator('[aria-labelledby="case-studies-heading"] li')
        expect(items.first).to_be_visible()
        bullets = page.evaluate(
            "Array.from(document.querySelectorAll('[aria-labelledby=\"case-studies-heading\"] li'))"
            ".map((item) => getComputedStyle(item, '::before').content)"
            ".filter((content) => content && content !== 'none' && content !== '\"\"')"
        )
        assert bullets == []

    def test_long_words_hyphenate_by_the_language_of_their_text(self, page, portal_pages):
        page.set_viewport_size(PHONE)
        page.goto(portal_pages["en"]["seminar"])
        hyphens = page.evaluate("getComputedStyle(document.querySelector('main h1')).hyphens")
        assert hyphens == "auto"
