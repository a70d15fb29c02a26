"""Every e-mail the portal sends: stored in the request's transaction, sent once by the worker, retried.

`post()` stores the message (`mail.models.OutboxMessage`), already rendered in the recipient's language,
and queues its delivery with django-tasks. With the database backend (`django-tasks-db`, what the portal
runs) the task row is written in the same transaction as the message and whatever caused it: a rollback
takes both away, a commit keeps both even while no worker runs. A backend that runs tasks at once (the
tests') is given the task only after the commit, so nothing is sent for a rolled-back request.

Sent once. The worker claims a message with a conditional update (QUEUED → SENDING, with a lease), so two
workers never hold it together, and records "handed over" (HANDED_OVER) just before the mail server is
given the message: for SMTP that is right before the final dot of the DATA command (`mail.smtp`), and the
dot is not sent when the claim was lost meanwhile. Then it records SENT. Should a worker die:
- before "handed over", the server was never given the message (an unfinished DATA is discarded), so when
  the lease has run out `sweep` queues it again: it is sent, once;
- between "handed over" and SENT (one database write and the server's answer, a few milliseconds), the
  message may have been delivered or not; it is *not* sent again by itself but marked UNCONFIRMED, for a
  coordinator to try again if the recipient says it never came. This one window is at-most-once; resending
  there instead would be at-least-once, and could double a message that did arrive. The Message-ID stays
  the same on every attempt, so a mail program can recognise a copy sent by hand.

Retried. A mail server that cannot be reached, or answers "try later", is tried again after 1, 2, 4 …
minutes, at most every 4 hours, until `MAIL_RETRY_HOURS` (48 by default) have passed; a server that refuses
the address or the message (a 5xx answer) is not asked again. Then the message is FAILED, and coordinators
see it, with the reason, under Reports → Undelivered e-mails, with a "Try again" button.

django-tasks-db has no leases of its own: a task whose worker was killed stays RUNNING. `sweep`, a task that
reschedules itself while messages are unsettled, therefore finds messages whose lease ran out and queued
messages that have lost their task, and queues them again.
"""

import logging
import random
import secrets
import smtplib
from datetime import timedelta
from email.utils import make_msgid, parseaddr
from functools import partial

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django_tasks import TaskResultStatus, task
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult

from mail.models import STUCK, UNSETTLED, Failure, OutboxMessage, OutboxStatus
from mail.smtp import DeliveryUncertain

logger = logging.getLogger(__name__)

# How long a worker may hold a message before another may take it over (a slow worker then loses its
# claim and stops before the final dot, so a short lease never sends twice).
LEASE = timedelta(minutes=2)
SWEEP_EVERY = timedelta(minutes=1)
FIRST_RETRY = timedelta(minutes=1)
LONGEST_WAIT = timedelta(hours=4)
# A queued message this long overdue without a waiting task has lost it.
ORPHAN_GRACE = timedelta(minutes=5)
# E-mail before Wagtail's own tasks (reference index, cache purge) when both wait.
MAIL_PRIORITY = 10


class LostClaim(Exception):
    """Another worker has taken the message over (the lease ran out): this one must not send it."""


def retry_period():
    return timedelta(hours=settings.MAIL_RETRY_HOURS)


def message_id_domain():
    return parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2] or "erfaringsportalen.localhost"


def post(subject, body, recipients, *, reply_to=None, attachments=()):
    """Store a plain-text e-mail and queue it for the worker; returns the stored message (None for no
    recipients). `attachments` are (file name, text, content type) triples."""
    recipients = [address for address in recipients if address]
    if not recipients:
        return None
    now = timezone.now()
    message = OutboxMessage.objects.create(
        subject=" ".join(str(subject).split()),
        body=str(body),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=recipients,
        reply_to=[reply_to] if isinstance(reply_to, str) else list(reply_to or []),
        attachments=[list(attachment) for attachment in attachments],
        message_id=make_msgid(domain=message_id_domain()),
        next_attempt_at=now,
        give_up_at=now + retry_period(),
    )
    enqueue_delivery(message.pk)
    return message


def enqueue_delivery(pk, when=None):
    """Queue the delivery of message `pk` with the current transaction (see the module's docstring).

    A backend that cannot wait (the immediate one) gets no retry: the message stays queued, and shows in
    the coordinators' list for a "Try again".
    """
    backend = deliver.get_backend()
    if when is not None and not backend.supports_defer:
        return
    delivery = deliver if when is None else deliver.using(run_after=when)
    if isinstance(backend, DatabaseBackend):
        delivery.enqueue(pk)
    else:
        transaction.on_commit(lambda: delivery.enqueue(pk))


