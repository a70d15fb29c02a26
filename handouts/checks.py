"""A system check: the handouts need Pango, a system library pip cannot install (Debian: libpango-1.0-0,
libpangoft2-1.0-0), which WeasyPrint loads when it is imported.

Without it every handout answers 500 while the rest of the site works; the check says so when the
server starts and at `manage.py check`, instead of the first librarian who asks for a handout finding
out. It only looks for the libraries (importing WeasyPrint would add half a second to every command).
"""

from ctypes.util import find_library

from django.core.checks import Warning, register

PANGO_LIBRARIES = ("pango-1.0", "pangoft2-1.0")


@register()
def pango_installed(app_configs, **kwargs):
    missing = [name for name in PANGO_LIBRARIES if find_library(name) is None]
    if not missing:
        return []
    return [
        Warning(
            f"Handouts cannot be made: WeasyPrint needs Pango, and {', '.join(missing)} is not installed.",
            hint="Install Debian's libpango-1.0-0 and libpangoft2-1.0-0 (docs/handouts.md).",
            id="handouts.W001",
        )
    ]
