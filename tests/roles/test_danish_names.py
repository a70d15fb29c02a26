"""Installations from before the group and workflow names were Danish get them renamed by the migration."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from wagtail.models import GroupApprovalTask, Workflow

from roles.groups import (
    COORDINATORS_GROUP_NAME,
    MUNICIPALITY_EDITORS_PREFIX,
    SEMINAR_ORGANISERS_GROUP_NAME,
    TRANSLATORS_GROUP_NAME,
    WORKFLOW_NAME,
)

migration = importlib.import_module("roles.migrations.0001_danish_names")


@pytest.mark.django_db
class TestDanishNames:
    def test_english_names_are_renamed_with_their_members_and_permissions(self, django_user_model):
        coordinators = Group.objects.create(name="Coordinators")
        Group.objects.create(name="Translators")
        Group.objects.create(name="Seminar organisers")
        editors = Group.objects.create(name="Editors: Aarhus (751)")
        user = django_user_model.objects.create_user("k", "k@example.org", "pw")
        user.groups.add(coordinators, editors)
        workflow = Workflow.objects.create(name="Coordinator approval")
        task = GroupApprovalTask.objects.create(name="Coordinator approval")

        migration.to_danish(apps, None)

        assert set(user.groups.values_list("name", flat=True)) == {
            COORDINATORS_GROUP_NAME,
            f"{MUNICIPALITY_EDITORS_PREFIX}Aarhus (751)",
        }
        assert (
            Group.objects.filter(name__in=[TRANSLATORS_GROUP_NAME, SEMINAR_ORGANISERS_GROUP_NAME]).count()
            == 2
        )
        workflow.refresh_from_db()
        task.refresh_from_db()
        assert workflow.name == task.name == WORKFLOW_NAME

    def test_a_group_already_named_in_danish_is_left_alone(self):
        Group.objects.create(name="Coordinators")
        Group.objects.create(name=COORDINATORS_GROUP_NAME)
        migration.to_danish(apps, None)
        assert set(Group.objects.values_list("name", flat=True)) >= {"Coordinators", COORDINATORS_GROUP_NAME}

    def test_back_to_english(self):
        Group.objects.create(name=f"{MUNICIPALITY_EDITORS_PREFIX}Odense (461)")
        migration.to_english(apps, None)
        assert Group.objects.filter(name="Editors: Odense (461)").exists()
