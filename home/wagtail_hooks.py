from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Page
from wagtail.snippets.models import register_snippet

from home.panels import OutOfDateTranslationsPanel
from home.submission_admin import SubmissionViewSet


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


register_snippet(SubmissionViewSet)
