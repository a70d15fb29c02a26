"""The LIX in the editor (its script and settings, in forms of Danish pages and snippets) and the report."""

from django.conf import settings
from django.contrib.auth.models import Permission
from django.template.loader import render_to_string
from django.urls import include, path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from readability import editor
from readability.lix import BANDS, HARD
from readability.report import VIEW_PERMISSION, ReadabilityReportView
from readability.texts import EXCLUDED_FIELDS


def editor_config():
    """What editor.js needs, in the admin's language: the source locale, the fields it leaves out, the
    bands and its few sentences."""
    return {
        "sourceLocale": settings.LANGUAGE_CODE,
        "excludedFields": list(EXCLUDED_FIELDS),
        "hard": HARD,
        "bands": [
            {"key": band.key, "low": band.low, "label": str(band.label), "example": str(band.example)}
            for band in BANDS
        ],
        "strings": {
            "title": gettext(
                "LIX: how easy the Danish text is to read, from the number of words per sentence and the "
                "share of long words. Below 35 most newcomers can read it."
            ),
            "empty": gettext("no text yet"),
            "details": gettext("%(per_sentence)s words per sentence, %(long_share)s long words"),
            "hint": gettext("The text is hard: use shorter sentences and shorter words."),
        },
    }


@hooks.register("insert_editor_js")
def readability_editor_js():
    """The LIX script and its settings, only in forms of Danish pages and snippets (readability.editor)."""
    if not editor.is_source_form():
        return ""
    return render_to_string("readability/admin/editor_js.html", {"config": editor_config()})


@hooks.register("before_edit_page")
def note_page_edited(request, page):
    editor.note_instance(page)


@hooks.register("before_create_page")
def note_page_created(request, parent_page, page_class):
    editor.note_instance(parent_page)


@hooks.register("before_edit_snippet")
def note_snippet_edited(request, instance):
    editor.note_instance(instance)


@hooks.register("before_create_snippet")
def note_snippet_created(request, model):
    editor.note_new_snippet(request, model)


@hooks.register("register_admin_urls")
def register_report_urls():
    urls = [
        path("", ReadabilityReportView.as_view(), name="index"),
        path("results/", ReadabilityReportView.as_view(results_only=True), name="results"),
    ]
    return [path("reports/readability/", include((urls, "readability_report")))]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return ReportMenuItem(
        _("Hard-to-read texts"),
        reverse("readability_report:index"),
        name="hard-to-read-texts",
        icon_name="doc-full",
        order=1320,
    )


@hooks.register("register_permissions")
def register_report_permission():
    """So the permission to read the report can be given to a group in the admin's group editor."""
    return Permission.objects.filter(content_type__app_label="readability", codename="view_readabilityscore")
