"""Every admin URL that can change data is tried by the role tests, or is listed here as out of their scope
with the reason.

The patterns are read from Django's resolver under /admin/, so a view that Wagtail, wagtail-localize or
one of our apps adds (and a pattern renamed by an upgrade) fails this test until someone decides where it
belongs. A class-based view "can change data" when it has a post, put, patch or delete handler; a
function view cannot be inspected, so it counts as one that can.
"""

from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse

from roles.localize import GUARDS

USERS = "tests/roles/test_users_admin.py"
LOCALIZE = "tests/roles/test_localize_endpoints.py"
VIEWS = f"{LOCALIZE}::TestTranslationViews"
MATRIX = "tests/roles/test_roles_matrix.py"
MODERATION = "tests/roles/test_moderation.py"
PROMOTIONS = "tests/search/test_promotions.py"
OUTBOX = "tests/mail/test_admin.py"

# URL name -> where each role is tried against it with a request that changes (or tries to change) data.
COVERED = {
    "wagtailusers_users:add": USERS,
    "wagtailusers_users:edit": USERS,
    "wagtailusers_users:delete": USERS,
    "wagtailusers_users:copy": USERS,
    "wagtail_bulk_action": f"{USERS}::TestBulkActions (users; other models' bulk actions: see below)",
    "wagtail_localize:submit_page_translation": f"{MATRIX}::TestPages::test_translate",
    "wagtail_localize:submit_snippet_translation": f"{LOCALIZE}::TestSubmitTranslation",
    "wagtail_localize:update_translations": f"{VIEWS}::test_sync_translations",
    "wagtail_localize:edit_string_translation": f"{LOCALIZE}::TestStringEditApi",
    "wagtail_localize:edit_override": f"{LOCALIZE}::TestOverrideApi",
    "wagtail_localize:upload_pofile": f"{VIEWS}::test_upload_a_po_file",
    "wagtail_localize:download_pofile": f"{VIEWS}::test_download_a_po_file",
    "wagtail_localize:machine_translate": f"{VIEWS}::test_machine_translate",
    "wagtail_localize:preview_translation": f"{VIEWS}::test_preview_a_page_translation",
    "wagtail_localize:stop_translation": f"{VIEWS}::test_stop_the_translation",
    "wagtail_localize:convert_to_alias": f"{VIEWS}::test_convert_a_translated_page_to_an_alias",
    "wagtailadmin_pages:edit": f"{MATRIX}::TestPages; {LOCALIZE} (translated pages)",
    "wagtailadmin_pages:add": f"{MATRIX}::TestPages::test_an_editor_writes_a_case_study_and_submits_it",
    "wagtailadmin_pages:workflow_action": f"{MATRIX}::TestPages; {MODERATION}",
    "wagtailsnippets_directory_actor:add": f"{MATRIX}::TestActors",
    "wagtailsnippets_directory_actor:edit": f"{MATRIX}::TestActors; {LOCALIZE}::TestTranslatedActorEditor",
    "wagtailsnippets_directory_actor:delete": f"{MATRIX}::TestActors::test_delete",
    "wagtailsnippets_directory_actor:workflow_action": f"{MATRIX}::TestActors::test_moderate",
    "wagtailsnippets_directory_actor:preview_on_edit": f"{MATRIX}::TestActorObjectViews::test_post_a_preview",
    "wagtailsnippets_directory_actor:revisions_revert": f"{MATRIX}::TestActorObjectViews::test_open",
    "wagtailsnippets_directory_actor:confirm_workflow_cancellation": f"{MATRIX}::TestActorObjectViews",
    "wagtailsearchpromotions:add": f"{PROMOTIONS}::TestWhoPromotes",
    "wagtailsearchpromotions:edit": f"{PROMOTIONS}::TestWhoPromotes",
    "wagtailsearchpromotions:delete": f"{PROMOTIONS}::TestWhoPromotes",
    "search_report:promote": f"{PROMOTIONS}::TestWhoPromotes (shows the form only; a POST is refused)",
    "mail_outbox:retry": f"{OUTBOX}::TestTryAgain",
    "mail_outbox:retry_all": f"{OUTBOX}::TestTryAgain",
}

