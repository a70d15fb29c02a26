"""Workflow e-mails that are sent only after the database has committed, and never break moderation.

Wagtail already writes the right messages for the "Coordinator approval" workflow (see
`wagtail.admin.mail`): coordinators hear of a submission (`task_submitted`), the submitter of the outcome
(`workflow_approved`, `workflow_rejected`, with the reviewer's comment), each in the language chosen in
their admin profile, respecting their notification preferences. Two things are changed here:

- **When** they are sent. Wagtail sends them inside the request's transaction: a mail server that
  refuses the connection with an SMTP error (not a `ConnectionError`) raises out of the view, and a
  message could go out about a submission that is then rolled back. Here each message is rendered at
  the signal and handed to `mail.sending.send_after_commit`, which sends after the commit and logs failures.
- **Who** hears the outcome: the submitter, and also every editor who wrote a revision of the item since
  it was last published (a colleague's draft that someone else submitted is their work too). Items in
  moderation are locked for everyone but the coordinators, so nobody else writes during the review.

Wagtail's own receivers are replaced under their `dispatch_uid`s (`connect()` first disconnects them,
then connects ours under the same ids, so whichever app's `ready()` runs first the result is the same).

Public (anonymous) submissions are not users and get no mail from here; the public forms listen to the
same `workflow_approved` / `workflow_rejected` signals for their own messages.
"""

from django.contrib.auth import get_user_model
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.admin.mail import (
    GroupApprovalTaskStateSubmissionEmailNotifier,
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
    WorkflowStateSubmissionEmailNotifier,
)
from wagtail.log_actions import registry as log_registry
from wagtail.models import Revision, TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

from mail.sending import send_after_commit


class SendAfterCommitMixin:
    """Render each recipient's message now (in their language), send it once the transaction commits."""

    def send_emails(self, template_set, context, recipients, **kwargs):
        for recipient in recipients:
            context["user"] = recipient
            with translation.override(recipient.wagtail_userprofile.get_preferred_language()):
                subject = render_to_string(template_set["subject"], context).strip()
                body = render_to_string(template_set["text"], context).strip()
            send_after_commit(subject, body, [recipient.email])
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


class ApprovalNotifier(SendAfterCommitMixin, OutcomeRecipientsMixin, WorkflowStateApprovalEmailNotifier):
    pass


class RejectionNotifier(SendAfterCommitMixin, OutcomeRecipientsMixin, WorkflowStateRejectionEmailNotifier):
    pass


class WorkflowSubmissionNotifier(SendAfterCommitMixin, WorkflowStateSubmissionEmailNotifier):
    pass


class TaskSubmissionNotifier(SendAfterCommitMixin, GroupApprovalTaskStateSubmissionEmailNotifier):
    pass


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
