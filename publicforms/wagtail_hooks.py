"""The coordinators' view of public submissions: who sent what, with the consent they gave.

Read-only on purpose: the content a submission created is edited and moderated as an actor or a page;
this record only answers "who sent this, when, and what did they agree to", and can be deleted when the
person asks (the right to erasure) without touching the published content.
"""

from django.urls import re_path
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from publicforms.models import Submission


class SubmissionViewSet(SnippetViewSet):
    model = Submission
    icon = "mail"
    menu_label = _("Public submissions")
    menu_order = 900
    add_to_admin_menu = True
    inspect_view_enabled = True
    list_display = ["name", "kind", "status", "created_at"]
    list_filter = ["kind", "status", "language"]
    search_fields = ["name", "email", "message"]
    search_backend_name = None
    ordering = ["-created_at"]
    panels = [
        FieldPanel(name, read_only=True)
        for name in (
            "kind",
            "status",
            "name",
            "email",
            "message",
            "language",
            "consent_text",
            "consented_at",
            "decided_at",
        )
    ]


register_snippet(SubmissionViewSet)


@hooks.register("register_admin_urls")
def old_submission_addresses():
    """The submissions were `home` snippets until the public forms got their own app: a coordinator's
    bookmark of the old address still arrives (the login and permission checks happen at the new one)."""
    return [
        re_path(
            r"^snippets/home/submission/(?P<rest>.*)$",
            RedirectView.as_view(url="/admin/snippets/publicforms/submission/%(rest)s", query_string=True),
        )
    ]
