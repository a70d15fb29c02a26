from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HandoutsConfig(AppConfig):
    name = "handouts"
    verbose_name = _("Handouts")

    def ready(self):
        """Warn at `manage.py check` when WeasyPrint cannot find Pango (handouts.checks), and render the
        handouts readers ask for again on the worker after each publish (handouts.ahead)."""
        from handouts import ahead, checks  # noqa: F401
        from pagecache.generations import content_changed

        content_changed.connect(ahead.content_changed, dispatch_uid="handouts-render-ahead")
