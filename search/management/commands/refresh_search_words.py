"""Rebuild the words "did you mean" suggests from, out of the search index; meant to run nightly.

The search backend adds a page's or an actor's words as it is published, so new words never wait for this;
what this adds is forgetting the words of content since deleted or unpublished. `update_index` fills the
words as it rebuilds the index, so it needs no run of this after it.
"""

from django.core.management.base import BaseCommand

from search.words import refresh


class Command(BaseCommand):
    help = "Rebuild the words the site search suggests spellings from, out of the search index."

    def handle(self, *args, **options):
        self.stdout.write(f"{refresh()} words kept.")
