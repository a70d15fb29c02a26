import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext, ngettext
from wagtail.models import Locale, WorkflowState

from directory.models import Actor
from publicforms.antispam import signed_start
from publicforms.models import Submission


@pytest.fixture(autouse=True)
def fresh_limits(settings):
    cache.clear()
    settings.FORM_MIN_FILL_SECONDS = 0
    yield
    cache.clear()


@pytest.fixture
def municipality(tree):
    return tree["municipality"]


def suggestion(**overrides):
    data = {
        "name": "Sprogcafé Trøjborg",
        "sector": "association",
        "description": "Vi mødes hver tirsdag.\n\nAlle er velkomne.",
        "address": "Tordenskjoldsgade 1",
        "postcode": "8200",
        "city": "Aarhus N",
        "phone": "00 11 22 33",
        "email": "info@sprogcafe.example.org",
        "web_address": "https://sprogcafe.example.org",
        "opening_hours": "Tirsdag 17–19",
        "note": "Jeg er frivillig der.",
        "your_name": "Mette Lund",
        "your_email": "mette@example.net",
        "consent": "on",
        "started": signed_start(),
    }
    data.update(overrides)
    return data


def in_danish(message):
    with translation.override("da"):
        return escape(gettext(message))


def danish_consent(purpose, months=12):
    """The consent wording for `purpose` as a Danish reader sees it, kept for `months` months."""
    with translation.override("da"):
        return ngettext(
            "I agree that Erfaringsportalen keeps my name and e-mail address to %(purpose)s, and deletes "
            "them after %(months)d month at the latest.",
            "I agree that Erfaringsportalen keeps my name and e-mail address to %(purpose)s, and deletes "
            "them after %(months)d months at the latest.",
            months,
        ) % {"purpose": gettext(purpose), "months": months}


SUGGESTION_PURPOSE = "handle my suggestion and tell me whether it was published"


def post_suggestion(client, municipality, **overrides):
    return client.post(f"{municipality.url}suggest/", suggestion(**overrides))


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Runs what the view left for after the commit (the e-mails) as a real commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


class TestSuggestActorPage:
    def test_shows_the_form_with_its_purpose_and_consent_wording(self, client, municipality):
        response = client.get(f"{municipality.url}suggest/")
        html = response.content.decode()
        assert response.status_code == 200
        assert 'name="csrfmiddlewaretoken"' in html
        assert in_danish("How we use your details") in html
        assert escape(danish_consent(SUGGESTION_PURPOSE)) in html
        assert 'aria-hidden="true"' in html and 'name="website"' in html

    def test_is_reached_from_the_municipality_page(self, client, municipality):
        assert f'href="{municipality.url}suggest/"' in client.get(municipality.url).content.decode()

    def test_renders_in_a_fixed_number_of_queries(self, client, municipality, django_assert_max_num_queries):
        with django_assert_max_num_queries(30):
            client.get(f"{municipality.url}suggest/")


