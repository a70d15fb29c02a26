"""Who may manage which user in *Settings → Users*.

Coordinators hold `auth.add_user`, `change_user` and `delete_user` so that they can look after the people
who write for the portal. Django's permissions stop there: on their own they would let a coordinator tick
*Administrator* (`is_superuser`), set an administrator's password, or put anyone (themselves included)
in any group — two clicks from coordinator to full control. So, for everyone but superusers:

- the groups one may give are those of the roles coordinators look after: the municipality editors'
  groups, Translators and Seminar organisers (`giveable_groups`); never Coordinators, nor Wagtail's
  built-in Moderators and Editors, nor any group added later by hand;
- one may manage (edit, delete, deactivate) only a user who is not a superuser and whose every group is
  one that may be given (`may_manage`), or oneself; another coordinator is a superuser's business;
- the *Administrator* box is not in the form, so a forged `is_superuser=on` is ignored, and a group
  outside the giveable ones is a field error; the groups one may not give that a user already has are
  kept as they are.

Wagtail 8 customises the users admin through a `UserViewSet` named by the `wagtailusers` app config
(`roles.apps.WagtailUsersConfig`); the forms are given the requesting user by the views below. Wagtail's
bulk actions for users (assign role, delete, set active state) are replaced in `roles/wagtail_hooks.py`
by the subclasses below, which ask the same questions.
"""

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views import generic
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import users as user_views
from wagtail.users.views.bulk_actions import (
    AssignRoleBulkAction,
    DeleteBulkAction,
    SetActiveStateBulkAction,
)

from roles.groups import (
    MUNICIPALITY_EDITORS_PREFIX,
    SEMINAR_ORGANISERS_GROUP_NAME,
    TRANSLATORS_GROUP_NAME,
)

GIVEABLE_GROUP_NAMES = [TRANSLATORS_GROUP_NAME, SEMINAR_ORGANISERS_GROUP_NAME]
FOREIGN_GROUP_ERROR = _(
    "You can only give the groups Translators, Seminar organisers and the municipality editors' groups."
)


def giveable_groups(user):
    """The groups `user` may put people in (or take them out of)."""
    if user.is_superuser:
        return Group.objects.all()
    return Group.objects.filter(
        Q(name__in=GIVEABLE_GROUP_NAMES) | Q(name__startswith=MUNICIPALITY_EDITORS_PREFIX)
    )


def may_manage(user, target):
    """May `user` edit, delete or deactivate `target` in the users admin (their permissions aside)?"""
    if user.is_superuser:
        return True
    if target.is_superuser:
        return False
    if target.pk == user.pk:
        return True
    return not target.groups.exclude(pk__in=giveable_groups(user)).exists()


class GroupLimitsMixin:
    """No *Administrator* box for non-superusers, and only the groups they may give."""

    def __init__(self, *args, for_user, **kwargs):
        super().__init__(*args, **kwargs)
        self.kept_group_ids = []
        if for_user.is_superuser:
            return
        self.fields.pop("is_superuser", None)
        giveable = giveable_groups(for_user)
        field = self.fields["groups"]
        field.queryset = giveable.order_by("name")
        field.error_messages = {**field.error_messages, "invalid_choice": FOREIGN_GROUP_ERROR}
        if self.instance.pk is not None:
            self.kept_group_ids = list(
                self.instance.groups.exclude(pk__in=giveable).values_list("pk", flat=True)
            )

    def clean_groups(self):
        chosen = self.cleaned_data["groups"]
        if not self.kept_group_ids:
            return chosen
        return Group.objects.filter(Q(pk__in=chosen) | Q(pk__in=self.kept_group_ids))


class RoleUserCreationForm(GroupLimitsMixin, UserCreationForm):
    pass


class RoleUserEditForm(GroupLimitsMixin, UserEditForm):
    pass


class ForUserFormMixin:
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}


class ManagedUserMixin:
    """The user at hand must be one the requesting user may manage."""

    def user_has_permission(self, permission):
        return super().user_has_permission(permission) and may_manage(self.request.user, self.object)


class IndexView(user_views.IndexView):
    """No edit or delete link for the users one may not manage."""

    def get_edit_url(self, instance):
        if may_manage(self.request.user, instance):
            return super().get_edit_url(instance)
        return None

    def get_delete_url(self, instance):
        if may_manage(self.request.user, instance):
            return super().get_delete_url(instance)
        return None


class CreateView(ForUserFormMixin, user_views.CreateView):
    pass


class CopyView(ForUserFormMixin, generic.CopyView):
    """A new user with another's details filled in: only from a user one may manage."""

    def get_object(self, queryset=None):
        user = super().get_object(queryset)
        if not may_manage(self.request.user, user):
            raise PermissionDenied
        return user


class EditView(ManagedUserMixin, ForUserFormMixin, user_views.EditView):
    pass


class DeleteView(user_views.DeleteView):
    def dispatch(self, request, *args, **kwargs):
        if not may_manage(request.user, self.get_object()):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class UserViewSet(user_views.UserViewSet):
    index_view_class = IndexView
    add_view_class = CreateView
    copy_view_class = CopyView
    edit_view_class = EditView
    delete_view_class = DeleteView

    def get_form_class(self, for_update=False):
        return RoleUserEditForm if for_update else RoleUserCreationForm


class ManagedUsersBulkMixin:
    def check_perm(self, obj):
        return super().check_perm(obj) and may_manage(self.request.user, obj)


class RoleAssignRoleBulkAction(ManagedUsersBulkMixin, AssignRoleBulkAction):
    """Only the groups the user may give are offered (a forged one is a field error)."""

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        field = form.fields["role"]
        field.queryset = giveable_groups(self.request.user).order_by("name")
        field.error_messages = {**field.error_messages, "invalid_choice": FOREIGN_GROUP_ERROR}
        return form


class RoleDeleteBulkAction(ManagedUsersBulkMixin, DeleteBulkAction):
    pass


class RoleSetActiveStateBulkAction(ManagedUsersBulkMixin, SetActiveStateBulkAction):
    pass
