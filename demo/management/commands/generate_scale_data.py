"""Fill a fresh database with a deterministic national-scale data set (see demo/scale.py)."""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from demo.scale import ScaleDataBuilder, Sizes


class Command(BaseCommand):
    help = (
        "Build a deterministic national data set in every language: by default the 98 municipalities, "
        "5,000 actors, 500 case studies and 200 seminars. Meant for a fresh (migrated) database."
    )

    def add_arguments(self, parser):
        defaults = Sizes()
        parser.add_argument("--municipalities", type=int, default=defaults.municipalities)
        parser.add_argument("--actors", type=int, default=defaults.actors)
        parser.add_argument("--case-studies", type=int, default=defaults.case_studies)
        parser.add_argument("--seminars", type=int, default=defaults.seminars)
        parser.add_argument("--seed", type=int, default=1, help="The same seed gives the same data.")

    def handle(self, *args, **options):
        sizes = Sizes(
            municipalities=options["municipalities"],
            actors=options["actors"],
            case_studies=options["case_studies"],
            seminars=options["seminars"],
        )
        if not 1 <= sizes.municipalities <= 98:
            raise CommandError("--municipalities must be between 1 and 98.")
        if sizes.case_studies and sizes.actors < 2 * sizes.municipalities:
            raise CommandError("Case studies need at least two actors per municipality (--actors).")
        started = time.monotonic()

        def log(message):
            self.stdout.write(f"[{time.monotonic() - started:6.1f} s] {message}")

        builder = ScaleDataBuilder(sizes, seed=options["seed"], log=log)
        try:
            counts = builder.build()
        except ValueError as error:
            raise CommandError(str(error)) from error
        if connection.vendor == "postgresql":
            # Bulk inserts leave the planner's statistics empty until autovacuum gets round to them, and
            # without them PostgreSQL plans the site's queries as if every table had a few rows.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
            log("Planner statistics updated (ANALYZE).")
        summary = ", ".join(f"{count} {label}" for label, count in counts.items())
        self.stdout.write(
            self.style.SUCCESS(f"Scale data in place in {time.monotonic() - started:.1f} s: {summary}.")
        )
