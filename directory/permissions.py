"""Who may do what to which actor.

Pages get this from the page tree. Snippets have no tree, and Django's model permissions are
all-or-nothing, so `ActorPermissionPolicy` narrows each *grant* of a model permission to the actors it
is meant for:

- from the **Translators** group: the translations only, never the Danish source (a translator needs
  change/publish on `directory.Actor` to work on the English actor, and that alone would also let them
  edit the Danish one);
- from a **municipality editors** group ("Redaktører: Aarhus (751)"): the Danish (source) actors whose
  municipality page is in the group's page-permission subtree (found through the page's
  `translation_key`). Editors work in Danish; the translations are the translators' and the
  coordinators', so an editor may not open or change an English actor, even of their municipality;
- from anywhere else (superuser status, a direct user permission, the Coordinators or any other group):
  every actor.

A user holds a permission on an actor if any of their grants allows it. The grants are worked out once
per user object (like Django's own permission cache), so a listing costs the same few queries however
many actors it shows.

Wagtail's generic snippet views only ask a policy model-wide questions ("may this user change actors?"),
so the views below also ask about the object at hand before they run, filter the listing, and check the
municipality chosen in the form. Workflow reviewers keep Wagtail's behaviour.
"""

from dataclasses import dataclass

from django.contrib.auth.models import Group, Permission
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.models import GroupPagePermission, Locale, Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views import snippets as snippet_views

from roles.groups import TRANSLATORS_GROUP_NAME, is_municipality_editors_group

SOURCE_ONLY_ACTIONS = {"add", "change", "publish", "lock", "unlock", "delete"}
ALL_ACTORS = Q(pk__isnull=False)


@dataclass(frozen=True)
class Grant:
    """Some actor permissions (`actions`), held through one route and limited to some actors."""

    actions: frozenset
    translations_only: bool = False
    municipality_keys: frozenset | None = None
    source_only: bool = False

    def allows(self, action, instance, default_locale_id):
        if action not in self.actions:
            return False
        if self.source_only and instance.locale_id != default_locale_id:
            return False
        if (
            self.translations_only
            and action in SOURCE_ONLY_ACTIONS
            and instance.locale_id == default_locale_id
        ):
            return False
        if self.municipality_keys is not None and instance.municipality_id is not None:
            return instance.municipality.translation_key in self.municipality_keys
        return True

    def actors(self, actions, default_locale_id):
        """A Q for the actors on which this grant gives any of `actions` (None: none of them)."""
        held = self.actions & set(actions)
        if not held:
            return None
        q = ALL_ACTORS
        if self.translations_only and held <= SOURCE_ONLY_ACTIONS:
            q &= ~Q(locale_id=default_locale_id)
        if self.municipality_keys is not None:
            q &= Q(municipality__translation_key__in=self.municipality_keys)
        if self.source_only:
            q &= Q(locale_id=default_locale_id)
        return q


def municipality_keys(groups):
    """For each municipality editors group, the translation keys of the pages in its subtrees."""
    paths = {}
    for group_id, path in GroupPagePermission.objects.filter(group__in=groups).values_list(
        "group_id", "page__path"
    ):
        paths.setdefault(group_id, set()).add(path)
    keys = {group.pk: set() for group in groups}
    all_paths = {path for group_paths in paths.values() for path in group_paths}
    if all_paths:
        under = Q()
        for path in all_paths:
            under |= Q(path__startswith=path)
        for page_path, key in Page.objects.filter(under).values_list("path", "translation_key"):
            for group_id, group_paths in paths.items():
                if any(page_path.startswith(path) for path in group_paths):
                    keys[group_id].add(key)
    return {group_id: frozenset(group_keys) for group_id, group_keys in keys.items()}


class ActorPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, each narrowed to the actors its group is responsible for (see the module)."""

    def _actions(self, codenames):
        suffix = f"_{self.model._meta.model_name}"
        return frozenset(codename.removesuffix(suffix) for codename in codenames if codename.endswith(suffix))

    def _group_grants(self, groups_codenames):
        """Grants for {group: codenames}."""
        editor_groups = [group for group in groups_codenames if is_municipality_editors_group(group)]
        keys = municipality_keys(editor_groups) if editor_groups else {}
        grants = {}
        for group, codenames in groups_codenames.items():
            actions = self._actions(codenames)
            if group.name == TRANSLATORS_GROUP_NAME:
                grants[group] = Grant(actions, translations_only=True)
            elif group.pk in keys:
                grants[group] = Grant(actions, municipality_keys=keys[group.pk], source_only=True)
            else:
                grants[group] = Grant(actions)
        return grants

    def _groups_codenames(self, groups):
        permissions = Permission.objects.filter(content_type=self._content_type, group__in=groups)
        by_group = {group.pk: (group, set()) for group in groups}
        for group_id, codename in permissions.values_list("group", "codename"):
            by_group[group_id][1].add(codename)
        return {group: codenames for group, codenames in by_group.values() if codenames}

    def grants(self, user):
        """Every route by which `user` holds actor permissions, cached on the user object."""
        cached = getattr(user, "_actor_grants", None)
        if cached is not None:
            return cached
        grants = []
        if user.is_active and user.is_authenticated:
            all_actions = frozenset(self.model._meta.default_permissions) | SOURCE_ONLY_ACTIONS
            if user.is_superuser:
                grants.append(Grant(all_actions))
            else:
                own = user.user_permissions.filter(content_type=self._content_type)
                if own_codenames := set(own.values_list("codename", flat=True)):
                    grants.append(Grant(self._actions(own_codenames)))
                groups = list(user.groups.all())
                grants += self._group_grants(self._groups_codenames(groups)).values()
        user._actor_grants = (Locale.get_default().pk, grants)
        return user._actor_grants

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        default_locale_id, grants = self.grants(user)
        return any(grant.allows(action, instance, default_locale_id) for grant in grants)

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        default_locale_id, grants = self.grants(user)
        scope = None
        for grant in grants:
            q = grant.actors(actions, default_locale_id)
            if q is not None:
                scope = q if scope is None else scope | q
        return instances.none() if scope is None else instances.filter(scope)

    def visible_instances(self, user, queryset):
        """What the listing shows: every actor a grant covers, Danish ones included for translators (they
        translate from them). Municipality editors see their own municipality's actors only."""
        default_locale_id, grants = self.grants(user)
        scope = None
        for grant in grants:
            q = ALL_ACTORS
            if grant.municipality_keys is not None:
                q = Q(municipality__translation_key__in=grant.municipality_keys)
            scope = q if scope is None else scope | q
        return queryset.none() if scope is None else queryset.filter(scope)

    def users_with_any_permission_for_instance(self, actions, instance):
        users = self.users_with_any_permission(actions)
        permissions = self._get_permission_objects_for_actions(actions)
        default_locale_id = Locale.get_default().pk
        groups = Group.objects.filter(permissions__in=permissions).distinct()
        grants = self._group_grants(self._groups_codenames(list(groups)))
        allowed_groups = [
            group
            for group, grant in grants.items()
            if any(grant.allows(action, instance, default_locale_id) for action in actions)
        ]
        return users.filter(
            Q(is_superuser=True) | Q(user_permissions__in=permissions) | Q(groups__in=allowed_groups)
        ).distinct()


class ObjectPermissionMixin:
    """Ask the policy about the object (or, on the create view, the chosen language) as well."""

    def user_has_permission(self, permission):
        if not super().user_has_permission(permission):
            return False
        if not self.permission_policy.user_has_permission(self.request.user, permission):
            # Allowed by something other than the policy (a workflow task): not ours to restrict.
            return True
        instance = getattr(self, "object", None)
        if instance is None and getattr(self, "locale", None) is not None:
            instance = self.model(locale=self.locale)
        if instance is None:
            return True
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, permission, instance
        )

    def user_has_any_permission(self, permissions):
        """For the views that ask for any of several actions (history, inspect)."""
        return any(self.user_has_permission(permission) for permission in permissions)


