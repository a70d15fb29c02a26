"""The editorial roles and the moderation workflow the portal relies on, kept in code so every
installation gets the same ones.

`setup_roles()` is idempotent: it brings the groups and the workflow to the state described here and can
be re-run at any time, in particular after a language or a municipality has been added. Group and workflow
names are stored in Danish, the language the admin is used in: Wagtail shows them as they are stored (the
editor's button reads "Send til Koordinatorgodkendelse"), and other code looks groups up by name. The
`*_LABEL` constants are the translatable names for messages. Installations made before the names were
Danish are renamed by the migration `roles/migrations/0001_danish_names.py`.

- **Coordinators** moderate everything: page permissions on the root of the tree (every language),
  every actor permission, the "Koordinatorgodkendelse" (coordinator approval) task, and the admin's
  workflow and user screens.
- **Municipality editors** get one group per municipality, "Redaktører: Aarhus (751)", with *edit* (never
  *publish*) on the Danish municipality page, which is also what scopes their actors
  (`directory.permissions.ActorPermissionPolicy`), and *add* on the Danish case-study index, which in
  Wagtail lets them write case studies and edit the ones they own. Their work reaches the site only
  through the workflow.
- **Translators** translate *from* the Danish source, so their page permissions sit on the home page of
  each other language and never on the Danish one. Snippets have no tree to hang permissions on: their
  Danish-only restriction is enforced by `directory.permissions.ActorPermissionPolicy`.
- **Seminar organisers** add and edit seminars (submitting them for approval) and see registrations.

The domain models are looked up lazily by name (`apps.get_model`) because `home` never imports a domain app.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    TaskState,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)

TRANSLATORS_GROUP_NAME = "Oversættere"
TRANSLATORS_LABEL = _("Translators")
COORDINATORS_GROUP_NAME = "Koordinatorer"
COORDINATORS_LABEL = _("Coordinators")
SEMINAR_ORGANISERS_GROUP_NAME = "Seminararrangører"
SEMINAR_ORGANISERS_LABEL = _("Seminar organisers")
MUNICIPALITY_EDITORS_PREFIX = "Redaktører: "
WORKFLOW_NAME = "Koordinatorgodkendelse"

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

COORDINATOR_MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
    *[
        ("directory", f"{action}_actor")
        for action in ("add", "change", "delete", "publish", "lock", "unlock", "view")
    ],
    *[("directory", f"{action}_language") for action in ("add", "change", "view")],
    *[("casestudies", f"{action}_theme") for action in ("add", "change", "delete", "publish", "view")],
    ("seminars", "view_registration"),
    ("publicforms", "view_submission"),
    ("publicforms", "delete_submission"),
    ("home", "change_targetgroup"),
    *[
        ("wagtailcore", f"{action}_{model}")
        for action in ("add", "change", "delete")
        for model in ("workflow", "task")
    ],
    *[("auth", f"{action}_user") for action in ("add", "change", "delete")],
    # The report of searches without results (search/report.py), and promoting a result for a search.
    ("search", "view_searchcount"),
    *[("wagtailsearchpromotions", f"{action}_searchpromotion") for action in ("add", "change", "delete")],
    # The report of the hardest-to-read published texts (readability/report.py).
    ("readability", "view_readabilityscore"),
    # E-mails that could not be delivered, and trying them again (mail/wagtail_hooks.py).
    ("mail", "view_outboxmessage"),
    ("mail", "retry_outboxmessage"),
]
COORDINATOR_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]

MUNICIPALITY_EDITOR_MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("directory", "add_actor"),
    ("directory", "change_actor"),
]
MUNICIPALITY_EDITOR_PAGE_PERMISSIONS = ["change_page"]
CASE_STUDY_AUTHOR_PAGE_PERMISSIONS = ["add_page"]

SEMINAR_ORGANISER_MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("seminars", "view_registration"),
]
SEMINAR_ORGANISER_PAGE_PERMISSIONS = ["add_page", "change_page"]

# Pictures and documents for pages: every role that writes content may upload and choose them.
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
]
COORDINATOR_COLLECTION_PERMISSIONS = [
    *COLLECTION_PERMISSIONS,
    ("wagtailimages", "change_image"),
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "delete_document"),
]


@dataclass
class RolesResult:
    """What `setup_roles()` found, so the management command can tell the operator."""

    group: Group
    created: bool
    translated_homes: list = field(default_factory=list)
    locales_without_home: list = field(default_factory=list)
    created_groups: list = field(default_factory=list)
    municipality_groups: list = field(default_factory=list)
    workflow: Workflow | None = None


def model_permissions(pairs):
    """The Permission objects among `pairs` (app label, codename) that exist: Theme has no publish, and
    models another part of the portal has not migrated yet are skipped rather than failing."""
    pairs = set(pairs)
    permissions = Permission.objects.filter(content_type__app_label__in={app for app, _code in pairs})
    return [
        p
        for p in permissions.select_related("content_type")
        if (p.content_type.app_label, p.codename) in pairs
    ]


def page_permissions(codenames):
    return Permission.objects.filter(
        content_type__app_label="wagtailcore", content_type__model="page", codename__in=codenames
    )


def grant_pages(group, pages, codenames):
    permissions = list(page_permissions(codenames))
    for page in pages:
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def grant_collections(group, pairs):
    root = Collection.get_first_root_node()
    if root is None:
        return
    for permission in model_permissions(pairs):
        GroupCollectionPermission.objects.get_or_create(group=group, collection=root, permission=permission)


def danish_pages_of(app_label, model_name):
    """The Danish (source) pages of a domain model, looked up by name so `home` imports no domain app."""
    model = apps.get_model(app_label, model_name)
    return model.objects.filter(locale=Locale.get_default())


def municipality_editors_group_name(municipality):
    return f"{MUNICIPALITY_EDITORS_PREFIX}{municipality.title} ({municipality.code})"


def is_municipality_editors_group(group):
    return group.name.startswith(MUNICIPALITY_EDITORS_PREFIX)


def municipality_editors_group(municipality):
    """The editor group of a Danish municipality page, created (with its permissions) if it is missing.

    An existing group is found by its page permission rather than by name, so renaming the page (or the
    group) does not make a second group.
    """
    group = (
        Group.objects.filter(
            name__startswith=MUNICIPALITY_EDITORS_PREFIX,
            page_permissions__page=municipality,
        )
        .order_by("pk")
        .first()
    )
    created = group is None
    if created:
        group, created = Group.objects.get_or_create(name=municipality_editors_group_name(municipality))
    group.permissions.add(*model_permissions(MUNICIPALITY_EDITOR_MODEL_PERMISSIONS))
    grant_pages(group, [municipality], MUNICIPALITY_EDITOR_PAGE_PERMISSIONS)
    grant_pages(
        group, danish_pages_of("casestudies", "CaseStudyIndexPage"), CASE_STUDY_AUTHOR_PAGE_PERMISSIONS
    )
    grant_collections(group, COLLECTION_PERMISSIONS)
    return group, created


def municipality_page_created(sender, instance, created, raw=False, **kwargs):
    """post_save receiver: a new Danish municipality gets its editor group straight away."""
    if created and not raw and instance.locale_id == Locale.get_default().pk:
        municipality_editors_group(instance)


def setup_coordinators():
    group, created = Group.objects.get_or_create(name=COORDINATORS_GROUP_NAME)
    group.permissions.add(*model_permissions(COORDINATOR_MODEL_PERMISSIONS))
    grant_pages(group, [Page.get_first_root_node()], COORDINATOR_PAGE_PERMISSIONS)
    grant_collections(group, COORDINATOR_COLLECTION_PERMISSIONS)
    return group, created


def setup_seminar_organisers():
    group, created = Group.objects.get_or_create(name=SEMINAR_ORGANISERS_GROUP_NAME)
    group.permissions.add(*model_permissions(SEMINAR_ORGANISER_MODEL_PERMISSIONS))
    grant_pages(group, danish_pages_of("seminars", "SeminarIndexPage"), SEMINAR_ORGANISER_PAGE_PERMISSIONS)
    grant_collections(group, COLLECTION_PERMISSIONS)
    return group, created


def setup_translators(result):
    group = result.group
    group.permissions.add(*model_permissions(TRANSLATOR_MODEL_PERMISSIONS))
    default_locale = Locale.get_default()
    GroupPagePermission.objects.filter(group=group, page__locale=default_locale).delete()
    for locale in Locale.objects.exclude(pk=default_locale.pk).order_by("language_code"):
        homes = list(Page.objects.filter(depth=2, locale=locale))
        if not homes:
            result.locales_without_home.append(locale)
            continue
        grant_pages(group, homes, TRANSLATOR_PAGE_PERMISSIONS)
        result.translated_homes.extend(homes)


def setup_workflow(coordinators):
    """One task, one workflow, on the whole page tree and on actors.

    Assigning it to the root page replaces Wagtail's default "Moderators approval" there (a page has one
    workflow), so it applies to every page in every language. Users with publish permission (coordinators,
    translators on their translations) may still publish directly; everyone else must submit.
    """
    task = GroupApprovalTask.objects.filter(name=WORKFLOW_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=WORKFLOW_NAME)
    task.groups.add(coordinators)
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    root = Page.get_first_root_node()
    replaced = (
        WorkflowPage.objects.filter(page=root).exclude(workflow=workflow).select_related("workflow").first()
    )
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    actor_type = ContentType.objects.get_for_model(apps.get_model("directory", "Actor"))
    WorkflowContentType.objects.update_or_create(content_type=actor_type, defaults={"workflow": workflow})
    if replaced is not None:
        retire_if_unused(replaced.workflow)
    return workflow


def retire_if_unused(workflow):
    """Disable a workflow that no page, type or object uses any more, and its tasks that no other uses.

    For the workflow ours replaces at the root, once, when it does: on a new site Wagtail's English
    "Moderators approval", which is then on no page, and which a coordinator would otherwise meet among the
    Danish workflows and could assign. Disabled, it is hidden from the lists and the choices. One still in
    use is kept, and one an administrator enables again stays enabled (ours is at the root by then).
    """
    in_use = (
        WorkflowPage.objects.filter(workflow=workflow).exists()
        or WorkflowContentType.objects.filter(workflow=workflow).exists()
        or WorkflowState.objects.active().filter(workflow=workflow).exists()
    )
    if in_use:
        return False
    workflow.active = False
    workflow.save(update_fields=["active"])
    for task in workflow.tasks.filter(active=True):
        in_progress = task.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if not task.active_workflows.exists() and not in_progress.exists():
            task.active = False
            task.save(update_fields=["active"])
    return True


@transaction.atomic
def setup_roles():
    """Create or update every group and the workflow; return what was done."""
    translators, created = Group.objects.get_or_create(name=TRANSLATORS_GROUP_NAME)
    result = RolesResult(group=translators, created=created)
    if created:
        result.created_groups.append(translators)
    setup_translators(result)

    coordinators, created = setup_coordinators()
    organisers, organisers_created = setup_seminar_organisers()
    result.created_groups += [
        group for group, new in [(coordinators, created), (organisers, organisers_created)] if new
    ]
    for municipality in danish_pages_of("directory", "MunicipalityPage").order_by("title"):
        group, created = municipality_editors_group(municipality)
        result.municipality_groups.append(group)
        if created:
            result.created_groups.append(group)
    result.workflow = setup_workflow(coordinators)
    return result


DEMO_PASSWORD = "erfaring-demo"
# (username, group name or a municipality code for that municipality's editors)
DEMO_USERS = [
    ("koordinator", COORDINATORS_GROUP_NAME),
    ("redaktor-aarhus", "751"),
    ("oversaetter", TRANSLATORS_GROUP_NAME),
    ("arrangoer", SEMINAR_ORGANISERS_GROUP_NAME),
]


def create_demo_users(password=DEMO_PASSWORD):
    """One user per role for trying the site out. Only the demo loader calls this, and only where the
    settings allow a demo login (never in production). Existing users are left as they are."""
    user_model = get_user_model()
    users = []
    for username, group_ref in DEMO_USERS:
        if group_ref.isdigit():
            municipality = danish_pages_of("directory", "MunicipalityPage").filter(code=group_ref).first()
            if municipality is None:
                continue
            group, _created = municipality_editors_group(municipality)
        else:
            group = Group.objects.get(name=group_ref)
        user = user_model.objects.filter(username=username).first()
        if user is None:
            user = user_model.objects.create_user(username, f"{username}@example.org", password)
        user.groups.add(group)
        users.append(user)
    return users
