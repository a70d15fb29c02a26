"""Outgoing e-mail that never endangers stored data.

Public submissions are saved first; the mail about them is sent only once the transaction has
committed, and a broken mail server is logged rather than turned into an error page that would make
the person think their submission was lost.
"""

import logging

from django.core.mail import EmailMessage
from django.db import transaction

logger = logging.getLogger(__name__)


def send_after_commit(subject, body, recipients, *, reply_to=None):
    """Send a plain-text e-mail after the current transaction commits; log and swallow any failure."""
    recipients = [address for address in recipients if address]
    if not recipients:
        return

    def send():
        try:
            EmailMessage(
                subject=str(subject),
                body=str(body),
                to=recipients,
                reply_to=[reply_to] if isinstance(reply_to, str) else reply_to,
            ).send()
        except Exception:
            logger.exception("Could not send the e-mail %r to %d recipient(s)", str(subject), len(recipients))

    transaction.on_commit(send)
