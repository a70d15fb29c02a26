"""Build the demo site: every page type in Danish, translations through wagtail-localize, no downloads.

The content is read from demo/data/ (see demo/loader.py). Running the command again changes nothing: every
step looks for what it would create first.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from cooperation.statistics import refresh as refresh_cooperation
from demo.casestudies import load_case_studies, load_themes, translate_case_studies, translate_themes
from demo.directory import load_actors, load_municipalities, translate_actors, translate_municipalities
from demo.home import (
    load_home,
    load_portal_settings,
    load_standard_pages,
    translate_home,
    translate_standard_pages,
)
from demo.seminars import load_seminars, translate_seminars
from roles.groups import DEMO_USERS, create_demo_users, setup_roles

DEMO_USERNAME = "admin"
DEMO_PASSWORD = "erfaring-demo"


class Command(BaseCommand):
    help = "Load the demo content (idempotent) and, in development, a demo admin login."

    def handle(self, *args, **options):
        steps = [
            ("home page", self.load_home),
            ("municipalities", self.load_municipalities),
            ("actors", self.load_actors),
            ("case studies", self.load_case_studies),
            ("seminars", self.load_seminars),
            ("translations", self.translate),
            ("roles", setup_roles),
            ("cooperation statistics", refresh_cooperation),
        ]
        for label, step in steps:
            self.stdout.write(f"Demo content: {label} …")
            with transaction.atomic():
                step()
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
        if getattr(settings, "DEMO_ADMIN_LOGIN", False):
            self.create_demo_admin()

    def load_home(self):
        self.home = load_home()
        self.standard_pages = load_standard_pages(self.home, load_portal_settings())

    def load_municipalities(self):
        self.municipality_index = load_municipalities(self.home)

    def load_actors(self):
        self.actors = load_actors(self.municipality_index)

    def load_case_studies(self):
        self.themes = load_themes()
        self.case_study_index = load_case_studies(self.home, self.actors, self.themes)

    def load_seminars(self):
        self.seminar_index = load_seminars(self.home)

    def translate(self):
        translate_home(self.home)
        translate_standard_pages(self.standard_pages)
        translate_municipalities(self.municipality_index)
        translate_actors(self.actors)
        translate_themes(self.themes)
        translate_case_studies(self.case_study_index)
        translate_seminars(self.seminar_index)

    def create_demo_admin(self):
        user_model = get_user_model()
        if not user_model.objects.filter(username=DEMO_USERNAME).exists():
            user_model.objects.create_superuser(DEMO_USERNAME, "admin@example.org", DEMO_PASSWORD)
        create_demo_users(DEMO_PASSWORD)
        self.stdout.write(
            self.style.WARNING(
                f"Demo admin login (development only): http://127.0.0.1:8000/admin/  "
                f"user '{DEMO_USERNAME}', password '{DEMO_PASSWORD}'"
            )
        )
        self.stdout.write(
            self.style.WARNING(
                "Demo users, one per role (same password): "
                + ", ".join(username for username, _group in DEMO_USERS)
            )
        )
