"""The search tests share the role users of tests/roles (a coordinator, an editor for Aarhus …)."""

from tests.roles.conftest import role_users, role_users_data, roles_data, roles_site  # noqa: F401
