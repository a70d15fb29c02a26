from django.apps import AppConfig
from wagtail.users.apps import WagtailUsersAppConfig


class RolesConfig(AppConfig):
    name = "roles"
    # apps.py holds a second config (below): Django picks the one marked default for "roles".
    default = True

    def ready(self):
        """Workflow mails after commit (roles.notifications); an editor group for each new municipality."""
        from django.db.models.signals import post_save

        from roles import groups, notifications

        notifications.connect()
        post_save.connect(
            groups.municipality_page_created,
            sender="directory.MunicipalityPage",
            dispatch_uid="roles_municipality_editors",
        )


class WagtailUsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app with our users admin (roles/users.py): who may give which group, and who may
    edit whom. Installed in place of "wagtail.users" (Wagtail 8's way of customising the user forms)."""

    default = False
    user_viewset = "roles.users.UserViewSet"
