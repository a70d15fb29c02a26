"""axe-core finds no WCAG 2.1 A/AA or best-practice violation on any page type, in three languages.

Danish is the source language, English the most used translation, Arabic the right-to-left one.
Each page is also kept as a screenshot under var/test-artifacts/screenshots/ for a person to look at.
"""

import pytest

from tests.browser.conftest import inject_axe, save_screenshot

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
    "share",
    "suggest",
    "contact",
    "register",
    "search",
    "not_found",
]
LANGUAGES = ["da", "en", "ar"]
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}
}


def describe(violations):
    lines = []
    for violation in violations:
        targets = [" ".join(map(str, node["target"])) for node in violation["nodes"][:3]]
        lines.append(
            f"- {violation['id']} ({violation['impact']}): {violation['help']} "
            f"[{len(violation['nodes'])} element(s), e.g. {'; '.join(targets)}]"
        )
    return "\n".join(lines)


class TestAxe:
    @pytest.mark.parametrize("language", LANGUAGES)
    @pytest.mark.parametrize("page_type", PAGE_TYPES)
    def test_page_has_no_violations(self, page, portal_pages, page_type, language):
        path = portal_pages[language][page_type]
        assert path, f"the demo site has no {page_type} page in {language}"
        page.goto(path)
        save_screenshot(page, f"{page_type}-{language}")
        inject_axe(page)

        results = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)

        violations = results["violations"]
        assert not violations, f"axe-core on {path}:\n{describe(violations)}"


class TestAxeFormErrors:
    """A public form sent empty comes back with its error summary and field errors, and stays accessible."""

    @pytest.mark.parametrize("language", LANGUAGES)
    @pytest.mark.parametrize("form_type", ["share", "suggest", "contact", "register"])
    def test_form_with_errors_has_no_violations(self, page, portal_pages, form_type, language):
        path = portal_pages[language][form_type]
        assert path, f"the demo site has no {form_type} form in {language}"
        page.goto(path)
        form = page.locator("main form[method=post]").first
        form.evaluate("form => { form.noValidate = true; }")
        with page.expect_navigation():
            form.locator("[type=submit]").first.click()
        assert page.locator("[aria-invalid=true]").count() > 0, f"{path} sent empty showed no field error"
        save_screenshot(page, f"{form_type}-errors-{language}")
        inject_axe(page)

        results = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)

        violations = results["violations"]
        assert not violations, f"axe-core on {path} with errors:\n{describe(violations)}"
