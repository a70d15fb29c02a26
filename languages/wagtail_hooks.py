"""The translators' dashboard panel: pages whose translations are out of date."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Page

from languages.panels import OutOfDateTranslationsPanel


@hooks.register("construct_homepage_panels")
def add_out_of_date_pages_panel(request, panels):
    panels.append(
        OutOfDateTranslationsPanel(
            "out-of-date-pages",
            _("Pages whose translations are out of date"),
            Page.objects.all(),
            "wagtailadmin_pages:edit",
        )
    )
