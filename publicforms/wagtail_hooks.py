"""The coordinators' view of public submissions: who sent what, with the consent they gave.

Read-only on purpose: the content a submission created is edited and moderated as an actor or a page;
this record only answers "who sent this, when, and what did they agree to", and can be deleted when the
person asks (the right to erasure) without touching the published content. So nobody, superusers
included, may add or change one (`SubmissionPermissionPolicy`): every way in leads to the inspect view,
which links to what the submission created and to the approval it is waiting for, so a coordinator gets
from the submission to the decision in one click.

Times are shown in the admin's time zone (settings.TIME_ZONE, Europe/Copenhagen, unless the coordinator
picked another in their account): Wagtail's inspect template formats a date with `|localize`, which skips
Django's conversion to local time, so this view converts them itself.
"""

import django_filters
from django.conf import settings
from django.db import models
from django.urls import re_path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView
from wagtail import hooks
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.admin.utils import get_latest_str
from wagtail.models import Page, WorkflowState
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, InspectView, SnippetViewSet

from publicforms.models import Submission

# Labels of the fields Submission inherits from PersonalDataRecord (whose own names suit every record),
# and of what the inspect view shows besides the fields.
LABELS = {
    "created_at": _("Received"),
    "language": _("Language of the form"),
    "content_object": _("Concerns"),
    "approval": _("Approval"),
}


class SubmissionPermissionPolicy(ModelPermissionPolicy):
    """Viewing and deleting follow the group permissions (coordinators have both); adding and editing
    are off for everyone, as a submission records what a person sent and agreed to."""

    READ_ONLY_ACTIONS = {"view", "delete"}

    def user_has_permission(self, user, action):
        return action in self.READ_ONLY_ACTIONS and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a in self.READ_ONLY_ACTIONS])


# Registered before the viewset so that Wagtail never creates its default policy for Submission.
register_permission_policy(Submission, SubmissionPermissionPolicy(Submission))


def local_time(value):
    """A date and time as the admin shows them elsewhere: in the user's time zone, in their language."""
    return date_format(timezone.localtime(value), "DATETIME_FORMAT")


def admin_title(obj):
    return obj.get_admin_display_title() if isinstance(obj, Page) else str(obj)


def link_to_content(obj, user, title=None):
    """The object a submission concerns, linked to its edit view (where a reviewer approves or rejects
    it) when `user` may open that; its type in brackets. None when the object no longer exists."""
    if obj is None:
        return None
    text = f"{title or admin_title(obj)} ({obj._meta.verbose_name})"
    if url := AdminURLFinder(user).get_edit_url(obj):
        return format_html('<a href="{}">{}</a>', url, text)
    return text


def workflow_state_of(submission):
    """The approval the submission's draft went into: the object's latest workflow started before the
    submission was stored (a correction sent while another is in review joins that review)."""
    if submission.content_type_id is None:
        return None
    return (
        WorkflowState.objects.filter(
            content_type_id=submission.content_type_id,
            object_id=submission.object_id,
            created_at__lte=submission.created_at,
        )
        .select_related("workflow", "current_task_state__task")
        .order_by("-created_at", "-pk")
        .first()
    )


def workflow_urls(obj, workflow_state):
    """(history of this approval, preview of the version under review or None) in the admin."""
    if isinstance(obj, Page):
        history = reverse("wagtailadmin_pages:workflow_history_detail", args=[obj.pk, workflow_state.pk])
        preview_name = "wagtailadmin_pages:workflow_preview"
    else:
        viewset = obj.snippet_viewset
        history = reverse(viewset.get_url_name("workflow_history_detail"), args=[obj.pk, workflow_state.pk])
        preview_name = viewset.get_url_name("workflow_preview")
    preview = None
    task_state = workflow_state.current_task_state
    if workflow_state.status == WorkflowState.STATUS_IN_PROGRESS and task_state and obj.is_previewable():
        preview = reverse(preview_name, args=[obj.pk, task_state.task_id])
    return history, preview


