"""`purge_personal_data` deletes the e-mails the portal sent on the same retention as the forms' data."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from mail import outbox
from mail.models import OutboxMessage, OutboxStatus

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_outbox")]


def message(days_old, status):
    posted = outbox.post("Besked via Erfaringsportalen", "Hej", [f"{status}-{days_old}@example.org"])
    OutboxMessage.objects.filter(pk=posted.pk).update(
        status=status, created_at=timezone.now() - timedelta(days=days_old)
    )
    return posted.pk


def purge(*args):
    output = io.StringIO()
    call_command("purge_personal_data", *args, stdout=output)
    return output.getvalue()


class TestPurge:
    def test_settled_emails_past_the_retention_are_deleted(self, settings):
        settings.PERSONAL_DATA_RETENTION_DAYS = 30
        old_sent = message(31, OutboxStatus.SENT)
        old_failed = message(31, OutboxStatus.FAILED)
        recent = message(29, OutboxStatus.SENT)
        output = purge()
        remaining = set(OutboxMessage.objects.values_list("pk", flat=True))
        assert {old_sent, old_failed} & remaining == set()
        assert recent in remaining
        assert "mail.OutboxMessage: 2" in output

    def test_an_email_still_being_sent_is_kept(self, settings):
        settings.PERSONAL_DATA_RETENTION_DAYS = 30
        waiting = message(31, OutboxStatus.QUEUED)
        purge()
        assert OutboxMessage.objects.filter(pk=waiting).exists()

    def test_a_dry_run_only_counts(self, settings):
        settings.PERSONAL_DATA_RETENTION_DAYS = 30
        old = message(31, OutboxStatus.SENT)
        assert "mail.OutboxMessage: 1" in purge("--dry-run")
        assert OutboxMessage.objects.filter(pk=old).exists()
