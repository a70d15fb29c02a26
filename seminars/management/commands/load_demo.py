"""Build the demo site: every page type in Danish, translations through wagtail-localize, no downloads.

The command lives in the seminars app because it is the top of the import chain and may use every app.
Running it again changes nothing: every step looks for what it would create first.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Site

from casestudies.cooperation import refresh as refresh_cooperation
from casestudies.demo import load_case_studies, load_themes, translate_case_studies, translate_themes
from directory.demo import load_actors, load_municipalities, translate_actors, translate_municipalities
from home.demo import load_home, load_standard_pages, translate_home, translate_standard_pages
from home.models import PortalSettings
from home.roles import DEMO_USERS, create_demo_users, setup_roles
from seminars.demo import load_seminars, translate_seminars

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
        site = Site.objects.get(is_default_site=True)
        portal, _created = PortalSettings.objects.get_or_create(site=site)
        if not portal.contact_email:
            portal.contact_email = "erfaringsportalen@example.org"
            portal.contact_phone = "+45 00 00 10 00"
            portal.save()
        self.standard_pages = load_standard_pages(self.home, portal)

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
