"""Settings → Users: coordinators manage editors, translators and organisers, and nothing more.

Each attack is made the way an attacker would make it: the real admin form posted by hand, with the
*Administrator* box ticked or a group id the form never offered, and Wagtail's bulk actions for users.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from roles.groups import (
    COORDINATORS_GROUP_NAME,
    SEMINAR_ORGANISERS_GROUP_NAME,
    TRANSLATORS_GROUP_NAME,
)
from tests.roles.roles_support import client_for, permission_denied

User = get_user_model()
FOREIGN_GROUP_ERROR = (
    "You can only give the groups Translators, Seminar organisers and the municipality editors' groups."
)


def user_form(user, **changes):
    """What the user edit form posts for `user` unchanged (no new password)."""
    data = {
        "username": user.username,
        "email": user.email or f"{user.username}@example.org",
        "first_name": user.first_name or "Fornavn",
        "last_name": user.last_name or "Efternavn",
        "password1": "",
        "password2": "",
        "is_active": "on",
        "groups": [str(pk) for pk in user.groups.values_list("pk", flat=True)],
    }
    data.update(changes)
    return data


def new_user_form(**changes):
    data = {
        "username": "ny-redaktoer",
        "email": "ny@example.org",
        "first_name": "Ny",
        "last_name": "Redaktør",
        "password1": "et-langt-kodeord-2026",
        "password2": "et-langt-kodeord-2026",
        "groups": [],
    }
    data.update(changes)
    return data


def edit_url(user):
    return reverse("wagtailusers_users:edit", args=[user.pk])


def group(name):
    return Group.objects.get(name=name)


def bulk_url(action, *users, **params):
    ids = "&".join(f"id={user.pk}" for user in users)
    url = reverse("wagtail_bulk_action", args=["auth", "user", action])
    return f"{url}?{ids}&next={reverse('wagtailusers_users:index')}"


def field_error(name):
    with translation.override("da"):
        return gettext(name)


@pytest.fixture
def users(role_users):
    return {user.username: User.objects.get(pk=user.pk) for user in role_users.values()}


@pytest.mark.django_db
class TestAdministratorStatus:
    def test_a_coordinator_sees_no_administrator_box(self, users):
        client = client_for(users["coordinator"])
        for url in (edit_url(users["editor"]), reverse("wagtailusers_users:add")):
            assert 'name="is_superuser"' not in client.get(url).content.decode(), url

    def test_a_superuser_still_sees_it(self, users):
        html = client_for(users["admin"]).get(edit_url(users["editor"])).content.decode()
        assert 'name="is_superuser"' in html

    def test_a_forged_tick_on_the_edit_form_is_ignored(self, users):
        editor = users["editor"]
        response = client_for(users["coordinator"]).post(
            edit_url(editor), user_form(editor, is_superuser="on")
        )
        assert response.status_code == 302
        assert not User.objects.get(pk=editor.pk).is_superuser

    def test_a_forged_tick_on_the_add_form_is_ignored(self, users):
        client_for(users["coordinator"]).post(
            reverse("wagtailusers_users:add"), new_user_form(is_superuser="on")
        )
        assert not User.objects.get(username="ny-redaktoer").is_superuser

    def test_a_coordinator_cannot_tick_it_on_themselves(self, users):
        coordinator = users["coordinator"]
        client_for(coordinator).post(edit_url(coordinator), user_form(coordinator, is_superuser="on"))
        assert not User.objects.get(pk=coordinator.pk).is_superuser

    def test_a_superuser_makes_another_superuser(self, users):
        editor = users["editor"]
        client_for(users["admin"]).post(edit_url(editor), user_form(editor, is_superuser="on"))
        assert User.objects.get(pk=editor.pk).is_superuser


@pytest.mark.django_db
class TestSuperusersAreOutOfReach:
    def test_a_coordinator_cannot_open_a_superuser(self, users):
        assert permission_denied(client_for(users["coordinator"]).get(edit_url(users["admin"])))

    def test_a_coordinator_cannot_set_a_superusers_password(self, users):
        admin = users["admin"]
        response = client_for(users["coordinator"]).post(
            edit_url(admin), user_form(admin, password1="overtaget-2026!", password2="overtaget-2026!")
        )
        assert permission_denied(response)
        assert User.objects.get(pk=admin.pk).check_password("pw")

    def test_a_coordinator_cannot_delete_a_superuser(self, users):
        admin = users["admin"]
        client_for(users["coordinator"]).post(reverse("wagtailusers_users:delete", args=[admin.pk]))
        assert User.objects.filter(pk=admin.pk).exists()

    def test_a_coordinator_cannot_edit_another_coordinator(self, users, django_user_model):
        other = django_user_model.objects.create_user("koordinator-2", "k2@example.org", "pw")
        other.groups.add(group(COORDINATORS_GROUP_NAME))
        response = client_for(users["coordinator"]).post(
            edit_url(other), user_form(other, password1="overtaget-2026!", password2="overtaget-2026!")
        )
        assert permission_denied(response)
        assert User.objects.get(pk=other.pk).check_password("pw")

    def test_no_edit_link_to_a_superuser_in_the_listing(self, users):
        html = client_for(users["coordinator"]).get(reverse("wagtailusers_users:index")).content.decode()
        assert edit_url(users["editor"]) in html
        assert edit_url(users["admin"]) not in html

    def test_a_coordinator_cannot_copy_a_superuser(self, users):
        url = reverse("wagtailusers_users:copy", args=[users["admin"].pk])
        assert permission_denied(client_for(users["coordinator"]).get(url))


@pytest.mark.django_db
class TestGroups:
    def test_a_coordinator_gives_the_translators_group(self, users):
        editor = users["editor"]
        groups = [*user_form(editor)["groups"], str(group(TRANSLATORS_GROUP_NAME).pk)]
        client_for(users["coordinator"]).post(edit_url(editor), user_form(editor, groups=groups))
        assert editor.groups.filter(name=TRANSLATORS_GROUP_NAME).exists()

    @pytest.mark.parametrize("group_name", [COORDINATORS_GROUP_NAME, "Moderators", "Editors"])
    def test_a_coordinator_cannot_give_a_group_that_is_not_theirs(self, users, group_name):
        editor = users["editor"]
        forged = group(group_name)
        response = client_for(users["coordinator"]).post(
            edit_url(editor), user_form(editor, groups=[*user_form(editor)["groups"], str(forged.pk)])
        )
        assert response.status_code == 200
        assert field_error(FOREIGN_GROUP_ERROR) in response.context["form"].errors["groups"]
        assert not editor.groups.filter(pk=forged.pk).exists()

    def test_a_coordinator_cannot_add_themselves_to_a_group_that_is_not_theirs(self, users):
        coordinator = users["coordinator"]
        moderators = group("Moderators")
        client_for(coordinator).post(
            edit_url(coordinator),
            user_form(coordinator, groups=[*user_form(coordinator)["groups"], str(moderators.pk)]),
        )
        assert not coordinator.groups.filter(pk=moderators.pk).exists()

    def test_a_new_user_cannot_be_made_a_coordinator(self, users):
        response = client_for(users["coordinator"]).post(
            reverse("wagtailusers_users:add"),
            new_user_form(groups=[str(group(COORDINATORS_GROUP_NAME).pk)]),
        )
        assert "groups" in response.context["form"].errors
        assert not User.objects.filter(username="ny-redaktoer").exists()

    def test_editing_themselves_keeps_a_coordinators_own_group(self, users):
        """The groups a coordinator may not give are not in their form, and so are kept as they were."""
        coordinator = users["coordinator"]
        organisers = str(group(SEMINAR_ORGANISERS_GROUP_NAME).pk)
        client_for(coordinator).post(edit_url(coordinator), user_form(coordinator, groups=[organisers]))
        assert set(coordinator.groups.values_list("name", flat=True)) == {
            COORDINATORS_GROUP_NAME,
            SEMINAR_ORGANISERS_GROUP_NAME,
        }


@pytest.mark.django_db
class TestBulkActions:
    def test_assigning_the_coordinators_group_in_bulk_is_refused(self, users):
        editor = users["editor"]
        coordinators = group(COORDINATORS_GROUP_NAME)
        response = client_for(users["coordinator"]).post(
            bulk_url("assign_role", editor), {"role": str(coordinators.pk)}
        )
        assert response.status_code == 200
        assert field_error(FOREIGN_GROUP_ERROR) in response.context["form"].errors["role"]
        assert not editor.groups.filter(pk=coordinators.pk).exists()

    def test_assigning_the_translators_group_in_bulk_works(self, users):
        editor = users["editor"]
        client_for(users["coordinator"]).post(
            bulk_url("assign_role", editor), {"role": str(group(TRANSLATORS_GROUP_NAME).pk)}
        )
        assert editor.groups.filter(name=TRANSLATORS_GROUP_NAME).exists()

    def test_a_superuser_cannot_be_deactivated_in_bulk(self, users):
        admin = users["admin"]
        client_for(users["coordinator"]).post(
            bulk_url("set_active_state", admin, users["editor"]), {"mark_as_active": "False"}
        )
        assert User.objects.get(pk=admin.pk).is_active
        assert not User.objects.get(pk=users["editor"].pk).is_active

    def test_a_coordinator_cannot_be_deleted_by_another_in_bulk(self, users, django_user_model):
        other = django_user_model.objects.create_user("koordinator-2", "k2@example.org", "pw")
        other.groups.add(group(COORDINATORS_GROUP_NAME))
        client_for(users["coordinator"]).post(bulk_url("delete", other))
        assert User.objects.filter(pk=other.pk).exists()


@pytest.mark.django_db
class TestOtherRoles:
    @pytest.mark.parametrize("role", ["editor", "translator", "organiser"])
    def test_cannot_edit_users(self, users, role):
        editor = users["editor"]
        response = client_for(users[role]).post(edit_url(editor), user_form(editor, is_superuser="on"))
        assert permission_denied(response)
        assert not User.objects.get(pk=editor.pk).is_superuser

    @pytest.mark.parametrize("role", ["editor", "translator", "organiser"])
    def test_cannot_assign_roles_in_bulk(self, users, role):
        response = client_for(users[role]).post(
            bulk_url("assign_role", users[role]), {"role": str(group(COORDINATORS_GROUP_NAME).pk)}
        )
        assert permission_denied(response)
        assert not users[role].groups.filter(name=COORDINATORS_GROUP_NAME).exists()
