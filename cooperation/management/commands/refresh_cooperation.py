from django.core.management.base import BaseCommand

from cooperation import statistics


class Command(BaseCommand):
    help = "Rebuild the statistics of which sectors cooperate, from the published Danish case studies."

    def handle(self, *args, **options):
        pairs = statistics.refresh()
        self.stdout.write(self.style.SUCCESS(f"Cooperation statistics rebuilt: {pairs} pairs of sectors."))
