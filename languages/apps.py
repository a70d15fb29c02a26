from django.apps import AppConfig


class LanguagesConfig(AppConfig):
    name = "languages"

    def ready(self):
        """Locales are kept for one request, and forgotten when one is saved or deleted meanwhile."""
        from django.core.signals import request_finished, request_started
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Locale

        from languages import locales

        request_started.connect(locales._start_request, dispatch_uid="languages_request_started")
        request_finished.connect(locales._end_request, dispatch_uid="languages_request_finished")
        post_save.connect(locales._forget_locales, sender=Locale, dispatch_uid="languages_locale_saved")
        post_delete.connect(locales._forget_locales, sender=Locale, dispatch_uid="languages_locale_deleted")
