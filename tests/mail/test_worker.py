"""The real thing: messages committed with the database queue, sent by `manage.py db_worker` (a process of
its own, on the test database) to an SMTP server on 127.0.0.1, each once."""

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.db import connection
from django_tasks_db.models import DBTaskResult

from mail import outbox
from mail.models import OutboxMessage, OutboxStatus
from tests.mail.conftest import DATABASE
from tests.mail.smtp_server import SMTPServer


def database_url():
    """The test database (the one this process uses now), for another process."""
    database = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{database['NAME']}"
    password = f":{database['PASSWORD']}" if database["PASSWORD"] else ""
    return (
        f"postgres://{database['USER']}{password}@{database['HOST'] or '127.0.0.1'}:"
        f"{database['PORT'] or 5432}/{database['NAME']}"
    )


def run_worker(port):
    """`db_worker` until the queue has nothing ready, then it exits (--batch)."""
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.mail.worker_settings",
        "DATABASE_URL": database_url(),
        "TEST_SMTP_PORT": str(port),
    }
    return subprocess.run(
        [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay", "--no-reload"],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def committed(django_db_setup, django_db_blocker, settings):
    """Messages posted with the database queue and committed, so the worker's own connection sees them.

    Committed for real, as TestConcurrency in tests/seminars/test_registration.py does, and removed
    afterwards: a transactional test would flush every table, the migrations' page tree too.
    """
    settings.TASKS = DATABASE
    with django_db_blocker.unblock():
        before = set(DBTaskResult.objects.values_list("pk", flat=True))
        messages = [
            outbox.post(f"Tilmelding {number}", "Du er tilmeldt.", [f"deltager{number}@example.org"])
            for number in range(3)
        ]
        try:
            yield messages
        finally:
            OutboxMessage.objects.filter(pk__in=[message.pk for message in messages]).delete()
            DBTaskResult.objects.exclude(pk__in=before).delete()


class TestDatabaseWorker:
    # `committed` before `db`: the messages are committed before the test's own transaction begins.
    def test_the_worker_sends_each_committed_message_once(self, committed, db):
        with SMTPServer() as server:
            first = run_worker(server.port)
            again = run_worker(server.port)
        assert first.returncode == 0, first.stderr
        assert again.returncode == 0, again.stderr
        assert sorted(server.recorder.message_ids) == sorted(message.message_id for message in committed)
        statuses = OutboxMessage.objects.filter(pk__in=[message.pk for message in committed])
        assert set(statuses.values_list("status", flat=True)) == {OutboxStatus.SENT}
