"""The settings of the worker that tests/mail/test_worker.py starts: the test settings, with the tasks
in the database queue and the mail going to the SMTP server the test runs on TEST_SMTP_PORT."""

import os

from config.settings.test import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
EMAIL_BACKEND = "mail.smtp.EmailBackend"
EMAIL_HOST = "127.0.0.1"
EMAIL_PORT = int(os.environ.get("TEST_SMTP_PORT", "25"))
