"""A template loader that mends a few of Wagtail's admin templates as they are read, rather than copying
whole templates to change one attribute.

**Words in English without gettext.**
Wagtail 8.0 has a handful of literal English words in its templates: the screen-reader label of the
header's action bar (`aria-label="Actions"`) and the hidden submit button of the admin search boxes
(`value="Search"`). A Danish librarian's screen reader reads them out in English. The loader (used in
place of Django's app-directories loader) wraps those words in `{% translate %}`; Wagtail's catalogue
already has both words, and so does the project's Danish admin catalogue.

**No autosave before the first save.** On the form of a new page, Wagtail's autosave creates the page as
a draft as soon as the editor types, before they have decided to save anything; an abandoned form leaves
an untitled draft in the tree, inside the approval workflow. The page create form is rendered without
the autosave controller (Wagtail offers only the site-wide `WAGTAIL_AUTOSAVE_INTERVAL`, which would
switch it off while editing too). Once saved, the page autosaves as usual. Actors get the same through
their create view (`directory.permissions.ActorCreateView`).

**Our editor guide, not Wagtail's.** The dashboard's account panel links to Wagtail's English guide on
guide.wagtail.org; the loader points it at ours (roles/guide.py), as the Help menu does.

If an upgrade changes one of these templates so that a fix no longer applies, the loader raises, and
`tests/languages/test_admin_templates.py` fails: either Wagtail fixed it (drop the entry) or the
template moved (update it). Upstream: https://github.com/wagtail/wagtail/issues (untranslated strings
in admin templates are fixed there one by one as they are reported).
"""

from django.template.loaders import app_directories

# The dashboard's link to Wagtail's English guide on guide.wagtail.org, and ours that replaces it.
WAGTAIL_GUIDE_LINK = """            {% wagtail_feature_release_editor_guide_link as editor_guide_link %}
            {% wagtail_version as current_version %}
            <li>
                <a class="w-underline w-underline-offset-[3px] w-flex w-items-center w-gap-1"
                   href="{{ editor_guide_link }}"
                   target="_blank"
                   rel="noreferrer">
                    {% blocktrans trimmed %}
                        Wagtail {{ current_version }} editor guide
                    {% endblocktrans %}
                    {% icon name="link-external" classname="initial" %}
                </a>
            </li>"""
OUR_GUIDE_LINK = """            <li>
                <a class="w-underline w-underline-offset-[3px]"
                   href="{% url 'editor_guide' %}">{% translate "Editor guide" %}</a>
            </li>"""
FIXES = {
    "wagtailadmin/home.html": [('value="Search"', 'value="{% translate "Search" %}"')],
    "wagtailadmin/shared/header.html": [('value="Search"', 'value="{% translate "Search" %}"')],
    "wagtailadmin/pages/create.html": [("{% if autosave_enabled %}", "{% if False %}")],
    "wagtailadmin/shared/headers/_actions.html": [
        ('aria-label="Actions"', 'aria-label="{% translate "Actions" %}"'),
        ("{# Actions divider #}", "{% load i18n %}{# Actions divider #}"),
    ],
    "wagtailadmin/home/account_summary.html": [(WAGTAIL_GUIDE_LINK, OUR_GUIDE_LINK)],
}


class TemplateFixError(Exception):
    pass


class Loader(app_directories.Loader):
    def get_contents(self, origin):
        contents = super().get_contents(origin)
        for old, new in FIXES.get(origin.template_name, ()):
            if old not in contents:
                raise TemplateFixError(
                    f"{origin.name} no longer contains {old!r}: see languages/admin_templates.py"
                )
            contents = contents.replace(old, new)  # every occurrence
        return contents