class ApprovalDisplay(Component):
    """Where the submission's draft is in the coordinators' approval: waiting since when, or decided by
    whom, when and with what comment; linked to Wagtail's history of that approval and, while it waits, to
    a preview of the version to approve."""

    template_name = "publicforms/admin/submission_approval.html"

    def __init__(self, obj, workflow_state, user):
        self.obj = obj
        self.workflow_state = workflow_state
        self.user = user

    def get_context_data(self, parent_context):
        task_state = self.workflow_state.current_task_state
        history_url = preview_url = None
        if AdminURLFinder(self.user).get_edit_url(self.obj):
            history_url, preview_url = workflow_urls(self.obj, self.workflow_state)
        return {
            "workflow_state": self.workflow_state,
            "in_progress": self.workflow_state.status == WorkflowState.STATUS_IN_PROGRESS,
            "task_state": task_state,
            "comment": task_state.get_comment() if task_state else "",
            "history_url": history_url,
            "preview_url": preview_url,
        }


class ContentColumn(Column):
    """What the submission concerns, linked to the draft's edit view (one click to approve or reject)."""

    def get_cell_context_data(self, instance, parent_context):
        # The column object is shared by every request: the user is read from this request's context.
        context = super().get_cell_context_data(instance, parent_context)
        context["value"] = link_to_content(instance.content_object, parent_context["request"].user) or "–"
        return context


class LocalTimeColumn(Column):
    def get_value(self, instance):
        value = super().get_value(instance)
        return local_time(value) if value else None


class SubmissionIndexView(IndexView):
    def get_base_queryset(self):
        # One query per kind of content for the "Concerns" column, not one per row.
        return super().get_base_queryset().prefetch_related("content_object")


class SubmissionInspectView(InspectView):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.content = self.object.content_object
        self.workflow_state = workflow_state_of(self.object) if self.content is not None else None

    def get_field_label(self, field_name, field):
        if field_name in LABELS:
            return capfirst(LABELS[field_name])
        return super().get_field_label(field_name, field)

    def get_field_display_value(self, field_name, field):
        if isinstance(field, models.DateTimeField) and not hasattr(self, f"get_{field_name}_display_value"):
            value = getattr(self.object, field_name)
            return local_time(value) if value else "–"
        return super().get_field_display_value(field_name, field)

    def get_language_display_value(self):
        return dict(settings.LANGUAGES).get(self.object.language, self.object.language) or "–"

    def get_decided_at_display_value(self):
        if self.object.decided_at is None:
            return _("Not decided yet")
        return local_time(self.object.decided_at)

    def get_message_display_value(self):
        return self.object.message or "–"

    def get_content_object_display_value(self):
        title = get_latest_str(self.content) if self.content is not None else None
        return link_to_content(self.content, self.request.user, title) or _("The content has been deleted.")

    def get_approval_display_value(self):
        if self.object.kind == Submission.Kind.CONTACT:
            return _("Not needed: the message was passed on to the actor by e-mail.")
        if self.workflow_state is None:
            return _("No approval was found for this submission.")
        return ApprovalDisplay(self.content, self.workflow_state, self.request.user)


class SubmissionFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=Submission.Kind.choices)
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Submission.Status.choices)
    language = django_filters.ChoiceFilter(label=LABELS["language"], choices=settings.LANGUAGES)

    class Meta:
        model = Submission
        fields = ["kind", "status", "language"]


class SubmissionViewSet(SnippetViewSet):
    model = Submission
    icon = "mail"
    menu_label = _("Public submissions")
    menu_order = 900
    add_to_admin_menu = True
    index_view_class = SubmissionIndexView
    inspect_view_enabled = True
    inspect_view_class = SubmissionInspectView
    copy_view_enabled = False
    list_display = [
        "name",
        "kind",
        ContentColumn("content_object", label=LABELS["content_object"]),
        "status",
        LocalTimeColumn("created_at", label=LABELS["created_at"], sort_key="created_at"),
    ]
    filterset_class = SubmissionFilterSet
    search_fields = ["name", "email", "message"]
    search_backend_name = None
    ordering = ["-created_at"]
    # The technical fields (content type, object id, duplicate fingerprint) stay out of sight.
    inspect_view_fields = [
        "kind",
        "status",
        "content_object",
        "approval",
        "name",
        "email",
        "message",
        "created_at",
        "language",
        "consent_text",
        "consented_at",
        "decided_at",
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
