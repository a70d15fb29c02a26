"""The background-refresh tests (test_background.py) build on the counting tests' Odense."""

from tests.cooperation.test_cooperation import elsewhere, nothing_pending  # noqa: F401
