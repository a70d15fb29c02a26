"""The editorial roles the portal relies on, kept in code so every installation gets the same ones.

`setup_roles()` is idempotent: it brings the groups to the state described here and can be re-run at
any time, in particular after a language has been added and its home page created. The group name is
stored in English (the admin shows group names as they are stored, and other code looks the group up
by name); `TRANSLATORS_LABEL` is the translatable name for messages.

Translators translate *from* the Danish source, so their page permissions sit on the home page of each
other language and never on the Danish one. Snippets have no tree to hang permissions on: their
Danish-only restriction is enforced by `directory.permissions.ActorPermissionPolicy`.
"""

from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupPagePermission, Locale, Page

TRANSLATORS_GROUP_NAME = "Translators"
TRANSLATORS_LABEL = _("Translators")

TRANSLATOR_MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
    ("directory", "add_actor"),
    ("directory", "change_actor"),
    ("directory", "publish_actor"),
    ("casestudies", "add_theme"),
    ("casestudies", "change_theme"),
    ("casestudies", "publish_theme"),
]
TRANSLATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]


@dataclass
class RolesResult:
    """What `setup_roles()` found, so the management command can tell the operator."""

    group: Group
    created: bool
    translated_homes: list = field(default_factory=list)
    locales_without_home: list = field(default_factory=list)


def model_permissions(pairs):
    """The Permission objects among `pairs` (app label, codename) that exist: Theme has no publish."""
    permissions = Permission.objects.filter(content_type__app_label__in={app for app, _code in pairs})
    return [
        p
        for p in permissions.select_related("content_type")
        if (p.content_type.app_label, p.codename) in pairs
    ]


@transaction.atomic
def setup_roles():
    """Create or update the Translators group and return what was granted."""
    group, created = Group.objects.get_or_create(name=TRANSLATORS_GROUP_NAME)
    group.permissions.add(*model_permissions(TRANSLATOR_MODEL_PERMISSIONS))

    default_locale = Locale.get_default()
    GroupPagePermission.objects.filter(group=group, page__locale=default_locale).delete()

    page_permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore",
        content_type__model="page",
        codename__in=TRANSLATOR_PAGE_PERMISSIONS,
    )
    result = RolesResult(group=group, created=created)
    for locale in Locale.objects.exclude(pk=default_locale.pk).order_by("language_code"):
        homes = list(Page.objects.filter(depth=2, locale=locale))
        if not homes:
            result.locales_without_home.append(locale)
            continue
        for home in homes:
            for permission in page_permissions:
                GroupPagePermission.objects.get_or_create(group=group, page=home, permission=permission)
            result.translated_homes.append(home)
    return result
