"""The readability tests use the role tests' users and site (tests/roles/conftest.py)."""

from tests.roles.conftest import role_users, role_users_data, roles_data, roles_site  # noqa: F401
