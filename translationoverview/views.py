from django.core.exceptions import PermissionDenied
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from roles.localize import SUBMIT_TRANSLATION
from translationoverview.forms import OverviewFilterForm
from translationoverview.overview import (
    add_case_study_municipalities,
    add_links,
    fill_cells,
    source_rows,
    target_locales,
)


def may_use_overview(user):
    """Translators, coordinators and superusers: those who may submit translations.

    The permission, rather than the two groups' names, because Django keeps a user's permissions for the
    request: the admin menu asks on every page, and wagtail-localize's own buttons ask the same.
    """
    return user.is_active and user.has_perm(SUBMIT_TRANSLATION)


class OverviewPaginator(WagtailPaginator):
    verbose_name = _("page or actor")
    verbose_name_plural = _("pages and actors")


class TranslationOverviewView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "translationoverview/index.html"
    page_title = _("Translation overview")
    header_icon = "wagtail-localize-language"
    per_page = 50

    def dispatch(self, request, *args, **kwargs):
        if not may_use_overview(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    @cached_property
    def form(self):
        form = OverviewFilterForm(self.request.GET or None)
        form.is_valid()
        return form

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = self.form
        locales = target_locales(form.value("language"))
        municipality = form.value("municipality")
        rows = source_rows(form.value("kind"), municipality and municipality.pk, form.value("q") or "")
        status = form.value("status")
        if status:
            # Filtering by state needs the state of every row: the same queries, over more rows.
            fill_cells(rows, locales)
            rows = [row for row in rows if any(cell.status == status for cell in row.cells)]
        paginator = OverviewPaginator(rows, self.per_page)
        page = paginator.get_page(self.request.GET.get("p"))
        shown = list(page.object_list)
        if not status:
            fill_cells(shown, locales)
        add_case_study_municipalities(shown)
        names = {municipality.pk: municipality.title for municipality in form.fields["municipality"].queryset}
        for row in shown:
            row.municipality_names = [names[pk] for pk in row.municipality_pks if pk in names]
        add_links(shown, self.request, self.request.get_full_path())
        context.update(
            {
                "form": form,
                "locales": locales,
                "rows": shown,
                "page_obj": page,
                "paginator": paginator,
                "elided_page_range": paginator.get_elided_page_range(page.number),
                "is_filtering": any(form.value(name) for name in form.fields),
            }
        )
        return context
