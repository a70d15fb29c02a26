"""The coordinators' list of e-mails that have not been delivered, with the reason and "Try again".

Under Reports → Undelivered e-mails: what the worker gave up on (the mail server refused the address or
the message, or could not be reached for `MAIL_RETRY_HOURS`), what it could not confirm, what it is
still trying, and what has waited `WAITING_TOO_LONG` for a worker at all (none is running). Sent e-mails
are not listed. Read-only: a message is never edited here, only queued again
(`mail.outbox.try_again`). Seeing the list takes `mail.view_outboxmessage`, trying again
`mail.retry_outboxmessage`; both are given to the coordinators (roles/groups.py).
"""

from datetime import timedelta

import django_filters
from django.contrib import messages
from django.db.models import Q
from django.shortcuts import redirect
from django.template.defaultfilters import linebreaksbr
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton, ListingButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from mail import outbox
from mail.models import STUCK, OutboxMessage, OutboxStatus

VIEW_PERMISSION = "mail.view_outboxmessage"
# A message not sent this long after it was due shows that no worker is running.
WAITING_TOO_LONG = timedelta(minutes=15)


class OutboxPermissionPolicy(ModelPermissionPolicy):
    """Viewing and trying again follow the group permissions; nobody adds, edits or deletes a message."""

    ACTIONS = {"view", "retry"}

    def user_has_permission(self, user, action):
        return action in self.ACTIONS and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a in self.ACTIONS])


register_permission_policy(OutboxMessage, OutboxPermissionPolicy(OutboxMessage))


def undelivered():
    """Given up on, not confirmed, waiting to be tried again after a failed attempt, or long overdue."""
    waiting = Q(attempts__gt=0) | Q(next_attempt_at__lt=timezone.now() - WAITING_TOO_LONG)
    return OutboxMessage.objects.filter(Q(status__in=STUCK) | Q(waiting, status=OutboxStatus.QUEUED))


def local_time(value):
    return date_format(timezone.localtime(value), "DATETIME_FORMAT") if value else "–"


class LocalTimeColumn(Column):
    def get_value(self, instance):
        return local_time(super().get_value(instance))


class StateFilter(django_filters.ChoiceFilter):
    def filter(self, queryset, value):
        if value == "retrying":
            return queryset.filter(status=OutboxStatus.QUEUED)
        return queryset.filter(status=value) if value else queryset


class OutboxFilterSet(WagtailFilterSet):
    state = StateFilter(
        label=_("Status"),
        choices=[
            (OutboxStatus.FAILED, OutboxStatus.FAILED.label),
            (OutboxStatus.UNCONFIRMED, OutboxStatus.UNCONFIRMED.label),
            ("retrying", _("Waiting to be sent")),
        ],
        empty_label=_("All undelivered"),
    )

    class Meta:
        model = OutboxMessage
        fields = []


class OutboxIndexView(IndexView):
    page_title = _("Undelivered e-mails")

    def get_base_queryset(self):
        return undelivered().order_by("-created_at", "-pk")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.status in STUCK and self.user_has_permission("retry"):
            url = reverse("mail_outbox:retry", args=[instance.pk])
            buttons.append(ListingButton(_("Try again"), url=url, icon_name="resubmit", priority=5))
        return buttons

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.user_has_permission("retry") and undelivered().filter(status__in=STUCK).exists():
            url = reverse("mail_outbox:retry_all")
            buttons.append(HeaderButton(_("Try all again"), url=url, icon_name="resubmit"))
        return buttons


class OutboxInspectView(InspectView):
    def get_base_object_queryset(self):
        return undelivered()

    def get_field_display_value(self, field_name, field):
        if field_name in ("created_at", "next_attempt_at", "give_up_at"):
            return local_time(getattr(self.object, field_name))
        if field_name in ("to", "reply_to"):
            return ", ".join(getattr(self.object, field_name)) or "–"
        if field_name == "body":
            return linebreaksbr(self.object.body)
        return super().get_field_display_value(field_name, field)

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.object.status in STUCK and self.user_has_permission("retry"):
            url = reverse("mail_outbox:retry", args=[self.object.pk])
            buttons.append(HeaderButton(_("Try again"), url=url, icon_name="resubmit"))
        return buttons


class RetryBaseView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """Asks first (GET), queues again on POST."""

    model = OutboxMessage
    permission_required = "retry"
    template_name = "mail/admin/retry.html"
    header_icon = "mail"
    object = None

    def targets(self):
        raise NotImplementedError

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("mail_outbox:index"), "label": _("Undelivered e-mails")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(object=self.object, count=len(self.targets()), index_url=reverse("mail_outbox:index"))
        return context

    def post(self, request, *args, **kwargs):
        queued = sum(outbox.try_again(message.pk) for message in self.targets())
        messages.success(
            request,
            ngettext(
                "%(count)d e-mail will be sent again in a moment.",
                "%(count)d e-mails will be sent again in a moment.",
                queued,
            )
            % {"count": queued},
        )
        return redirect("mail_outbox:index")


class RetryView(BaseObjectMixin, RetryBaseView):
    """One message that failed or was not confirmed."""

    model = OutboxMessage

    def get_base_object_queryset(self):
        return OutboxMessage.objects.filter(status__in=STUCK)

    def targets(self):
        return [self.object]

    def get_page_title(self):
        return _("Try to send again")

    def get_page_subtitle(self):
        return str(self.object)


class RetryAllView(RetryBaseView):
    """Every message that failed or was not confirmed, after the mail server was away for days."""

    @cached_property
    def stuck(self):
        return list(OutboxMessage.objects.filter(status__in=STUCK).only("pk"))

    def targets(self):
        return self.stuck

    def get_page_title(self):
        return _("Try to send all undelivered e-mails again")


class OutboxViewSet(ModelViewSet):
    model = OutboxMessage
    icon = "mail"
    menu_label = _("Undelivered e-mails")
    add_to_admin_menu = False
    index_view_class = OutboxIndexView
    inspect_view_enabled = True
    inspect_view_class = OutboxInspectView
    copy_view_enabled = False
    filterset_class = OutboxFilterSet
    search_fields = ["subject"]
    search_backend_name = None
    list_display = [
        "subject",
        Column("recipients", label=_("To")),
        "status",
        "failure",
        "attempts",
        LocalTimeColumn("created_at", label=_("Written"), sort_key="created_at"),
        LocalTimeColumn("next_attempt_at", label=_("Next attempt")),
    ]
    inspect_view_fields = [
        "subject",
        "to",
        "reply_to",
        "status",
        "failure",
        "last_error",
        "attempts",
        "created_at",
        "next_attempt_at",
        "give_up_at",
        "message_id",
        "body",
    ]
    form_fields = []

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("retry/<int:pk>/", RetryView.as_view(), name="retry"),
            path("retry/", RetryAllView.as_view(), name="retry_all"),
        ]


outbox_viewset = OutboxViewSet("mail_outbox", url_prefix="reports/undelivered-emails")


@hooks.register("register_admin_viewset")
def register_outbox_viewset():
    return outbox_viewset


class OutboxMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_outbox_menu_item():
    return OutboxMenuItem(
        _("Undelivered e-mails"),
        reverse("mail_outbox:index"),
        name="undelivered-emails",
        icon_name="mail",
        order=1330,  # after the hard-to-read texts (readability, 1320)
    )
