"""The outbox tests start from an empty outbox (other test files' committed e-mails are left alone) and
use the role tests' users and site (tests/roles/conftest.py)."""

import pytest

from mail.models import OutboxMessage
from tests.roles.conftest import role_users, role_users_data, roles_data, roles_site  # noqa: F401

IMMEDIATE = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
DUMMY = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
DATABASE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def empty_outbox(db):
    OutboxMessage.objects.all().delete()


@pytest.fixture
def smtp_backend(settings):
    """Sending goes through the portal's SMTP backend to `smtp_server`."""
    settings.EMAIL_BACKEND = "mail.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
