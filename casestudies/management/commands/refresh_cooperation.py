from django.core.management.base import BaseCommand

from casestudies import cooperation


class Command(BaseCommand):
    help = "Rebuild the statistics of which sectors cooperate, from the published Danish case studies."

    def handle(self, *args, **options):
        pairs = cooperation.refresh()
        self.stdout.write(self.style.SUCCESS(f"Cooperation statistics rebuilt: {pairs} pairs of sectors."))
