"""Who may change which actors: translators may not touch the Danish source.

Pages get this from the page tree (the Translators group has page permissions on the translated home
pages only, see home/roles.py). Snippets have no tree, and Django's model permissions are all-or-nothing:
a translator needs change/publish on `directory.Actor` to work on the English actor, and that alone would
also let them edit the Danish one. `ActorPermissionPolicy` adds the missing rule per instance.

Wagtail's generic snippet views only ask a policy model-wide questions ("may this user change actors?"),
so the views below also ask about the object at hand before they run. Everything else (superusers,
other groups, workflow reviewers) keeps Wagtail's behaviour.
"""

from django.contrib.auth.models import Group
from django.db.models import Q
from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views import snippets as snippet_views

from home.roles import TRANSLATORS_GROUP_NAME

SOURCE_ONLY_ACTIONS = {"add", "change", "publish", "lock", "unlock", "delete"}


class ActorPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, except that a Danish (source) actor needs them from somewhere other than
    the Translators group: a direct user permission, another group, or superuser status."""

    def _is_source(self, instance):
        return instance.locale_id == Locale.get_default().pk

    def _has_permission_besides_translators(self, user, action):
        if user.is_superuser:
            return True
        permissions = self._get_permission_objects_for_actions([action])
        return (
            user.user_permissions.filter(pk__in=permissions).exists()
            or user.groups.filter(permissions__in=permissions).exclude(name=TRANSLATORS_GROUP_NAME).exists()
        )

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        if action in SOURCE_ONLY_ACTIONS and self._is_source(instance):
            return self._has_permission_besides_translators(user, action)
        return True

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        if any(
            action not in SOURCE_ONLY_ACTIONS or self._has_permission_besides_translators(user, action)
            for action in actions
            if self.user_has_permission(user, action)
        ):
            return instances
        return instances.exclude(locale=Locale.get_default())

    def users_with_any_permission_for_instance(self, actions, instance):
        users = self.users_with_any_permission(actions)
        if not self._is_source(instance) or not set(actions) <= SOURCE_ONLY_ACTIONS:
            return users
        permissions = self._get_permission_objects_for_actions(actions)
        other_groups = Group.objects.filter(permissions__in=permissions).exclude(name=TRANSLATORS_GROUP_NAME)
        return users.filter(
            Q(is_superuser=True) | Q(user_permissions__in=permissions) | Q(groups__in=other_groups)
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


class ActorIndexView(snippet_views.IndexView):
    """No edit link on actors the user may not change, no add button in a language they may not add to."""

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


class ActorCreateView(ObjectPermissionMixin, snippet_views.CreateView):
    pass


class ActorCopyView(ObjectPermissionMixin, snippet_views.CopyView):
    pass


class ActorEditView(ObjectPermissionMixin, snippet_views.EditView):
    pass


class ActorUnpublishView(ObjectPermissionMixin, snippet_views.UnpublishView):
    pass


class ActorRevisionsUnscheduleView(ObjectPermissionMixin, snippet_views.RevisionsUnscheduleView):
    pass
