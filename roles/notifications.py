"""Workflow e-mails that are sent only after the database has committed, and never break moderation.

Wagtail already sends the right messages for the "Coordinator approval" workflow (see
`wagtail.admin.mail`): coordinators hear of a submission (`task_submitted`), the submitter of the outcome
(`workflow_approved`, `workflow_rejected`, with the reviewer's comment), respecting their notification
preferences. Four things are changed here:

- **When** they are sent. Wagtail sends them inside the request's transaction: a mail server that
  refuses the connection with an SMTP error (not a `ConnectionError`) raises out of the view, and a
  message could go out about a submission that is then rolled back. Here each message is rendered at
  the signal and stored in the outbox (`mail.outbox.post`) in the same transaction; the worker sends it
  after the commit, and tries again while the mail server is away.
- **Who** hears the outcome: the submitter, and also every editor who wrote a revision of the item since
  it was last published (a colleague's draft that someone else submitted is their work too). Items in
  moderation are locked for everyone but the coordinators, so nobody else writes during the review.
- **What they say**, in the portal's own templates (`site/templates/roles/notifications/`), with links that
  reach the object: Wagtail's snippet templates ask for the review preview without the task it belongs to,
  so the link came out as the bare site address ("preview here: http://127.0.0.1:8000"), and the approval
  mail of an actor had no link at all. Here every address is worked out in Python (`admin_links`) from
  `WAGTAILADMIN_BASE_URL` (the `BASE_URL` environment variable) and the recipient's permissions.
- **In which language**. Wagtail renders each message in `get_preferred_language()`, which for a user who
  never chose an admin language is whatever language the request that set off the mail was in: the
  public form's (a Ukrainian submission mailed the coordinators in Ukrainian) or the sender's admin
  language. Here a user without a choice gets the admin's default, Danish, as the admin itself does
  (`languages.middleware.AdminLanguageMiddleware`).

Wagtail's own receivers are replaced under their `dispatch_uid`s (`connect()` first disconnects them,
then connects ours under the same ids, so whichever app's `ready()` runs first the result is the same).

Public (anonymous) submissions are not users and get no mail from here; the public forms listen to the
same `workflow_approved` / `workflow_rejected` signals for their own messages.
"""

import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import iri_to_uri
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.localization import get_available_admin_languages
from wagtail.admin.mail import (
    GroupApprovalTaskStateSubmissionEmailNotifier,
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
    WorkflowStateSubmissionEmailNotifier,
)
from wagtail.admin.utils import get_admin_base_url, get_latest_str
from wagtail.log_actions import registry as log_registry
from wagtail.models import Page, Revision, TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted
from wagtail.users.models import UserProfile

from mail import outbox


def admin_language(user):
    """The language of `user`'s admin: their choice in their account, else the admin's default (Danish)."""
    language = UserProfile.get_for_user(user).preferred_language
    return language if language in dict(get_available_admin_languages()) else settings.LANGUAGE_CODE


