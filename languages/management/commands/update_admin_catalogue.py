"""Keep the project's Danish catalogue of the admin's third-party strings up to date with the packages.

Wagtail ships Danish for about a fifth of its admin and wagtail-localize for 3 of its 78 strings, so the
project keeps its own Danish translation of every string of the Wagtail apps it installs (and of
wagtail-localize, including its React editor) in `locale/admin/da/LC_MESSAGES/django.po` and `djangojs.po`.
That folder is the second entry of `LOCALE_PATHS`, so Django prefers it to the packages' own catalogues
and the project's `locale/` comes first of all.

After an upgrade, run `manage.py update_admin_catalogue`: it adds the strings a package gained (with the
package's own Danish, if any, marked fuzzy for review, or empty) and marks the ones it lost obsolete.
`tests/languages/test_admin_catalogue.py` fails until each is translated, so an upgrade that adds English
to the admin is caught before a librarian meets it.
"""

from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand

DOMAINS = ("django", "djangojs")
LANGUAGE = "da"
HEADER = {
    "Project-Id-Version": "Erfaringsportalen admin",
    "Language": LANGUAGE,
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=2; plural=(n != 1);",
}


def admin_catalogue_dir():
    return Path(settings.BASE_DIR) / "locale" / "admin" / LANGUAGE / "LC_MESSAGES"


def translated_packages():
    """The installed apps whose admin strings the project translates: Wagtail's and wagtail-localize's."""
    for config in apps.get_app_configs():
        if config.name == "wagtail" or config.name.startswith(("wagtail.", "wagtail_localize")):
            yield config


def source_entries(domain):
    """{(msgctxt, msgid): (entry, [app names], package's own Danish entry)} from the installed packages.

    A package's English catalogue lists every string it has; its Danish one only those translated."""
    entries = {}
    for config in translated_packages():
        locale = Path(config.path) / "locale"
        english = locale / "en" / "LC_MESSAGES" / f"{domain}.po"
        if not english.exists():
            continue
        danish_path = locale / LANGUAGE / "LC_MESSAGES" / f"{domain}.po"
        danish = {}
        if danish_path.exists():
            danish = {(e.msgctxt, e.msgid): e for e in polib.pofile(str(danish_path)) if e.translated()}
        for entry in polib.pofile(str(english)):
            if entry.obsolete:
                continue
            key = (entry.msgctxt, entry.msgid)
            _, names, _ = entries.setdefault(key, (entry, [], danish.get(key)))
            names.append(config.name)
    return entries


class Command(BaseCommand):
    help = "Add new third-party admin strings to locale/admin/da and mark removed ones obsolete."

    def handle(self, *args, **options):
        folder = admin_catalogue_dir()
        folder.mkdir(parents=True, exist_ok=True)
        for domain in DOMAINS:
            path = folder / f"{domain}.po"
            catalogue = polib.pofile(str(path), wrapwidth=0) if path.exists() else polib.POFile(wrapwidth=0)
            catalogue.metadata = {**HEADER, **{k: v for k, v in catalogue.metadata.items() if k in HEADER}}
            ours = {(e.msgctxt, e.msgid): e for e in catalogue}
            sources = source_entries(domain)
            added = 0
            for key, (entry, names, danish) in sources.items():
                occurrences = [(name.replace(".", "/"), "") for name in names]
                if key in ours:
                    ours[key].occurrences = occurrences
                    ours[key].obsolete = False
                    continue
                new = polib.POEntry(
                    msgctxt=entry.msgctxt,
                    msgid=entry.msgid,
                    msgid_plural=entry.msgid_plural,
                    msgstr="",
                    msgstr_plural={0: "", 1: ""} if entry.msgid_plural else {},
                    occurrences=occurrences,
                    flags=[flag for flag in entry.flags if flag != "fuzzy"],
                )
                if danish is not None:
                    new.msgstr = danish.msgstr
                    new.msgstr_plural = dict(danish.msgstr_plural)
                    new.flags.append("fuzzy")
                catalogue.append(new)
                added += 1
            removed = 0
            for key, entry in ours.items():
                if key not in sources and not entry.obsolete:
                    entry.obsolete = True
                    removed += 1
            catalogue.sort(
                key=lambda e: (e.obsolete, e.occurrences[0][0] if e.occurrences else "", e.linenum or 0)
            )
            catalogue.save(str(path))
            untranslated = sum(1 for e in catalogue if not e.obsolete and (not e.translated() or e.fuzzy))
            self.stdout.write(
                f"{path.relative_to(settings.BASE_DIR)}: {added} added, {removed} obsolete, "
                f"{untranslated} to translate"
            )