@task(priority=MAIL_PRIORITY)
def deliver(pk):
    """The worker's task: send message `pk` if it is due and nobody else holds it."""
    schedule_sweep()
    return send(pk)


def send(pk):
    """Claim, send and record one message; returns what happened, for the task's result."""
    now = timezone.now()
    claim = secrets.token_hex(16)
    due = OutboxMessage.objects.filter(pk=pk, status=OutboxStatus.QUEUED, next_attempt_at__lte=now)
    claimed = due.update(
        status=OutboxStatus.SENDING, claim=claim, lease_until=now + LEASE, attempts=F("attempts") + 1
    )
    if not claimed:
        return "not due"  # sent already, held by another worker, or waiting for a later attempt
    message = OutboxMessage.objects.get(pk=pk)
    try:
        email = build(message)
        email.message()
    except Exception as error:
        return give_up(message, claim, error, Failure.INVALID)
    email.before_final_dot = partial(hand_over, pk, claim)
    try:
        connection = get_connection(fail_silently=False)
        if not getattr(connection, "calls_before_final_dot", False):
            hand_over(pk, claim)
        connection.send_messages([email])
    except LostClaim:
        return "taken over"
    except DeliveryUncertain as error:
        OutboxMessage.objects.filter(pk=pk, claim=claim).update(
            status=OutboxStatus.UNCONFIRMED,
            next_attempt_at=None,
            failure=Failure.UNCERTAIN,
            last_error=describe(error),
        )
        logger.error("The mail server did not confirm the e-mail %s: %s", message.message_id, error)
        return "unconfirmed"
    except Exception as error:
        return failed(message, claim, error)
    OutboxMessage.objects.filter(pk=pk, claim=claim).update(
        status=OutboxStatus.SENT, sent_at=timezone.now(), lease_until=None, failure="", last_error=""
    )
    return "sent"


def build(message):
    email = EmailMessage(
        subject=message.subject,
        body=message.body,
        from_email=message.from_email,
        to=message.to,
        reply_to=message.reply_to or None,
        headers={"Message-ID": message.message_id},
    )
    for filename, content, mimetype in message.attachments:
        email.attach(filename, content, mimetype)
    return email


def hand_over(pk, claim):
    """Record that the mail server is about to be given the message, if this worker still holds it."""
    held = OutboxMessage.objects.filter(pk=pk, claim=claim, status=OutboxStatus.SENDING).update(
        status=OutboxStatus.HANDED_OVER, lease_until=timezone.now() + LEASE
    )
    if not held:
        raise LostClaim


