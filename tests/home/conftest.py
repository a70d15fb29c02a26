"""Fixtures of the role and moderation tests (tests/home/test_roles_matrix.py, test_moderation.py)."""

import pytest
from django.contrib.auth.models import Group

from directory.factories import ActorFactory, MunicipalityPageFactory
from directory.models import Sector
from home.roles import (
    COORDINATORS_GROUP_NAME,
    SEMINAR_ORGANISERS_GROUP_NAME,
    TRANSLATORS_GROUP_NAME,
    municipality_editors_group,
    setup_roles,
)


@pytest.fixture
def roles_site(tree):
    """The test tree plus Odense, whose actor the Aarhus editor must not reach."""
    odense = MunicipalityPageFactory(
        parent=tree["directory"], title="Odense", slug="odense", code="461", region="DK-83"
    )
    odense_actor = ActorFactory(
        municipality=odense,
        name="Odense Centralbibliotek",
        slug="odense-centralbibliotek",
        sector=Sector.LIBRARY,
    )
    setup_roles()
    return {**tree, "odense": odense, "odense_actor": odense_actor}


@pytest.fixture
def role_users(roles_site, django_user_model):
    groups = {
        "coordinator": Group.objects.get(name=COORDINATORS_GROUP_NAME),
        "editor": municipality_editors_group(roles_site["municipality"])[0],
        "translator": Group.objects.get(name=TRANSLATORS_GROUP_NAME),
        "organiser": Group.objects.get(name=SEMINAR_ORGANISERS_GROUP_NAME),
    }
    made = {}
    for role, group in groups.items():
        user = django_user_model.objects.create_user(role, f"{role}@example.org", "pw")
        user.groups.add(group)
        made[role] = user
    made["admin"] = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    return made
