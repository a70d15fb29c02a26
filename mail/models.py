"""The outbox: every e-mail the portal sends, stored with what caused it and delivered by the worker."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OutboxStatus(models.TextChoices):
    QUEUED = "queued", _("Waiting to be sent")
    SENDING = "sending", _("Being sent")
    HANDED_OVER = "handed_over", _("Being handed to the mail server")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Could not be sent")
    UNCONFIRMED = "unconfirmed", _("Probably sent, not confirmed")


class Failure(models.TextChoices):
    """Why the last attempt did not deliver a message, in words a coordinator can act on."""

    SERVER = "server", _("The mail server could not be reached or did not accept the connection.")
    ADDRESS = "address", _("The mail server refused the recipient's address.")
    MESSAGE = "message", _("The mail server refused the message.")
    INTERRUPTED = "interrupted", _("The sending was interrupted before the mail server had the message.")
    UNCERTAIN = (
        "uncertain",
        _(
            "The sending stopped just as the mail server was receiving the message, so it was probably "
            "delivered. Try again only if the recipient did not get it."
        ),
    )
    INVALID = "invalid", _("The message could not be put together.")
    OTHER = "other", _("Something else went wrong: see the technical details.")


# Not delivered and no longer tried: what a coordinator must look at.
STUCK = (OutboxStatus.FAILED, OutboxStatus.UNCONFIRMED)
# Not settled yet: the worker still has something to do.
UNSETTLED = (OutboxStatus.QUEUED, OutboxStatus.SENDING, OutboxStatus.HANDED_OVER)


class OutboxMessage(models.Model):
    """One e-mail, rendered in the request that caused it (in the recipient's language) and stored in
    the same transaction, so a rollback takes it away and a commit keeps it even while no worker runs.

    The worker only sends what is stored here (`mail.outbox`). `message_id` stays the same on every
    attempt, so a recipient's mail program can recognise a copy. The personal data (addresses and text)
    is deleted by `purge_personal_data` after the retention period.
    """

    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    subject = models.TextField(_("subject"))
    body = models.TextField(_("text"))
    from_email = models.CharField(_("from"), max_length=320)
    to = models.JSONField(_("to"), default=list)
    reply_to = models.JSONField(_("reply to"), default=list, blank=True)
    # [[file name, text, content type], …]: small text files such as a seminar's calendar file.
    attachments = models.JSONField(_("attachments"), default=list, blank=True)
    message_id = models.CharField(_("Message-ID"), max_length=255, unique=True, editable=False)
    status = models.CharField(
        _("status"), max_length=16, choices=OutboxStatus.choices, default=OutboxStatus.QUEUED, db_index=True
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    give_up_at = models.DateTimeField(_("tried until"))
    # Which worker holds the message while it is SENDING or HANDED_OVER, and until when.
    claim = models.CharField(max_length=64, blank=True, editable=False)
    lease_until = models.DateTimeField(null=True, blank=True, editable=False)
    failure = models.CharField(_("reason"), max_length=16, choices=Failure.choices, blank=True)
    last_error = models.TextField(_("technical details"), blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("e-mail")
        verbose_name_plural = _("e-mails")
        ordering = ["-created_at", "-pk"]
        default_permissions = ("view",)
        permissions = [("retry_outboxmessage", _("Can try to send an undelivered e-mail again"))]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="mail_outbox_due_idx")]

    def __str__(self):
        return self.subject

    @property
    def recipients(self):
        return ", ".join(self.to)
