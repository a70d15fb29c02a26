"""The role fixtures (tests/roles/conftest.py) for the directory's admin form tests."""

from tests.roles.conftest import role_users, role_users_data, roles_data, roles_site  # noqa: F401