class TestSuggestActor:
    def test_creates_a_draft_in_moderation_and_keeps_the_submitter_apart(self, client, municipality, commit):
        with commit():
            response = post_suggestion(client, municipality)
        assert response.status_code == 302
        actor = Actor.objects.get(name="Sprogcafé Trøjborg")
        assert not actor.live
        assert actor.locale == municipality.locale
        assert actor.description == "<p>Vi mødes hver tirsdag.</p><p>Alle er velkomne.</p>"
        assert WorkflowState.objects.filter(object_id=str(actor.pk), status="in_progress").exists()
        submission = Submission.objects.get()
        assert (submission.name, submission.email) == ("Mette Lund", "mette@example.net")
        assert submission.content_object == actor
        assert submission.consent_text == danish_consent(SUGGESTION_PURPOSE) and submission.consented_at
        assert submission.message == "Jeg er frivillig der."
        assert "mette" not in str(vars(actor)).lower()
        assert [message.to for message in mail.outbox] == [["mette@example.net"]]

    def test_the_draft_is_not_shown_on_the_site(self, client, municipality):
        post_suggestion(client, municipality)
        assert "Sprogcafé Trøjborg" not in client.get(municipality.url).content.decode()
        slug = Actor.objects.get(name="Sprogcafé Trøjborg").slug
        assert client.get(f"{municipality.url}{slug}/").status_code == 404

    def test_thanks_after_redirect(self, client, municipality):
        response = post_suggestion(client, municipality)
        assert (
            in_danish("Thank you – we have received it") in client.get(response["Location"]).content.decode()
        )

    def test_html_is_stored_as_text(self, client, municipality):
        post_suggestion(client, municipality, description="<script>alert(1)</script><b>fed</b>")
        actor = Actor.objects.get(name="Sprogcafé Trøjborg")
        assert actor.description == "<p>&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;fed&lt;/b&gt;</p>"

    @pytest.mark.parametrize(
        ("field", "value", "message"),
        [
            (
                "name",
                "Evil\u202ecod.exe",
                "Remove the hidden characters that change the direction of the text.",
            ),
            ("name", "Nul\x00byte", "Remove the control characters from the text."),
            ("description", "Bell\x07", "Remove the control characters from the text."),
            ("name", "x" * 300, None),
            ("description", "y" * 5000, None),
            ("name", "\u200b\u200b", "This field is required."),
            ("postcode", "82OO", "A Danish postcode has four digits."),
            ("your_email", "not-an-address", "Enter a valid email address."),
            ("web_address", "javascript:alert(1)", "Enter a valid URL."),
            ("sector", "pirates", None),
            ("consent", "", "We can only receive what you send if you agree to how we keep your details."),
        ],
    )
    def test_bad_input_is_refused_at_the_field_and_nothing_is_stored(
        self, client, municipality, field, value, message
    ):
        response = post_suggestion(client, municipality, **{field: value})
        html = response.content.decode()
        assert response.status_code == 400
        error = re.search(
            rf'<span class="form-error-message" id="id_{field}-error">(.*?)</span>\s*<', html, re.S
        )
        assert error, f"no error shown at {field}"
        if message:
            with translation.override("da"):
                assert escape(gettext(message)) in error.group(1)
        assert f'aria-describedby="id_{field}-error' in html
        assert 'aria-invalid="true"' in html
        assert not Actor.objects.filter(live=False).exists()
        assert not Submission.objects.exists()
        assert "Tordenskjoldsgade 1" in html  # what was typed elsewhere is kept
        assert mail.outbox == []

    def test_unicode_that_people_write_is_kept(self, client, municipality):
        name = "Café 🙂 Ñandú e\u0301 مكتبة"
        post_suggestion(client, municipality, name=name + "\u200b")
        actor = Actor.objects.get(live=False)
        assert actor.name == "Café 🙂 Ñandú é مكتبة"

    def test_honeypot_is_refused(self, client, municipality):
        data = suggestion()
        data["website"] = "http://spam.example"
        response = client.post(f"{municipality.url}suggest/", data)
        assert response.status_code == 400
        assert not Submission.objects.exists()

    def test_the_same_suggestion_twice_is_stored_once(self, client, municipality):
        post_suggestion(client, municipality)
        response = post_suggestion(client, municipality)
        assert response.status_code == 400
        assert (
            in_danish("We have already received exactly this. You do not need to send it again.")
            in response.content.decode()
        )
        assert Actor.objects.filter(name="Sprogcafé Trøjborg").count() == 1

    def test_rate_limit(self, client, municipality, settings):
        settings.FORM_RATE_LIMITS = {"suggest": (1, 3600)}
        post_suggestion(client, municipality)
        response = post_suggestion(client, municipality, name="Et andet sted")
        assert response.status_code == 429
        assert "Et andet sted" in response.content.decode()
        assert Submission.objects.count() == 1

    def test_requires_csrf(self, municipality, municipality_url_client):
        response = municipality_url_client.post(f"{municipality.url}suggest/", suggestion())
        assert response.status_code == 403


@pytest.fixture
def municipality_url_client():
    from django.test import Client

    return Client(enforce_csrf_checks=True)


