"""Delete the search counts of weeks more than a year ago; meant to run daily beside purge_personal_data.

The counts hold no personal data (only the words, the language and the week), so no retention period
applies to them; deleting the old weeks only keeps the table small, and the report never reads them.
"""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from search.models import SearchCount, week_of

KEEP_WEEKS = 52


def expired(today=None):
    """The counts of the weeks that started more than a year before this week."""
    this_week = week_of(today or timezone.localdate())
    return SearchCount.objects.filter(week__lt=this_week - datetime.timedelta(weeks=KEEP_WEEKS))


class Command(BaseCommand):
    help = "Delete the search counts of weeks more than a year ago."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count what would be deleted.")

    def handle(self, *args, dry_run=False, **options):
        rows = expired()
        count = rows.count() if dry_run else rows.delete()[0]
        verb = "would be deleted" if dry_run else "deleted"
        self.stdout.write(self.style.SUCCESS(f"{count} search count(s) {verb}."))
