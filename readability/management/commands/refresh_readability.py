from django.core.management.base import BaseCommand

from readability import scores


class Command(BaseCommand):
    help = (
        "Score the readability (LIX) of every published Danish page and actor again, for the coordinators' "
        "report. Publishing keeps the scores current; run this after texts were published without Wagtail "
        "(the scale data generator, a restored database) and once after installing the readability app."
    )

    def handle(self, *args, **options):
        count = scores.refresh()
        self.stdout.write(self.style.SUCCESS(f"Readability scored for {count} published Danish texts."))
