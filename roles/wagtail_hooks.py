"""The users admin's bulk actions, wagtail-localize's views behind our translation policy, and the
editor guide in the Help menu in place of Wagtail's (roles/guide.py).

The first two replace what another app registers, so both are registered to win: the bulk actions after
Wagtail's (a later registration of the same action type replaces the earlier one), the URL patterns
before wagtail-localize's (the first pattern that matches a path serves it).
"""

from django.urls import URLPattern, include, path
from wagtail import hooks
from wagtail_localize import wagtail_hooks as localize_hooks

from roles import guide, localize, users

for action_class in (
    users.RoleAssignRoleBulkAction,
    users.RoleDeleteBulkAction,
    users.RoleSetActiveStateBulkAction,
):
    hooks.register("register_bulk_action", action_class, order=1)

hooks.register("register_admin_urls", guide.admin_urls)
hooks.register("register_help_menu_item", guide.help_menu_item)
hooks.register("construct_help_menu", guide.without_wagtails_guide)


def localize_url_patterns():
    """wagtail-localize's own URL patterns (the list inside its "localize/" include)."""
    (localize_include,) = localize_hooks.register_admin_urls()
    return localize_include.url_patterns


@hooks.register("register_admin_urls", order=-1)
def guarded_localize_urls():
    """The same paths as wagtail-localize's views that change translations, each view wrapped in its
    check (roles.localize.GUARDS). Unnamed: `reverse()` keeps returning wagtail-localize's names."""
    guarded = [
        URLPattern(pattern.pattern, localize.guarded(pattern.callback, localize.GUARDS[pattern.name]))
        for pattern in localize_url_patterns()
        if pattern.name in localize.GUARDS
    ]
    return [path("localize/", include(guarded))]


@hooks.register("before_edit_page", order=-1)
def guard_translated_page_editor(request, page):
    localize.guard_edit_view(request, page)


@hooks.register("before_edit_snippet", order=-1)
def guard_translated_snippet_editor(request, instance):
    localize.guard_edit_view(request, instance)
