"""Prepares the demo site for the editor guide's screenshots; run inside the demo server's database.

`python manage.py shell -c "from tests.browser.guide_setup import main; main('en')"` sets every demo
user's admin language, makes sure one Aarhus actor waits for a coordinator's review (submitted by
redaktor-aarhus, as the guide describes) and prints, as the last line, the JSON the test needs: admin
URLs of the objects shown.
"""

import json

from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from casestudies.models import CaseStudyIndexPage
from directory.models import Actor, MunicipalityPage
from roles.groups import DEMO_USERS
from seminars.models import SeminarPage


def main(language):
    users = {user.username: user for user in get_user_model().objects.filter(username__in=dict(DEMO_USERS))}
    for user in users.values():
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save(update_fields=["preferred_language"])

    danish = Locale.get_default()
    aarhus = MunicipalityPage.objects.get(locale=danish, code="751")
    actors = Actor.objects.filter(locale=danish, municipality=aarhus).order_by("name")
    waiting = actors.filter(workflow_states__status="in_progress").first()
    if waiting is None:
        waiting = actors.last()
        waiting.opening_hours = "Man–fre 10–19"
        waiting.save_revision(user=users["redaktor-aarhus"])
        waiting.get_workflow().start(waiting, users["redaktor-aarhus"])
    editable = actors.exclude(pk=waiting.pk).first()
    english_actor = editable.get_translation_or_none(Locale.objects.get(language_code="en"))
    seminar = SeminarPage.objects.filter(locale=danish).order_by("start").first()
    print(  # noqa: T201 (the test reads this line)
        json.dumps(
            {
                "aarhus_page": reverse("wagtailadmin_pages:edit", args=[aarhus.pk]),
                "actor_edit": reverse("wagtailsnippets_directory_actor:edit", args=[editable.pk]),
                "actor_name": editable.name,
                "waiting_name": waiting.name,
                "case_study_add": reverse(
                    "wagtailadmin_pages:add",
                    args=["casestudies", "casestudypage", CaseStudyIndexPage.objects.get(locale=danish).pk],
                ),
                "seminar_edit": reverse("wagtailadmin_pages:edit", args=[seminar.pk]),
                "english_actor_edit": reverse("wagtailsnippets_directory_actor:edit", args=[english_actor.pk])
                if english_actor
                else None,
                "registrations": reverse("seminar_registrations:index"),
            }
        )
    )