class MunicipalityCheckMixin:
    """The municipality chosen in the form must be one the editor may work in: a field error otherwise,
    since the dispatch-time check of a new actor cannot know the municipality yet."""

    form_permission = "change"

    def is_valid(self, form):
        if not super().is_valid(form):
            return False
        user = self.request.user
        policy = self.permission_policy
        if policy.user_has_permission(user, self.form_permission) and not (
            policy.user_has_permission_for_instance(user, self.form_permission, form.instance)
        ):
            form.add_error(
                "municipality",
                _("You can only add and edit actors in the municipalities you are an editor for."),
            )
            # A validation error like any other (Wagtail's autosave shows "a server error occurred" for
            # any other code).
            self.produced_error_code = "validation_error"
            self.produced_error_message = self.get_error_message()
            return False
        return True


class ActorIndexView(snippet_views.IndexView):
    """Only the actors the user works on; no edit link on those they may not change, no add button in a
    language they may not add to."""

    def get_base_queryset(self):
        return self.permission_policy.visible_instances(self.request.user, super().get_base_queryset())

    def get_edit_url(self, instance):
        if self.permission_policy.user_has_permission_for_instance(self.request.user, "change", instance):
            return super().get_edit_url(instance)
        return None

    def get_add_url(self):
        if self.locale and not self.permission_policy.user_has_permission_for_instance(
            self.request.user, "add", self.model(locale=self.locale)
        ):
            return None
        return super().get_add_url()


class ActorCreateView(MunicipalityCheckMixin, ObjectPermissionMixin, snippet_views.CreateView):
    """No autosave on a new actor: it would create a draft actor, visible in the listing and the workflow,
    before the editor has decided to save anything. Once saved, the actor autosaves as usual."""

    form_permission = "add"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.autosave_enabled = False


class ActorCopyView(MunicipalityCheckMixin, ObjectPermissionMixin, snippet_views.CopyView):
    form_permission = "add"


class ActorEditView(MunicipalityCheckMixin, ObjectPermissionMixin, snippet_views.EditView):
    pass


class ActorDeleteView(ObjectPermissionMixin, snippet_views.DeleteView):
    pass


class ActorUnpublishView(ObjectPermissionMixin, snippet_views.UnpublishView):
    pass


class ActorRevisionsUnscheduleView(ObjectPermissionMixin, snippet_views.RevisionsUnscheduleView):
    pass


class ActorLockView(ObjectPermissionMixin, snippet_views.LockView):
    pass


class ActorUnlockView(ObjectPermissionMixin, snippet_views.UnlockView):
    pass


# The object views that only show an actor (or, for previews, render a draft of it) ask the policy about
# that actor too: `self.object` is set in `setup()`, before `PermissionCheckedMixin.dispatch` checks the
# action the view requires ("change" for usage, previews, revisions and workflow history; any of
# add/change/delete for history; any of add/change/delete/view for inspect). The revert view is built
# from `ActorEditView`, and the workflow action and task preview views are left to the workflow task.


class ActorUsageView(ObjectPermissionMixin, snippet_views.UsageView):
    pass


class ActorHistoryView(ObjectPermissionMixin, snippet_views.HistoryView):
    pass


class ActorInspectView(ObjectPermissionMixin, snippet_views.InspectView):
    pass


class ActorRevisionsCompareView(ObjectPermissionMixin, snippet_views.RevisionsCompareView):
    pass


class ActorPreviewRevisionView(ObjectPermissionMixin, snippet_views.PreviewRevisionView):
    pass


class ActorPreviewOnEditView(ObjectPermissionMixin, snippet_views.PreviewOnEditView):
    pass


class ActorWorkflowHistoryView(ObjectPermissionMixin, snippet_views.WorkflowHistoryView):
    pass


class ActorWorkflowHistoryDetailView(ObjectPermissionMixin, snippet_views.WorkflowHistoryDetailView):
    pass


class ActorConfirmWorkflowCancellationView(
    ObjectPermissionMixin, PermissionCheckedMixin, snippet_views.ConfirmWorkflowCancellationView
):
    """Wagtail checks nothing here; it is part of publishing from the edit view, so ask what that asks."""

    permission_required = "change"