def tidy(text):
    """A rendered plain-text template without the blank lines and trailing spaces its tags leave."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines))


def absolute(path):
    return iri_to_uri((get_admin_base_url() or "").rstrip("/") + path)


def admin_links(obj, user, task=None):
    """Absolute addresses of `obj` for a mail to `user`: where to edit it (and approve or reject it, for a
    reviewer) if `user` may, the preview of the version waiting in `task` if one is given, and the object
    on the site if it is live."""
    links = {"notifications_url": absolute(reverse("wagtailadmin_account") + "#tab-notifications")}
    if edit_url := AdminURLFinder(user).get_edit_url(obj):
        links["edit_url"] = absolute(edit_url)
    if task is not None and edit_url and getattr(obj, "is_previewable", lambda: False)():
        name = (
            "wagtailadmin_pages:workflow_preview"
            if isinstance(obj, Page)
            else obj.snippet_viewset.get_url_name("workflow_preview")
        )
        links["preview_url"] = absolute(reverse(name, args=[obj.pk, task.pk]))
    if getattr(obj, "live", False) and hasattr(obj, "get_full_url"):
        links["live_url"] = iri_to_uri(obj.get_full_url() or "")
    return links


class PortalMailMixin:
    """The portal's own wording (site/templates/roles/notifications/) with links that reach the object;
    each recipient's message rendered now in their admin language, sent by the worker after the commit."""

    template_directory = "roles/notifications/"
    # Only a mail about a task that is waiting links to the preview of the version in review.
    links_to_preview = False

    def get_context(self, instance, **kwargs):
        context = super().get_context(instance, **kwargs)
        obj = context["object"] = context.get("page") or context["object"]
        workflow_state = instance.workflow_state if isinstance(instance, TaskState) else instance
        context.update(
            title=get_latest_str(obj),
            model_name=obj._meta.verbose_name,
            requested_by=workflow_state.requested_by,
            decided_by=kwargs.get("user"),
        )
        return context

    def send_emails(self, template_set, context, recipients, **kwargs):
        task = context["task"] if self.links_to_preview else None
        for recipient in recipients:
            message_context = {
                **context,
                **admin_links(context["object"], recipient, task),
                "user": recipient,
            }
            with translation.override(admin_language(recipient)):
                subject = " ".join(render_to_string(template_set["subject"], message_context).split())
                body = tidy(render_to_string(template_set["text"], message_context))
            outbox.post(subject, body, [recipient.email])
        return True


def authors_of_the_changes(workflow_state):
    """Users who wrote a revision after the object was last published before it was submitted: the
    editors whose work the decision is about, whether or not they pressed "submit" themselves."""
    obj = workflow_state.content_object
    last_publish = (
        log_registry.get_logs_for_instance(obj)
        .filter(action="wagtail.publish", timestamp__lt=workflow_state.created_at)
        .order_by("-timestamp")
        .values_list("timestamp", flat=True)
        .first()
    )
    revisions = Revision.objects.filter(
        base_content_type_id=workflow_state.base_content_type_id,
        object_id=workflow_state.object_id,
        user__isnull=False,
    )
    if last_publish is not None:
        revisions = revisions.filter(created_at__gt=last_publish)
    return set(get_user_model().objects.filter(pk__in=revisions.values("user_id")))


class OutcomeRecipientsMixin:
    def get_recipient_users(self, workflow_state, **kwargs):
        recipients = set(super().get_recipient_users(workflow_state, **kwargs))
        recipients |= authors_of_the_changes(workflow_state)
        recipients.discard(kwargs.get("user"))
        return recipients


class ApprovalNotifier(PortalMailMixin, OutcomeRecipientsMixin, WorkflowStateApprovalEmailNotifier):
    pass


class RejectionNotifier(PortalMailMixin, OutcomeRecipientsMixin, WorkflowStateRejectionEmailNotifier):
    pass


class WorkflowSubmissionNotifier(PortalMailMixin, WorkflowStateSubmissionEmailNotifier):
    pass


class TaskSubmissionNotifier(PortalMailMixin, GroupApprovalTaskStateSubmissionEmailNotifier):
    links_to_preview = True


# (signal, sender, Wagtail's dispatch_uid, our notifier): see wagtail.admin.signal_handlers.
RECEIVERS = [
    (task_submitted, TaskState, "group_approval_task_submitted_email_notification", TaskSubmissionNotifier()),
    (
        workflow_submitted,
        WorkflowState,
        "workflow_state_submitted_email_notification",
        WorkflowSubmissionNotifier(),
    ),
    (workflow_rejected, WorkflowState, "workflow_state_rejected_email_notification", RejectionNotifier()),
    (workflow_approved, WorkflowState, "workflow_state_approved_email_notification", ApprovalNotifier()),
]


def connect():
    for signal, sender, dispatch_uid, notifier in RECEIVERS:
        signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)
        signal.connect(notifier, sender=sender, dispatch_uid=dispatch_uid)