# URL name, or "namespace:*" for a whole namespace -> why the role tests leave it alone.
OUT_OF_SCOPE = {
    # The other actor views are the scoped classes of docs/internals/actor-snippet-views.md; which of them
    # is replaced is checked by tests/roles/test_actor_view_coverage.py, with the object views' GETs in
    # the matrix. Their POSTs are not all tried yet.
    "wagtailsnippets_directory_actor:copy": "ActorCopyView (scoped, MunicipalityCheckMixin); POST not tried",
    "wagtailsnippets_directory_actor:lock": "ActorLockView (scoped); editors hold no lock permission",
    "wagtailsnippets_directory_actor:unlock": "ActorUnlockView (scoped); editors hold no unlock permission",
    "wagtailsnippets_directory_actor:unpublish": "ActorUnpublishView (scoped); only coordinators publish",
    "wagtailsnippets_directory_actor:revisions_unschedule": "ActorRevisionsUnscheduleView (scoped)",
    "wagtailsnippets_directory_actor:preview_on_add": "renders an unsaved actor; stores only a preview",
    "wagtailsnippets_directory_actor:collect_workflow_action_data": "reviewers' workflow task decides",
    "wagtailsnippetchoosers_directory_actor:create": "the chooser's create form is ActorViewSet's add form",
    # Pages: Wagtail's own per-page permission tester on the tree setup_roles() grants
    # (TestSetupRoles checks the grants); edit, save, publish, submit and moderate are in the matrix.
    "wagtailadmin_pages:*": "Wagtail's page permissions on the tree setup_roles grants; not re-tested",
    "wagtailadmin_explore": "lists pages (a function view that only reads)",
    "wagtailadmin_explore_root": "lists pages (reads only)",
    "wagtailadmin_explore_results": "lists pages (reads only)",
    "wagtailadmin_api:*": "the admin's read-only JSON API (pages:action is Wagtail's page permissions)",
    # Models with model-wide permissions only: no role is scoped within them.
    "wagtailsnippets_casestudies_theme:*": "themes: model permissions (translators and coordinators)",
    "wagtailsnippetchoosers_casestudies_theme:*": "themes: model permissions",
    "wagtailsnippets_publicforms_submission:*": "submissions: model permissions (coordinators view, delete)",
    "wagtailsnippetchoosers_publicforms_submission:*": "submissions: model permissions",
    "seminar_registrations:*": "registrations: model permissions (coordinators, organisers)",
    "mail_outbox:*": "undelivered e-mails: view and retry only, for everyone (tests/mail/test_admin.py)",
    "seminars_registrations_csv": "downloads registrations (reads only; view_registration)",
    "wagtailimages:*": "collection permissions of every writing role; not per role",
    "wagtailimages_chooser:*": "collection permissions",
    "wagtaildocs:*": "collection permissions of every writing role; not per role",
    "wagtaildocs_chooser:*": "collection permissions",
    "wagtailembeds:*": "fetches an embed; changes no content",
    "wagtailadmin_collections:*": "no role holds a collection permission (superusers only)",
    "wagtailusers_groups:*": "no role holds a group permission (superusers only)",
    "wagtaillocales:*": "no role holds a locale permission (superusers only)",
    "wagtailsites:*": "no role holds a site permission (superusers only)",
    "wagtailsettings:*": "site settings: no role holds their permission (superusers only)",
    "wagtailredirects:*": "no role holds a redirect permission (superusers only)",
    "wagtailforms:*": "form submissions of Wagtail form pages; the portal has none",
    "wagtailadmin_workflows:*": "coordinators manage workflows (auth by Wagtail's workflow permissions)",
    # Every user's own session and account.
    "wagtailadmin_login": "the login form",
    "wagtailadmin_logout": "ends one's own session",
    "wagtailadmin_password_reset": "one's own password reset",
    "wagtailadmin_password_reset_confirm": "one's own password reset",
    "wagtailadmin_account": "one's own account (no groups, no administrator status)",
    "wagtailadmin_dismissibles": "one's own dismissed hints",
    "wagtailadmin_editing_sessions:*": "one's own editing-session pings",
    # Function views that only read.
    "wagtail_localize:snippets_api_listing": "read-only snippet API of wagtail-localize's chooser (GET)",
    "wagtail_localize:snippets_api_detail": "read-only snippet API of wagtail-localize's chooser (GET)",
    "wagtailadmin_choose_page_anchor_link": "link chooser form; saves nothing",
    "wagtailadmin_choose_page_email_link": "link chooser form; saves nothing",
    "wagtailadmin_choose_page_external_link": "link chooser form; saves nothing",
    "wagtailadmin_choose_page_phone_link": "link chooser form; saves nothing",
    "wagtailadmin_javascript_catalog": "the admin's JavaScript catalogue",
    "wagtailadmin_sprite": "the admin's icon sprite",
    "wagtailadmin_error_test": "raises an error on purpose (Wagtail's own test view)",
    "wagtailadmin_tag_autocomplete": "tag suggestions (reads only)",
    "wagtailadmin_tag_model_autocomplete": "tag suggestions (reads only)",
    "wagtailsearchpromotions:chooser": "the promotion form's list of search terms (reads only)",
    "wagtailsearchpromotions:chooserresults": "the promotion form's list of search terms (reads only)",
    # Unnamed patterns.
    "<redirect>": "RedirectView patterns (the old snippet URLs of submissions)",
    "<catch-all>": "the admin's 404 catch-all",
}


