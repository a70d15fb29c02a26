"""The admin speaks Danish: every string of the installed Wagtail apps and wagtail-localize has the project's
own Danish translation (`locale/admin/da/`, kept up to date with `manage.py update_admin_catalogue`)."""

import json
import re

import polib
import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from languages.management.commands.update_admin_catalogue import DOMAINS, admin_catalogue_dir, source_entries

PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")


def admin_catalogue(domain):
    return polib.pofile(str(admin_catalogue_dir() / f"{domain}.po"))


def translations_of(entry):
    return [entry.msgstr] if not entry.msgid_plural else list(entry.msgstr_plural.values())


def forms_of(entry):
    """(English, Danish) pairs: the singular against msgstr[0], the plural against the other forms."""
    if not entry.msgid_plural:
        return [(entry.msgid, entry.msgstr)]
    return [(entry.msgid if n == 0 else entry.msgid_plural, text) for n, text in entry.msgstr_plural.items()]


@pytest.mark.parametrize("domain", DOMAINS)
def test_every_string_of_the_installed_packages_is_translated(domain):
    """Fails after an upgrade that adds admin strings: run `manage.py update_admin_catalogue`, translate."""
    ours = {(e.msgctxt, e.msgid): e for e in admin_catalogue(domain) if not e.obsolete}
    missing = [key[1] for key in source_entries(domain) if key not in ours]
    untranslated = [
        e.msgid for e in ours.values() if e.fuzzy or not all(text.strip() for text in translations_of(e))
    ]
    assert not missing, f"{len(missing)} new {domain} strings, e.g. {missing[:5]}: run update_admin_catalogue"
    assert not untranslated, f"{len(untranslated)} {domain} strings to translate, e.g. {untranslated[:5]}"


@pytest.mark.parametrize("domain", DOMAINS)
def test_translations_keep_their_placeholders(domain):
    wrong = [
        english
        for e in admin_catalogue(domain)
        for english, text in forms_of(e)
        if sorted(set(PLACEHOLDER.findall(english))) != sorted(set(PLACEHOLDER.findall(text)))
    ]
    assert not wrong, f"placeholders differ in {wrong[:10]}"


def test_the_admin_catalogue_wins_over_wagtails_own():
    """Wagtail's own Danish says "Gem skitse"; the project's catalogue is the one Django uses."""
    ours = {e.msgid: e.msgstr for e in admin_catalogue("django")}
    with translation.override("da"):
        assert translation.gettext("Save draft") == ours["Save draft"]
        assert translation.gettext("More actions") == ours["More actions"] != "More actions"


def test_project_strings_win_over_the_admin_catalogue():
    with translation.override("da"):
        assert translation.gettext("Translators") == "Oversættere"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url_name", ["wagtailadmin_javascript_catalog", "wagtail_localize:javascript_catalog"]
)
def test_the_javascript_catalogues_are_danish(url_name, admin_user):
    """The admin's scripts and wagtail-localize's translation editor read their strings from these views."""
    ours = admin_catalogue("djangojs")
    sample = next(e for e in ours if not e.msgid_plural and e.msgstr and e.msgstr != e.msgid)
    client = Client()
    client.force_login(admin_user)
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "da"
    profile.save()
    response = client.get(reverse(url_name))
    assert response.status_code == 200
    assert json.dumps(sample.msgstr)[1:-1].encode() in response.content
