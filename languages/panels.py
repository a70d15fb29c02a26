from django.urls import reverse
from wagtail.admin.ui.components import Component

from languages.translation import out_of_date_sources


class OutOfDateTranslationsPanel(Component):
    """A dashboard panel for translators: Danish content changed since its translations were synced."""

    template_name = "languages/panels/out_of_date_translations.html"
    order = 150
    limit = 20

    def __init__(self, name, heading, queryset, edit_url_name):
        self.name = name
        self.heading = heading
        self.queryset = queryset
        self.edit_url_name = edit_url_name

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        items = list(out_of_date_sources(self.queryset)[: self.limit])
        context.update(
            {
                "panel_id": self.name,
                "heading": self.heading,
                "items": [(item, reverse(self.edit_url_name, args=[item.pk])) for item in items],
            }
        )
        return context