class TestCorrection:
    def test_a_correction_is_a_draft_revision_of_the_live_actor(self, client, municipality, tree):
        library = tree["library"]
        url = f"{municipality.url}{library.slug}/suggest/"
        form_html = client.get(url).content.decode()
        assert library.name in form_html  # the form starts from the current details
        data = suggestion(name=library.name, sector=library.sector, phone="00 99 88 77")
        assert client.post(url, data).status_code == 302
        library.refresh_from_db()
        assert library.live and library.phone != "00 99 88 77"
        assert library.latest_revision.content["phone"] == "00 99 88 77"
        assert library.has_unpublished_changes
        assert Submission.objects.get().kind == Submission.Kind.ACTOR_CORRECTION

    def test_linked_from_the_actor_page(self, client, municipality, tree):
        html = client.get(f"{municipality.url}{tree['library'].slug}/").content.decode()
        assert f"{municipality.url}{tree['library'].slug}/suggest/" in html


class TestOutcomeMail:
    def submit(self, client, municipality):
        post_suggestion(client, municipality)
        mail.outbox.clear()
        actor = Actor.objects.get(name="Sprogcafé Trøjborg")
        return actor, WorkflowState.objects.get(object_id=str(actor.pk), status="in_progress")

    def test_approval_publishes_and_tells_the_submitter(
        self, client, municipality, django_user_model, commit
    ):
        coordinator = django_user_model.objects.create_superuser("k", "k@example.org", "pw")
        actor, state = self.submit(client, municipality)
        with commit():
            state.current_task_state.approve(user=coordinator)
        actor.refresh_from_db()
        assert actor.live
        assert [message.to for message in mail.outbox if "mette" in message.to[0]] == [["mette@example.net"]]
        submission = Submission.objects.get()
        assert submission.status == Submission.Status.APPROVED and submission.decided_at

    def test_rejection_tells_the_submitter(self, client, municipality, django_user_model, commit):
        coordinator = django_user_model.objects.create_superuser("k", "k@example.org", "pw")
        actor, state = self.submit(client, municipality)
        with commit():
            state.current_task_state.reject(user=coordinator)
        actor.refresh_from_db()
        assert not actor.live
        to_submitter = [message for message in mail.outbox if message.to == ["mette@example.net"]]
        with translation.override("da"):  # the submitter wrote in Danish
            subject = gettext("What you sent to Erfaringsportalen will not be published")
        assert len(to_submitter) == 1 and to_submitter[0].subject == subject
        assert Submission.objects.get().status == Submission.Status.REJECTED


class TestContactActor:
    def test_relays_the_message_without_showing_the_address(self, client, municipality, tree, commit):
        library = tree["library"]
        url = f"{municipality.url}{library.slug}/contact/"
        form_html = client.get(url).content.decode()
        assert library.email not in form_html
        with commit():
            response = client.post(
                url,
                {
                    "subject": "Sprogcafé",
                    "message": "Har I plads til flere frivillige?",
                    "your_name": "Olga",
                    "your_email": "olga@example.net",
                    "consent": "on",
                    "started": signed_start(),
                },
            )
        assert response.status_code == 302
        relayed = [message for message in mail.outbox if message.to == [library.email]]
        assert len(relayed) == 1
        assert relayed[0].reply_to == ["olga@example.net"]
        assert "Har I plads til flere frivillige?" in relayed[0].body
        submission = Submission.objects.get()
        assert submission.kind == Submission.Kind.CONTACT and submission.status == Submission.Status.FORWARDED

    def test_no_form_for_an_actor_without_e_mail(self, client, municipality, tree):
        library = tree["library"]
        Actor.objects.filter(pk=library.pk).update(email="")
        assert client.get(f"{municipality.url}{library.slug}/contact/").status_code == 404


class TestFormsInArabic:
    def test_form_for_an_untranslated_actor_speaks_the_readers_language(self, client, municipality, tree):
        arabic = Locale.objects.get(language_code="ar")
        translated = municipality.copy_for_translation(arabic, copy_parents=True)
        translated.save_revision().publish()
        response = client.get(f"{translated.url}{tree['library'].slug}/contact/")
        html = response.content.decode()
        assert response.status_code == 200
        assert '<html lang="ar" dir="rtl">' in html
        assert '<div class="portal-content">' in html  # the form is interface, not fallback content
        assert tree["library"].email not in html
