from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HandoutsConfig(AppConfig):
    name = "handouts"
    verbose_name = _("Handouts")

    def ready(self):
        """Warn at `manage.py check` when WeasyPrint cannot find Pango (handouts.checks)."""
        from handouts import checks  # noqa: F401