def failure_of(error):
    """(Failure, permanent): a refused address or message (5xx) is refused again; everything else —
    the server away, busy, or refusing our login — may work later."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _reply in error.recipients.values()]
        return Failure.ADDRESS, bool(codes) and all(500 <= code < 600 for code in codes)
    if isinstance(error, smtplib.SMTPDataError):
        return Failure.MESSAGE, 500 <= error.smtp_code < 600
    if isinstance(error, smtplib.SMTPException | OSError):
        return Failure.SERVER, False
    return Failure.OTHER, False


def describe(error):
    return f"{type(error).__name__}: {error}"[:2000]


def backoff(attempts):
    """The wait after the `attempts`-th failed attempt: doubling from a minute, at most 4 hours, ±20 %
    so that messages that failed together are not all tried again in the same second."""
    wait = min(FIRST_RETRY * 2 ** min(attempts - 1, 20), LONGEST_WAIT)
    return wait * random.uniform(0.8, 1.2)  # noqa: S311 - spreading load, not a secret


def failed(message, claim, error):
    failure, permanent = failure_of(error)
    next_attempt = timezone.now() + backoff(message.attempts)
    if permanent or next_attempt > message.give_up_at:
        return give_up(message, claim, error, failure)
    with transaction.atomic():
        requeued = OutboxMessage.objects.filter(pk=message.pk, claim=claim).update(
            status=OutboxStatus.QUEUED,
            next_attempt_at=next_attempt,
            claim="",
            lease_until=None,
            failure=failure,
            last_error=describe(error),
        )
        if requeued:
            enqueue_delivery(message.pk, when=next_attempt)
    logger.error(
        "Could not send the e-mail %s (attempt %d), trying again at %s: %s",
        message.message_id,
        message.attempts,
        next_attempt.isoformat(timespec="seconds"),
        describe(error),
    )
    return "retry"


def give_up(message, claim, error, failure):
    OutboxMessage.objects.filter(pk=message.pk, claim=claim).update(
        status=OutboxStatus.FAILED,
        next_attempt_at=None,
        claim="",
        lease_until=None,
        failure=failure,
        last_error=describe(error),
    )
    logger.error(
        "Could not send the e-mail %s after %d attempt(s); gave up: %s",
        message.message_id,
        message.attempts,
        describe(error),
    )
    return "failed"


def try_again(pk):
    """A coordinator's "Try again" on a message that failed or was not confirmed: tried for another
    `MAIL_RETRY_HOURS`. Returns whether the message was queued (False when it was not stuck)."""
    now = timezone.now()
    with transaction.atomic():
        queued = OutboxMessage.objects.filter(pk=pk, status__in=STUCK).update(
            status=OutboxStatus.QUEUED,
            attempts=0,
            next_attempt_at=now,
            give_up_at=now + retry_period(),
            claim="",
            lease_until=None,
        )
        if queued:
            enqueue_delivery(pk)
    return bool(queued)


@task()
def sweep():
    """Recover what dead workers left behind; again in a minute while anything is unsettled."""
    recovered = recover()
    if OutboxMessage.objects.filter(status__in=UNSETTLED).exists():
        schedule_sweep()
    return recovered


def schedule_sweep():
    """Make sure a sweep is waiting. Every delivery calls this, so one is scheduled whenever mail is; two
    workers may both schedule one, and the two chains become one when either finds the other waiting."""
    backend = sweep.get_backend()
    if not isinstance(backend, DatabaseBackend):
        return
    waiting = DBTaskResult.objects.filter(task_path=sweep.module_path, status=TaskResultStatus.READY)
    if not waiting.exists():
        sweep.using(run_after=timezone.now() + SWEEP_EVERY).enqueue()


def recover():
    """Messages whose worker died, and queued messages without a task; returns how many were found."""
    now = timezone.now()
    found = 0
    # Died before handing over: the server never had the message, so it is sent again.
    for pk in OutboxMessage.objects.filter(status=OutboxStatus.SENDING, lease_until__lt=now).values_list(
        "pk", flat=True
    ):
        with transaction.atomic():
            requeued = OutboxMessage.objects.filter(
                pk=pk, status=OutboxStatus.SENDING, lease_until__lt=now
            ).update(
                status=OutboxStatus.QUEUED,
                next_attempt_at=now,
                claim="",
                lease_until=None,
                failure=Failure.INTERRUPTED,
                last_error="The worker stopped before the mail server had the message.",
            )
            if requeued:
                enqueue_delivery(pk)
                found += 1
    # Died while handing over: perhaps delivered. The claim stays, so a worker that was only slow and
    # then hears "250" from the server still records SENT.
    found += OutboxMessage.objects.filter(status=OutboxStatus.HANDED_OVER, lease_until__lt=now).update(
        status=OutboxStatus.UNCONFIRMED,
        next_attempt_at=None,
        failure=Failure.UNCERTAIN,
        last_error="The worker stopped after handing the message to the mail server, before its answer.",
    )
    overdue = set(
        OutboxMessage.objects.filter(
            status=OutboxStatus.QUEUED, next_attempt_at__lt=now - ORPHAN_GRACE
        ).values_list("pk", flat=True)
    )
    if overdue:
        for pk in sorted(overdue - messages_with_a_task(now)):
            enqueue_delivery(pk)
            found += 1
    return found


def messages_with_a_task(now):
    """The messages a delivery task is waiting for or working on (a RUNNING one only within the lease:
    a task whose worker was killed stays RUNNING for ever in django-tasks-db)."""
    if not isinstance(deliver.get_backend(), DatabaseBackend):
        return set()
    tasks = DBTaskResult.objects.filter(task_path=deliver.module_path).filter(
        Q(status=TaskResultStatus.READY) | Q(status=TaskResultStatus.RUNNING, started_at__gte=now - LEASE)
    )
    return {arguments["args"][0] for arguments in tasks.values_list("args_kwargs", flat=True)}


def expired(before):
    """The settled e-mails (sent, failed, unconfirmed) created before `before`: their addresses and text
    are personal data, deleted by `purge_personal_data` on the forms' retention."""
    return OutboxMessage.objects.filter(created_at__lt=before).exclude(status__in=UNSETTLED)


def purge(before):
    """Delete `expired(before)`; returns how many e-mails were deleted."""
    return expired(before).delete()[1].get(OutboxMessage._meta.label, 0)