def admin_patterns(resolver=None, prefix="", namespaces=()):
    """(route, name with namespaces, URLPattern) for every URL pattern under /admin/."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            more = (pattern.namespace,) if pattern.namespace else ()
            yield from admin_patterns(pattern, route, namespaces + more)
        elif isinstance(pattern, URLPattern) and route.startswith("admin/"):
            name = ":".join([*namespaces, pattern.name]) if pattern.name else None
            yield route, name, pattern


def may_change_data(pattern):
    view_class = getattr(pattern.callback, "view_class", None)
    if view_class is None:
        return True
    return any(hasattr(view_class, method) for method in ("post", "put", "patch", "delete"))


def key_of(route, name, pattern):
    if name is not None:
        return name
    if getattr(pattern.callback, "localize_guard", None):
        return "<guarded>"
    view_class = getattr(pattern.callback, "view_class", None)
    if view_class is not None and view_class.__name__ == "RedirectView":
        return "<redirect>"
    if route.endswith(".*/$"):
        return "<catch-all>"
    return route


def in_namespace(key, wildcard):
    return wildcard.endswith(":*") and key.startswith(wildcard[:-1])


def decided(key):
    return (
        key in COVERED or key in OUT_OF_SCOPE or any(in_namespace(key, wildcard) for wildcard in OUT_OF_SCOPE)
    )


class TestAdminUrlCoverage:
    def test_every_admin_url_that_changes_data_is_tried_or_left_with_a_reason(self):
        undecided = sorted(
            {
                key_of(route, name, pattern)
                for route, name, pattern in admin_patterns()
                if may_change_data(pattern)
            }
            - {"<guarded>"}
        )
        assert [key for key in undecided if not decided(key)] == []

    def test_the_lists_name_only_existing_urls(self):
        keys = {key_of(*found) for found in admin_patterns()}
        listed = set(COVERED) | set(OUT_OF_SCOPE)
        stale = {entry for entry in listed - keys if not any(in_namespace(key, entry) for key in keys)}
        assert sorted(stale) == []

    def test_nothing_is_both_covered_and_out_of_scope(self):
        assert set(COVERED) & set(OUT_OF_SCOPE) == set()


class TestLocalizeUrlsAreGuarded:
    """Each of wagtail-localize's views that changes a translation is served by our guarded wrapper
    (roles/wagtail_hooks.py), and each of its URL names is either guarded or listed as reading only."""

    def localize_names(self):
        return {
            name.split(":", 1)[1]
            for _route, name, _pattern in admin_patterns()
            if name and name.startswith("wagtail_localize:")
        }

    def test_every_localize_view_is_guarded_or_reads_only(self):
        reads_only = {"javascript_catalog", "translations_report", "translations_report_results"}
        reads_only |= {key.split(":", 1)[1] for key in OUT_OF_SCOPE if key.startswith("wagtail_localize:")}
        assert sorted(self.localize_names() - set(GUARDS) - reads_only) == []

    def test_the_guarded_paths_are_served_by_the_wrapper(self):
        kwargs = {
            "submit_page_translation": [1],
            "submit_snippet_translation": ["directory", "actor", 1],
            "update_translations": [1],
            "edit_string_translation": [1, 1],
            "edit_override": [1, 1],
            "convert_to_alias": [1],
        }
        for name, check in GUARDS.items():
            path = reverse(f"wagtail_localize:{name}", args=kwargs.get(name, [1]))
            assert getattr(resolve(path).func, "localize_guard", None) is check, name
