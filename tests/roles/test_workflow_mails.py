"""The approval workflow's mails: in the recipient's admin language, with links that reach the object.

Which language a message is in is read from the portal's own strings (the mail templates in
site/templates/roles/notifications/ and the model names), never from Wagtail's catalogue.
"""

import re
from urllib.parse import urlsplit

import pytest
from django.utils import translation
from django.utils.translation import gettext
from wagtail.users.models import UserProfile

from roles.workflow import submit_for_moderation
from tests.roles.roles_support import client_for, fresh, submit_actor, submit_page, workflow_action

BASE_URL = "https://erfaringsportalen.example.org"


@pytest.fixture(autouse=True)
def base_url(settings):
    settings.WAGTAILADMIN_BASE_URL = BASE_URL


def choose_language(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def mail_to(mailoutbox, user):
    messages = [message for message in mailoutbox if message.to == [user.email]]
    assert len(messages) == 1, [message.to for message in mailoutbox]
    return messages[0]


def in_language(language, message, **values):
    with translation.override(language):
        return gettext(message) % values


def links(message):
    return re.findall(r"https?://\S+", message.body)


def admin_path(url):
    assert url.startswith(BASE_URL + "/admin/"), url
    return urlsplit(url).path


@pytest.fixture
def submitted_actor(roles_site, role_users, django_capture_on_commit_callbacks, mailoutbox):
    """The Aarhus editor has sent the library, renamed "Dokk1", for approval."""

    def submit():
        with django_capture_on_commit_callbacks(execute=True):
            submit_actor(role_users["editor"], roles_site["library"], name="Dokk1")
        return fresh(roles_site["library"])

    return submit


@pytest.mark.django_db
class TestSubmissionMailLanguage:
    @pytest.mark.parametrize(("language", "model_name"), [("da", "aktør"), ("en", "actor")])
    def test_a_coordinator_hears_of_a_submission_in_their_admin_language(
        self, role_users, submitted_actor, mailoutbox, language, model_name
    ):
        choose_language(role_users["coordinator"], language)
        submitted_actor()
        message = mail_to(mailoutbox, role_users["coordinator"])
        assert message.subject == in_language(
            language, "Waiting for your approval: “%(title)s”", title="Dokk1"
        )
        assert f"“Dokk1” ({model_name})" in message.body
        assert in_language(language, "Open it here to approve it or ask for changes:") in message.body

    def test_two_coordinators_each_get_their_own_language(
        self, role_users, django_user_model, submitted_actor, mailoutbox
    ):
        colleague = django_user_model.objects.create_user("kollega", "kollega@example.org", "pw")
        colleague.groups.set(role_users["coordinator"].groups.all())
        choose_language(role_users["coordinator"], "da")
        choose_language(colleague, "en")
        submitted_actor()
        assert "(aktør)" in mail_to(mailoutbox, role_users["coordinator"]).body
        assert "(actor)" in mail_to(mailoutbox, colleague).body

    def test_without_a_choice_a_public_submission_in_ukrainian_reaches_the_coordinator_in_danish(
        self, roles_site, role_users, mailoutbox, django_capture_on_commit_callbacks
    ):
        """The public form runs in the reader's language; the coordinator's admin speaks Danish."""
        actor = roles_site["library"]
        actor.name = "Бібліотека Оргус"
        with translation.override("uk"), django_capture_on_commit_callbacks(execute=True):
            submit_for_moderation(actor)
        message = mail_to(mailoutbox, role_users["coordinator"])
        assert message.subject == in_language(
            "da", "Waiting for your approval: “%(title)s”", title=actor.name
        )
        assert f"“{actor.name}” (aktør)" in message.body
        assert "організація" not in message.body

    def test_a_language_the_admin_does_not_offer_gives_danish(self, role_users, submitted_actor, mailoutbox):
        choose_language(role_users["coordinator"], "de")
        submitted_actor()
        assert "(aktør)" in mail_to(mailoutbox, role_users["coordinator"]).body


@pytest.mark.django_db
class TestOutcomeMailLanguage:
    @pytest.mark.parametrize(("language", "model_name"), [("da", "aktør"), ("en", "actor")])
    def test_the_editor_hears_of_the_approval_in_their_admin_language(
        self,
        roles_site,
        role_users,
        submitted_actor,
        mailoutbox,
        django_capture_on_commit_callbacks,
        language,
        model_name,
    ):
        choose_language(role_users["editor"], language)
        actor = submitted_actor()
        mailoutbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            workflow_action(role_users["coordinator"], actor, "approve")
        message = mail_to(mailoutbox, role_users["editor"])
        assert message.subject == in_language(language, "Approved: “%(title)s”", title="Dokk1")
        assert f"“Dokk1” ({model_name})" in message.body

    @pytest.mark.parametrize(("language", "model_name"), [("da", "aktør"), ("en", "actor")])
    def test_the_editor_hears_of_the_rejection_in_their_admin_language(
        self,
        roles_site,
        role_users,
        submitted_actor,
        mailoutbox,
        django_capture_on_commit_callbacks,
        language,
        model_name,
    ):
        choose_language(role_users["editor"], language)
        actor = submitted_actor()
        mailoutbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            workflow_action(role_users["coordinator"], actor, "reject", comment="Skriv hele navnet")
        message = mail_to(mailoutbox, role_users["editor"])
        assert message.subject == in_language(language, "Changes needed: “%(title)s”", title="Dokk1")
        assert f"“Dokk1” ({model_name})" in message.body
        assert "Skriv hele navnet" in message.body

    def test_the_coordinators_language_does_not_decide_the_editors(
        self, roles_site, role_users, submitted_actor, mailoutbox, django_capture_on_commit_callbacks
    ):
        """The coordinator approves in English; the editor without a choice still hears in Danish."""
        choose_language(role_users["coordinator"], "en")
        actor = submitted_actor()
        mailoutbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            workflow_action(role_users["coordinator"], actor, "approve")
        assert "(aktør)" in mail_to(mailoutbox, role_users["editor"]).body


@pytest.mark.django_db
class TestMailLinks:
    def test_an_actor_submission_links_to_its_edit_view_and_the_version_in_review(
        self, role_users, submitted_actor, mailoutbox
    ):
        actor = submitted_actor()
        task_state = actor.current_workflow_task_state
        message = mail_to(mailoutbox, role_users["coordinator"])
        paths = [admin_path(url) for url in links(message)]
        assert f"/admin/snippets/directory/actor/edit/{actor.pk}/" in paths
        assert f"/admin/snippets/directory/actor/workflow/preview/{actor.pk}/{task_state.task_id}/" in paths

    def test_every_link_in_a_page_submission_mail_opens_for_the_coordinator(
        self, roles_site, role_users, mailoutbox, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            submit_page(
                role_users["editor"], role_users["admin"], roles_site["municipality"], title="Aarhus K"
            )
        client = client_for(role_users["coordinator"])
        for url in links(mail_to(mailoutbox, role_users["coordinator"])):
            assert client.get(admin_path(url)).status_code == 200, url

    def test_the_edit_link_of_an_actor_submission_opens_for_the_coordinator(
        self, role_users, submitted_actor, mailoutbox
    ):
        actor = submitted_actor()
        edit_path = f"/admin/snippets/directory/actor/edit/{actor.pk}/"
        assert edit_path in [admin_path(url) for url in links(mail_to(mailoutbox, role_users["coordinator"]))]
        assert client_for(role_users["coordinator"]).get(edit_path).status_code == 200

    def test_the_preview_link_of_an_actor_submission_opens_for_the_coordinator(
        self, role_users, submitted_actor, mailoutbox
    ):
        submitted_actor()
        message = mail_to(mailoutbox, role_users["coordinator"])
        preview = next(url for url in links(message) if "/workflow/preview/" in url)
        assert client_for(role_users["coordinator"]).get(admin_path(preview)).status_code == 200

    def test_no_link_is_the_bare_site_address(self, role_users, submitted_actor, mailoutbox):
        submitted_actor()
        for message in mailoutbox:
            for url in links(message):
                assert urlsplit(url).path.strip("/"), url

    def test_a_page_submission_links_to_the_page_and_its_preview(
        self, roles_site, role_users, mailoutbox, django_capture_on_commit_callbacks
    ):
        page = roles_site["municipality"]
        with django_capture_on_commit_callbacks(execute=True):
            submit_page(role_users["editor"], role_users["admin"], page, title="Aarhus Kommune")
        task_state = fresh(page).current_workflow_task_state
        message = mail_to(mailoutbox, role_users["coordinator"])
        assert "Aarhus Kommune" in message.subject
        paths = [admin_path(url) for url in links(message)]
        assert f"/admin/pages/{page.pk}/edit/" in paths
        assert f"/admin/pages/workflow/preview/{page.pk}/{task_state.task_id}/" in paths

    def test_the_rejection_links_the_editor_to_the_actor_to_change(
        self, role_users, submitted_actor, mailoutbox, django_capture_on_commit_callbacks
    ):
        actor = submitted_actor()
        mailoutbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            workflow_action(role_users["coordinator"], actor, "reject", comment="Skriv hele navnet")
        message = mail_to(mailoutbox, role_users["editor"])
        edit_path = f"/admin/snippets/directory/actor/edit/{actor.pk}/"
        assert edit_path in [admin_path(url) for url in links(message) if "/admin/account/" not in url]
        assert client_for(role_users["editor"]).get(edit_path).status_code == 200

    def test_the_approval_links_to_the_actor_on_the_website(
        self, role_users, submitted_actor, mailoutbox, django_capture_on_commit_callbacks
    ):
        actor = submitted_actor()
        mailoutbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            workflow_action(role_users["coordinator"], actor, "approve")
        message = mail_to(mailoutbox, role_users["editor"])
        assert fresh(actor).get_full_url() in links(message)

    def test_the_approval_of_a_page_names_its_type_and_links_it_on_the_website(
        self, roles_site, role_users, mailoutbox, django_capture_on_commit_callbacks
    ):
        page = roles_site["municipality"]
        with django_capture_on_commit_callbacks(execute=True):
            submit_page(role_users["editor"], role_users["admin"], page, title="Aarhus Kommune")
        mailoutbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            workflow_action(role_users["coordinator"], page, "approve")
        message = mail_to(mailoutbox, role_users["editor"])
        assert f"“Aarhus Kommune” ({in_language('da', 'municipality')})" in message.body
        assert fresh(page).full_url in links(message)

    def test_a_trailing_slash_in_the_base_address_makes_no_double_slash(
        self, settings, role_users, submitted_actor, mailoutbox
    ):
        settings.WAGTAILADMIN_BASE_URL = BASE_URL + "/"
        submitted_actor()
        for url in links(mail_to(mailoutbox, role_users["coordinator"])):
            assert "//admin" not in url

    def test_the_footer_links_to_the_notification_settings(self, role_users, submitted_actor, mailoutbox):
        submitted_actor()
        assert f"{BASE_URL}/admin/account/#tab-notifications" in links(
            mail_to(mailoutbox, role_users["coordinator"])
        )


@pytest.mark.django_db
class TestMailText:
    def test_a_title_with_markup_characters_is_written_as_it_is(
        self, roles_site, role_users, mailoutbox, django_capture_on_commit_callbacks
    ):
        """Plain-text mail: nothing is HTML-escaped, and nothing in it is read as markup."""
        with django_capture_on_commit_callbacks(execute=True):
            submit_actor(role_users["editor"], roles_site["library"], name='Børn & unge <"Dokk1">')
        message = mail_to(mailoutbox, role_users["coordinator"])
        assert 'Børn & unge <"Dokk1">' in message.subject
        assert 'Børn & unge <"Dokk1">' in message.body
        assert "&amp;" not in message.body

    def test_the_subject_is_one_line(self, role_users, submitted_actor, mailoutbox):
        submitted_actor()
        assert all("\n" not in message.subject for message in mailoutbox)

    def test_a_public_submission_says_where_the_sender_is_found(
        self, roles_site, role_users, mailoutbox, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            submit_for_moderation(roles_site["library"])
        body = mail_to(mailoutbox, role_users["coordinator"]).body
        assert (
            in_language(
                "da",
                "“%(title)s” (%(model_name)s) was sent through a form on the website and is waiting for "
                "approval. The sender's name and e-mail address are under “Public submissions” in the admin.",
                title="Aarhus Hovedbibliotek",
                model_name="aktør",
            )
            in body
        )
