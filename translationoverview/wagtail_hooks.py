"""The translation overview's address and its item in the admin menu (for those who may use it)."""

from django.urls import path, reverse
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from translationoverview.views import TranslationOverviewView, may_use_overview


class OverviewMenuItem(MenuItem):
    def is_shown(self, request):
        return may_use_overview(request.user)


@hooks.register("register_admin_urls")
def register_overview_url():
    return [path("translations/", TranslationOverviewView.as_view(), name="translationoverview")]


@hooks.register("register_admin_menu_item")
def register_overview_menu_item():
    return OverviewMenuItem(
        pgettext_lazy("admin menu", "Translations"),
        reverse("translationoverview"),
        name="translations",
        icon_name="wagtail-localize-language",
        order=250,
    )
