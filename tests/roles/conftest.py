"""Fixtures of the role and moderation tests (tests/roles/test_roles_matrix.py, test_moderation.py).

Like the tree they build on, Odense, the groups and the users are written once per test file, inside
its shared transaction (tests/conftest.py: site_tree), and each test gets fresh copies.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from directory.factories import ActorFactory, MunicipalityPageFactory
from directory.models import Sector
from roles.groups import (
    COORDINATORS_GROUP_NAME,
    SEMINAR_ORGANISERS_GROUP_NAME,
    TRANSLATORS_GROUP_NAME,
    municipality_editors_group,
    setup_roles,
)
from tests.factories_tree import ModuleData, fresh_copies, module_writes


@pytest.fixture(scope="module")
def roles_data(site_tree, django_db_blocker):
    """Odense, whose actor the Aarhus editor must not reach, and the groups of setup_roles()."""
    with module_writes(django_db_blocker) as callbacks:
        directory = fresh_copies(site_tree.objects)["directory"]
        odense = MunicipalityPageFactory(
            parent=directory, title="Odense", slug="odense", code="461", region="DK-83"
        )
        odense_actor = ActorFactory(
            municipality=odense,
            name="Odense Centralbibliotek",
            slug="odense-centralbibliotek",
            sector=Sector.LIBRARY,
        )
        setup_roles()
    return ModuleData({"odense": odense, "odense_actor": odense_actor}, callbacks)


@pytest.fixture
def roles_site(tree, roles_data):
    """The test tree plus Odense, with the roles set up."""
    return {**tree, **roles_data.for_test()}


@pytest.fixture(scope="module")
def role_users_data(roles_data, site_tree, django_db_blocker):
    """One user per role, and a superuser."""
    user_model = get_user_model()
    with module_writes(django_db_blocker) as callbacks:
        aarhus = fresh_copies(site_tree.objects)["municipality"]
        groups = {
            "coordinator": Group.objects.get(name=COORDINATORS_GROUP_NAME),
            "editor": municipality_editors_group(aarhus)[0],
            "translator": Group.objects.get(name=TRANSLATORS_GROUP_NAME),
            "organiser": Group.objects.get(name=SEMINAR_ORGANISERS_GROUP_NAME),
        }
        made = {}
        for role, group in groups.items():
            user = user_model.objects.create_user(role, f"{role}@example.org", "pw")
            user.groups.add(group)
            made[role] = user
        made["admin"] = user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    return ModuleData(made, callbacks)


@pytest.fixture
def role_users(roles_site, role_users_data):
    return role_users_data.for_test()
