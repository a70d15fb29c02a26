from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationOverviewConfig(AppConfig):
    name = "translationoverview"
    verbose_name = _("Translation overview")
