"""Delete personal data past its retention period; meant to run daily from cron or a systemd timer.

Each run deletes only what has expired by then, so running it more often, or twice, does no harm.
A rejected public submission also takes with it the draft it created (never published, so nothing on the
site links to it) and the picture the submitter uploaded, which may show people. The spent form tokens
that their age limit already refuses go too (they are not personal data, only kept to stop replays).
The e-mails the portal sent (the outbox, `mail.outbox`) hold addresses and messages, so those settled
(sent, or given up) go on the same retention, counted from when they were written.
"""

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from mail import outbox
from mail.models import OutboxMessage
from publicforms.antispam import token_max_age
from publicforms.models import PersonalDataRecord, SpentFormToken, Submission


class Command(BaseCommand):
    help = "Delete the personal data from public forms that is past its retention period."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count what would be deleted.")

    def handle(self, *args, dry_run=False, **options):
        now = timezone.now()
        total = 0
        for model in apps.get_models():
            if not issubclass(model, PersonalDataRecord) or model._meta.abstract:
                continue
            expired = model.expired(now)
            if dry_run:
                count = expired.count()
            else:
                with transaction.atomic():
                    if model is Submission:
                        drafts = Submission.discard_rejected_drafts(expired)
                        self.stdout.write(f"rejected drafts and their pictures: {drafts}")
                    count = expired.delete()[1].get(model._meta.label, 0)
            total += count
            self.stdout.write(f"{model._meta.label}: {count}")
        before = now - PersonalDataRecord.retention()
        mails = outbox.expired(before).count() if dry_run else outbox.purge(before)
        total += mails
        self.stdout.write(f"{OutboxMessage._meta.label}: {mails}")
        spent = SpentFormToken.expired(now, token_max_age())
        tokens = spent.count() if dry_run else spent.delete()[0]
        self.stdout.write(f"spent form tokens past their age limit: {tokens}")
        verb = "would be deleted" if dry_run else "deleted"
        self.stdout.write(self.style.SUCCESS(f"{total} record(s) {verb}."))
