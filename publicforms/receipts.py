"""What a member of the public hears about their submission: a receipt when it arrives, the outcome
when a coordinator decides.

Wagtail sends `workflow_approved` when the last task is approved (the object is published by then) and
`workflow_rejected` when a reviewer asks for changes, which is how a coordinator turns a submission down;
both are connected in `PublicFormsConfig.ready`.
"""

from django.conf import settings
from django.utils import timezone, translation
from django.utils.encoding import iri_to_uri
from django.utils.translation import gettext

from mail import outbox
from publicforms.models import Submission


def notify_submitter_received(submission):
    """Tell the submitter we have their submission and that a coordinator will look at it."""
    with translation.override(submission.language or settings.LANGUAGE_CODE):
        subject = gettext("We have received what you sent to Erfaringsportalen")
        body = gettext(
            "Hello %(name)s,\n\nthank you. A coordinator will read what you sent before anything is "
            "published, and we will write to you when it has been decided.\n\nErfaringsportalen"
        ) % {"name": submission.name}
    outbox.post(subject, body, [submission.email])


def pending_submissions(workflow_state):
    return Submission.objects.filter(
        content_type_id=workflow_state.content_type_id,
        object_id=str(workflow_state.object_id),
        status=Submission.Status.PENDING,
    ).exclude(kind=Submission.Kind.CONTACT)


def public_url(obj):
    """The object's address on the site, percent-encoded so that a mail program links all of it (a slug
    such as "sprogcafé-trøjborg" would otherwise end the link at the first letter outside ASCII)."""
    try:
        return iri_to_uri(obj.get_full_url() or "")
    except Exception:  # an object without a public address yet still gets its mail
        return ""


def tell_submitters_approved(sender, instance, user=None, **kwargs):
    submissions = list(pending_submissions(instance))
    if not submissions:
        return
    obj = instance.content_object
    url = public_url(obj.specific if hasattr(obj, "specific") else obj)
    for submission in submissions:
        with translation.override(submission.language or settings.LANGUAGE_CODE):
            subject = gettext("What you sent to Erfaringsportalen has been published")
            body = gettext(
                "Hello %(name)s,\n\na coordinator has approved what you sent, and it is now on the portal:"
                "\n%(url)s\n\nThank you for sharing it.\n\nErfaringsportalen"
            ) % {"name": submission.name, "url": url}
        outbox.post(subject, body, [submission.email])
    Submission.objects.filter(pk__in=[s.pk for s in submissions]).update(
        status=Submission.Status.APPROVED, decided_at=timezone.now()
    )


def tell_submitters_rejected(sender, instance, user=None, **kwargs):
    submissions = list(pending_submissions(instance))
    for submission in submissions:
        with translation.override(submission.language or settings.LANGUAGE_CODE):
            subject = gettext("What you sent to Erfaringsportalen will not be published")
            body = gettext(
                "Hello %(name)s,\n\na coordinator has read what you sent and decided not to publish it as it "
                "is. You are welcome to contact us if you have questions.\n\nErfaringsportalen"
            ) % {"name": submission.name}
        outbox.post(subject, body, [submission.email])
    Submission.objects.filter(pk__in=[s.pk for s in submissions]).update(
        status=Submission.Status.REJECTED, decided_at=timezone.now()
    )
