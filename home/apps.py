from django.apps import AppConfig
from django.db.models.signals import post_save


class HomeConfig(AppConfig):
    name = "home"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from home import (
            caching,  # noqa: F401 (empties the page cache when content is published)
            signals,  # noqa: F401 (connects the workflow receivers)
        )

        self.connect_moderation_and_roles()

    def connect_moderation_and_roles(self):
        """Workflow mails after commit (home/moderation.py); an editor group for each new municipality."""
        from home import moderation, roles

        moderation.connect()
        post_save.connect(
            roles.municipality_page_created,
            sender="directory.MunicipalityPage",
            dispatch_uid="home_roles_municipality_editors",
        )
