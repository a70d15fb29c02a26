"""Seminar registrations in the admin: a read-only list with filters, and a CSV export per seminar.

Registrations change only through the public pages (register, cancel) so that the waiting list always
moves up as it should; editing one in the admin could skip that, so the admin only shows them. Seeing
them takes `seminars.view_registration` (granted to the seminar organisers' group, "Seminararrangører").
"""

import csv

import django_filters
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton, ListingButton
from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from publicforms.spreadsheets import spreadsheet_safe
from seminars.models import Registration, RegistrationStatus, SeminarPage

VIEW_PERMISSION = "seminars.view_registration"


class RegistrationPermissionPolicy(ModelPermissionPolicy):
    """Viewing follows the group permission; adding, editing and deleting are off for everyone."""

    def user_has_permission(self, user, action):
        if action != "view":
            return False
        return super().user_has_permission(user, action)


register_permission_policy(Registration, RegistrationPermissionPolicy(Registration))


def source_seminars():
    """Registrations belong to the Danish pages, so those are the ones to filter by."""
    return SeminarPage.objects.filter(locale=Locale.get_default()).order_by("-start")


class RegistrationFilterSet(WagtailFilterSet):
    seminar = django_filters.ModelChoiceFilter(label=_("Seminar"), queryset=lambda request: source_seminars())
    status = django_filters.ChoiceFilter(label=_("Status"), choices=RegistrationStatus.choices)

    class Meta:
        model = Registration
        fields = ["seminar", "status"]


class RegistrationIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("seminar")

    @property
    def header_buttons(self):
        buttons = super().header_buttons
        seminar = self.filters.form.cleaned_data.get("seminar") if self.is_filtering else None
        if seminar is not None:
            buttons.append(
                HeaderButton(
                    _("Download CSV"),
                    url=reverse("seminars_registrations_csv", args=[seminar.pk]),
                    icon_name="download",
                )
            )
        return buttons


class RegistrationViewSet(ModelViewSet):
    model = Registration
    index_view_class = RegistrationIndexView
    icon = "group"
    menu_label = _("Registrations")
    menu_order = 250
    add_to_admin_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        "name",
        "organisation",
        "email",
        "seminar",
        "status",
        "created_at",
    ]
    filterset_class = RegistrationFilterSet
    search_fields = ["name", "email", "organisation"]
    search_backend_name = None
    form_fields = ["name", "email", "organisation", "municipality", "diet", "accessibility"]
    inspect_view_fields = [
        "seminar",
        "name",
        "email",
        "organisation",
        "municipality",
        "diet",
        "accessibility",
        "status",
        "created_at",
        "moved_up_at",
        "cancelled_at",
        "wants_summary",
        "reminder_sent_at",
        "summary_sent_at",
        "language",
        "consent_text",
        "consented_at",
    ]


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return RegistrationViewSet("seminar_registrations")


def export_csv(request, seminar_id):
    """All registrations of one seminar, confirmed first, then the waiting list and the cancelled."""
    if not request.user.has_perm(VIEW_PERMISSION):
        raise PermissionDenied
    seminar = get_object_or_404(SeminarPage, pk=seminar_id)
    order = {RegistrationStatus.CONFIRMED: 0, RegistrationStatus.WAITING: 1, RegistrationStatus.CANCELLED: 2}
    rows = sorted(seminar.registrations.all(), key=lambda item: order.get(item.status, 3))
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    filename = f"{slugify(seminar.slug) or 'seminar'}-{timezone.localdate():%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # lets spreadsheet programs recognise UTF-8 (æ, ø, å, Arabic)
    writer = csv.writer(response)
    writer.writerow(
        [
            str(label)
            for label in [
                _("Status"),
                _("Name"),
                _("E-mail"),
                _("Organisation"),
                _("Municipality code"),
                _("Municipality"),
                _("Dietary needs"),
                _("Accessibility needs"),
                _("Language"),
                _("Registered"),
            ]
        ]
    )
    for item in rows:
        writer.writerow(
            [
                spreadsheet_safe(value)
                for value in [
                    item.get_status_display(),
                    item.name,
                    item.email,
                    item.organisation,
                    item.municipality,
                    item.municipality_name,
                    item.diet,
                    item.accessibility,
                    item.language,
                    timezone.localtime(item.created_at).strftime("%Y-%m-%d %H:%M"),
                ]
            ]
        )
    return response


@hooks.register("register_admin_urls")
def register_export_url():
    return [
        path("seminars/registrations/<int:seminar_id>/csv/", export_csv, name="seminars_registrations_csv")
    ]


@hooks.register("register_page_header_buttons")
def registrations_buttons(page, user, view_name, next_url=None):
    """On a seminar in the page editor: links to its registrations and their CSV."""
    if not isinstance(page.specific_deferred, SeminarPage) or not user.has_perm(VIEW_PERMISSION):
        return
    source = page.specific_deferred.registration_source
    yield ListingButton(
        _("Registrations"),
        url=reverse("seminar_registrations:index") + f"?seminar={source.pk}",
        icon_name="group",
        priority=80,
    )
    yield ListingButton(
        _("Download registrations (CSV)"),
        url=reverse("seminars_registrations_csv", args=[source.pk]),
        icon_name="download",
        priority=81,
    )
