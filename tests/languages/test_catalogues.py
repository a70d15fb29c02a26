"""Every interface string is translated in all five catalogues, and the catalogues match the code."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w*\}")


def catalogue(code):
    return polib.pofile(str(LOCALE_DIR / code / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_catalogue_has_no_untranslated_or_fuzzy_entries(code):
    entries = catalogue(code)
    missing = [entry.msgid for entry in entries.untranslated_entries()]
    fuzzy = [entry.msgid for entry in entries.fuzzy_entries()]
    assert not missing, f"{code}: untranslated: {missing[:10]}"
    assert not fuzzy, f"{code}: fuzzy: {fuzzy[:10]}"


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_translations_keep_their_placeholders(code):
    wrong = []
    for entry in catalogue(code).translated_entries():
        translations = [entry.msgstr] if not entry.msgid_plural else list(entry.msgstr_plural.values())
        for text in translations:
            if sorted(set(PLACEHOLDER.findall(entry.msgid))) != sorted(set(PLACEHOLDER.findall(text))):
                wrong.append(entry.msgid)
    assert not wrong, f"{code}: placeholders differ in {wrong[:10]}"


def test_catalogues_are_not_stale(tmp_path):
    """Extract the strings from the code afresh and compare them with the committed catalogue."""
    if shutil.which("xgettext") is None:
        if os.environ.get("CI"):
            pytest.fail("xgettext (GNU gettext) is missing on CI; .ci/run installs it.")
        pytest.skip("xgettext (GNU gettext) is not installed: the stale-catalogue check needs it.")
    project = tmp_path / "project"
    shutil.copytree(
        settings.BASE_DIR,
        project,
        ignore=shutil.ignore_patterns(".venv", "var", ".git", "node_modules", "tests", "__pycache__", "*.mo"),
    )
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "da",
            "--no-obsolete",
            "--ignore=*/demo_content.py",
        ],
        cwd=project,
        check=True,
        capture_output=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"},
    )
    fresh = {(e.msgctxt, e.msgid) for e in polib.pofile(str(project / "locale/da/LC_MESSAGES/django.po"))}
    committed = {(e.msgctxt, e.msgid) for e in catalogue("da")}
    assert fresh - committed == set(), "strings in the code that the catalogues lack: run `make makemessages`"
    assert committed - fresh == set(), (
        "strings in the catalogues the code no longer has: run `make makemessages`"
    )
