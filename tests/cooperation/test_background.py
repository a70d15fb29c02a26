"""The cooperation statistics are rebuilt by the background worker after a publish, not in the request."""

import pytest
from django.db import transaction
from django_tasks import default_task_backend

from cooperation import statistics
from cooperation.models import SectorPairStat
from directory.models import Sector
from tests.cooperation.test_cooperation import add_case_study, pair

DUMMY = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def refresh_tasks():
    return [
        result for result in default_task_backend.results if result.task.func is statistics.refresh_task.func
    ]


@pytest.mark.django_db
@pytest.mark.usefixtures("nothing_pending")
class TestRefreshOffTheRequest:
    def test_a_publish_queues_one_refresh_and_leaves_the_counts_to_the_worker(
        self, tree, elsewhere, settings, django_capture_on_commit_callbacks
    ):
        settings.TASKS = DUMMY
        odense, actors = elsewhere
        with django_capture_on_commit_callbacks(execute=True):
            add_case_study(tree, "En", odense, [actors[Sector.ASSOCIATION], actors[Sector.LANGUAGE_SCHOOL]])
            add_case_study(tree, "To", odense, [actors[Sector.ASSOCIATION], actors[Sector.LANGUAGE_SCHOOL]])
        [task] = refresh_tasks()
        assert pair(Sector.ASSOCIATION, Sector.LANGUAGE_SCHOOL).case_count == 1
        task.task.call()
        assert pair(Sector.ASSOCIATION, Sector.LANGUAGE_SCHOOL).case_count == 3

    def test_a_rolled_back_publish_queues_nothing(self, tree, elsewhere, settings):
        settings.TASKS = DUMMY
        odense, actors = elsewhere
        with pytest.raises(RuntimeError), transaction.atomic():
            add_case_study(tree, "En", odense, [actors[Sector.ASSOCIATION], actors[Sector.LANGUAGE_SCHOOL]])
            raise RuntimeError("the publish failed")
        assert refresh_tasks() == []
        assert SectorPairStat.objects.exists()
