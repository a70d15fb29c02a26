"""Create or update the editorial groups and the moderation workflow (see roles/groups.py).

Safe to run again after adding a language or a municipality.
"""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from roles.groups import TRANSLATORS_LABEL, setup_roles


class Command(BaseCommand):
    help = (
        "Create or update the Coordinators, Translators, Seminar organisers and municipality editor groups "
        "and the coordinators' approval workflow (Koordinatorgodkendelse). Running it again changes nothing."
    )

    def handle(self, *args, **options):
        result = setup_roles()
        if result.created:
            self.stdout.write(_("Created the group “%(group)s”.") % {"group": TRANSLATORS_LABEL})
        else:
            self.stdout.write(_("The group “%(group)s” is up to date.") % {"group": TRANSLATORS_LABEL})
        for group in result.created_groups:
            if group != result.group:
                self.stdout.write(_("Created the group “%(group)s”.") % {"group": group.name})
        count = len(result.municipality_groups)
        self.stdout.write(
            ngettext(
                "%(count)d municipality editor group is up to date.",
                "%(count)d municipality editor groups are up to date.",
                count,
            )
            % {"count": count}
        )
        self.stdout.write(
            _("The workflow “%(workflow)s” moderates every page and every actor.")
            % {"workflow": result.workflow.name}
        )
        for home in result.translated_homes:
            self.stdout.write(
                _("Translators may edit and publish “%(title)s” (%(language)s) and the pages below it.")
                % {"title": home.title, "language": home.locale.get_display_name()}
            )
        for locale in result.locales_without_home:
            self.stdout.write(
                self.style.WARNING(
                    _(
                        "%(language)s has no home page yet, so translators got no pages in it. Translate the "
                        "Danish home page into %(language)s and run this command again."
                    )
                    % {"language": locale.get_display_name()}
                )
            )
