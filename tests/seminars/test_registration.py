"""Seminar registration: form, capacity and waiting list, cancelling, languages, abuse, admin, retention."""

import csv
import datetime
import io
import threading
import time
import uuid

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail, signing
from django.core.cache import cache
from django.core.exceptions import NON_FIELD_ERRORS
from django.db import connection
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext, ngettext

from directory.factories import MunicipalityIndexPageFactory, MunicipalityPageFactory
from home.models import HomePage
from publicforms.antispam import SIGNING_SALT
from roles.groups import SEMINAR_ORGANISERS_GROUP_NAME
from seminars import emails, registrations
from seminars.factories import SeminarIndexPageFactory, SeminarPageFactory
from seminars.models import Registration, RegistrationStatus, SeminarPage, url_token


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """The rate limit counts in the cache; each test starts from zero."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def seminar(tree):
    return tree["seminar"]


@pytest.fixture
def english_seminar(tree, english):
    tree["seminar_index"].copy_for_translation(english, copy_parents=True).save_revision().publish()
    translated = tree["seminar"].copy_for_translation(english, copy_parents=True)
    translated.title = "Dissemination seminar in Aarhus"
    translated.save_revision().publish()
    return SeminarPage.objects.get(pk=translated.pk)


def form_data(**overrides):
    data = {
        "name": "Mette Lund",
        "email": "mette@example.org",
        "organisation": "Aarhus Hovedbibliotek",
        "municipality": "751",
        "diet": "Vegetar",
        "accessibility": "",
        "consent": "on",
        "website": "",
        "started": signing.dumps(time.time(), salt=SIGNING_SALT),
    }
    data.update(overrides)
    return data


def register_url(page):
    return page.url + page.reverse_subpage("register")


def post(client, page, language="da", **overrides):
    with translation.override(language):
        return client.post(register_url(page), form_data(**overrides))


def in_danish(message, **values):
    """`message` as a Danish reader sees it in a page: translated, formatted and HTML-escaped."""
    with translation.override("da"):
        text = gettext(message)
    return escape(text % values if values else text)


def danish_date(value):
    """A date and time as the templates show it to a Danish reader (the `DATETIME_FORMAT` filter)."""
    with translation.override("da"):
        return date_format(timezone.localtime(value), "DATETIME_FORMAT")


def set_seminar(page, **values):
    for name, value in values.items():
        setattr(page, name, value)
    page.save_revision().publish()


@pytest.mark.django_db
class TestRegistrationForm:
    def test_registration_page_shows_the_form_and_why_the_data_is_kept(self, client, seminar):
        html = client.get(register_url(seminar)).content.decode()
        assert f'action="{register_url(seminar)}"' in html
        assert 'name="email"' in html
        assert "365" in html
        assert in_danish("Leave this field empty") in html

    def test_seminar_page_links_to_the_form_without_holding_one(self, client, seminar):
        """No form, so no CSRF token: the seminar page is the same for every reader and can be cached."""
        response = client.get(seminar.url)
        html = response.content.decode()
        assert (
            f'<a class="button button-primary" href="{register_url(seminar)}">{in_danish("Register")}</a>'
            in html
        )
        assert 'name="email"' not in html
        assert "csrfmiddlewaretoken" not in html
        assert "csrftoken" not in response.cookies

    def test_registering_gives_a_seat_and_a_confirmation_with_a_cancel_link(
        self, client, seminar, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            response = post(client, seminar)
        assert response.status_code == 302
        registration = Registration.objects.get()
        assert registration.status == RegistrationStatus.CONFIRMED
        assert registration.seminar_id == seminar.pk
        assert registration.language == "da"
        assert "365" in registration.consent_text
        assert registration.consented_at is not None
        result = client.get(response["Location"])
        assert in_danish("You are registered") in result.content.decode()
        assert len(mail.outbox) == 1
        assert mail.outbox[0].to == ["mette@example.org"]
        assert registration.cancel_token in mail.outbox[0].body

    def test_the_form_keeps_what_was_typed_when_consent_is_missing(self, client, seminar):
        response = post(client, seminar, consent="")
        html = response.content.decode()
        assert response.status_code == 200
        assert in_danish("Please agree to how we keep your details, or we cannot register you.") in html
        assert 'value="Aarhus Hovedbibliotek"' in html
        assert not Registration.objects.exists()

    def test_the_same_email_cannot_register_twice(self, client, seminar):
        post(client, seminar)
        response = post(client, seminar, email="METTE@example.org", name="Mette L.")
        duplicate = in_danish(
            "This e-mail address is already registered for this seminar. The confirmation e-mail has a link "
            "to cancel."
        )
        assert duplicate in response.content.decode()
        assert Registration.objects.count() == 1

    def test_after_cancelling_the_same_email_may_register_again(self, client, seminar):
        post(client, seminar)
        registrations.cancel(Registration.objects.get(), None)
        assert post(client, seminar).status_code == 302
        assert Registration.objects.active().count() == 1


@pytest.mark.django_db
class TestCapacity:
    def test_when_full_the_next_lands_on_the_waiting_list_and_is_told(self, client, seminar):
        set_seminar(seminar, capacity=1)
        post(client, seminar)
        response = post(client, seminar, email="anders@example.org")
        assert Registration.objects.get(email="anders@example.org").status == RegistrationStatus.WAITING
        html = client.get(response["Location"]).content.decode()
        assert in_danish("You are on the waiting list") in html
        position = in_danish(
            "You are number %(number)s on the waiting list. You do not have a seat yet. If one becomes free, "
            "you get it automatically and we send you an e-mail.",
            number=1,
        )
        assert position in html

    def test_the_page_warns_before_registering_that_it_is_full(self, client, seminar):
        set_seminar(seminar, capacity=1)
        post(client, seminar)
        html = client.get(seminar.url).content.decode()
        assert in_danish("The seminar is fully booked") in html
        assert f'href="{register_url(seminar)}">{in_danish("Join the waiting list")}</a>' in html
        form = client.get(register_url(seminar)).content.decode()
        assert in_danish("The seminar is fully booked") in form
        assert f'type="submit" class="button button-primary">{in_danish("Join the waiting list")}' in form

    def test_seats_left_are_shown(self, client, seminar):
        set_seminar(seminar, capacity=3)
        post(client, seminar)
        with translation.override("da"):
            seats_left = ngettext("There is %(seats)s seat left.", "There are %(seats)s seats left.", 2) % {
                "seats": 2
            }
        assert escape(seats_left) in client.get(seminar.url).content.decode()

    def test_no_capacity_means_no_limit(self, client, seminar):
        set_seminar(seminar, capacity=None)
        for number in range(5):
            post(client, seminar, email=f"person{number}@example.org")
        assert Registration.objects.filter(status=RegistrationStatus.CONFIRMED).count() == 5

    def test_a_cancelled_seat_goes_to_the_first_on_the_waiting_list_who_gets_an_email(
        self, client, seminar, django_capture_on_commit_callbacks
    ):
        set_seminar(seminar, capacity=1)
        post(client, seminar)
        post(client, seminar, email="first@example.org")
        post(client, seminar, email="second@example.org")
        mail.outbox.clear()
        confirmed = Registration.objects.get(email="mette@example.org")
        with django_capture_on_commit_callbacks(execute=True):
            client.post(
                seminar.url + seminar.reverse_subpage("cancel_registration", args=[confirmed.cancel_token])
            )
        assert Registration.objects.get(email="first@example.org").status == RegistrationStatus.CONFIRMED
        assert Registration.objects.get(email="second@example.org").status == RegistrationStatus.WAITING
        assert [message.to for message in mail.outbox] == [["mette@example.org"], ["first@example.org"]]
        with translation.override("da"):
            moved_up = gettext(
                "A seat has become free at %(title)s, and it is now yours: you are registered."
            ) % {"title": seminar.title}
        assert moved_up in mail.outbox[1].body

    def test_more_seats_move_the_waiting_list_up_when_published(
        self, client, seminar, django_capture_on_commit_callbacks
    ):
        set_seminar(seminar, capacity=1)
        post(client, seminar)
        post(client, seminar, email="first@example.org")
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            set_seminar(seminar, capacity=2)
        assert Registration.objects.get(email="first@example.org").status == RegistrationStatus.CONFIRMED
        assert [message.to for message in mail.outbox] == [["first@example.org"]]

    def test_a_cancelled_seminar_moves_no_one_up(self, client, seminar):
        set_seminar(seminar, capacity=1)
        post(client, seminar)
        post(client, seminar, email="first@example.org")
        set_seminar(seminar, status="cancelled")
        registrations.cancel(Registration.objects.get(email="mette@example.org"), None)
        assert Registration.objects.get(email="first@example.org").status == RegistrationStatus.WAITING

    def test_the_page_status_full_puts_everyone_on_the_waiting_list(self, client, seminar):
        set_seminar(seminar, status="full")
        post(client, seminar)
        assert Registration.objects.get().status == RegistrationStatus.WAITING


@pytest.mark.django_db
class TestClosing:
    def test_after_the_deadline_the_page_says_closed_and_has_no_form(self, client, seminar):
        set_seminar(seminar, registration_deadline=timezone.now() - datetime.timedelta(hours=1))
        html = client.get(seminar.url).content.decode()
        closed = in_danish(
            "Registration closed on %(date)s.", date=danish_date(seminar.registration_closes_at)
        )
        assert closed in html
        assert 'name="email"' not in html

    def test_after_the_deadline_a_posted_form_stores_nothing(self, client, seminar):
        set_seminar(seminar, registration_deadline=timezone.now() - datetime.timedelta(hours=1))
        response = post(client, seminar)
        assert response.status_code == 200
        closed = in_danish(
            "Registration closed on %(date)s.", date=danish_date(seminar.registration_closes_at)
        )
        assert closed in response.content.decode()
        assert not Registration.objects.exists()

    def test_a_cancelled_seminar_says_so_and_refuses_registrations(self, client, seminar):
        set_seminar(seminar, status="cancelled")
        cancelled = in_danish("The seminar has been cancelled, so you can no longer register.")
        assert cancelled in client.get(seminar.url).content.decode()
        post(client, seminar)
        assert not Registration.objects.exists()


@pytest.mark.django_db
class TestCancelling:
    def cancel_url(self, page, registration):
        return page.url + page.reverse_subpage("cancel_registration", args=[registration.cancel_token])

    def test_the_cancel_link_asks_before_cancelling(self, client, seminar):
        post(client, seminar)
        registration = Registration.objects.get()
        response = client.get(self.cancel_url(seminar, registration))
        assert in_danish("Yes, cancel my registration") in response.content.decode()
        registration.refresh_from_db()
        assert registration.status == RegistrationStatus.CONFIRMED

    def test_the_post_button_cancels(self, client, seminar):
        post(client, seminar)
        registration = Registration.objects.get()
        response = client.post(self.cancel_url(seminar, registration))
        cancelled = in_danish(
            "Your registration for %(title)s is cancelled. Thank you for letting us know.",
            title=seminar.title,
        )
        assert cancelled in response.content.decode()
        registration.refresh_from_db()
        assert registration.status == RegistrationStatus.CANCELLED
        assert registration.cancelled_at is not None

    def test_a_forged_token_is_refused_with_a_clear_message(self, client, seminar):
        post(client, seminar)
        registration = Registration.objects.get()
        forged = f"{registration.pk}-{registration.key.hex}-{'0' * 32}"
        url = seminar.url + seminar.reverse_subpage("cancel_registration", args=[forged])
        response = client.post(url)
        assert response.status_code == 404
        invalid = in_danish(
            "This cancel link is not valid. Check that you copied the whole link from the e-mail."
        )
        assert invalid in response.content.decode()
        registration.refresh_from_db()
        assert registration.status == RegistrationStatus.CONFIRMED

    def test_a_token_signed_with_another_key_is_refused(self, client, seminar):
        post(client, seminar)
        registration = Registration.objects.get()
        guessed = url_token("not-the-salt", f"{registration.pk}-{registration.key.hex}")
        url = seminar.url + seminar.reverse_subpage("cancel_registration", args=[guessed])
        assert client.post(url).status_code == 404


@pytest.mark.django_db
class TestLanguages:
    def test_a_translation_registers_for_the_danish_seminar_and_shares_its_capacity(
        self, client, seminar, english_seminar
    ):
        set_seminar(seminar, capacity=1)
        post(client, english_seminar, language="en", email="en@example.org")
        post(client, seminar, email="da@example.org")
        english = Registration.objects.get(email="en@example.org")
        danish = Registration.objects.get(email="da@example.org")
        assert english.seminar_id == danish.seminar_id == seminar.pk
        assert english.language == "en"
        assert (english.status, danish.status) == (RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING)

    def test_the_email_and_the_cancel_page_are_in_the_registrants_language(
        self, client, seminar, english_seminar, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            post(client, english_seminar, language="en")
        registration = Registration.objects.get()
        body = mail.outbox[0].body
        assert "Dissemination seminar in Aarhus" in mail.outbox[0].subject
        cancel_url = emails.cancel_url(registration)
        # The e-mail links to the host the form was sent from: no site is configured for "testserver".
        assert cancel_url.replace("http://localhost", "http://testserver") in body
        assert "/en/" in cancel_url
        path = cancel_url.split("localhost", 1)[-1].removeprefix(":80")
        with translation.override("en"):
            response = client.get(path)
        html = response.content.decode()
        assert response.status_code == 200
        assert '<html lang="en"' in html
        assert "Yes, cancel my registration" in html

    def test_a_translation_shows_the_capacity_of_the_danish_seminar_before_it_is_synced(
        self, client, seminar, english_seminar
    ):
        set_seminar(seminar, capacity=7)
        with translation.override("en"):
            html = client.get(english_seminar.url).content.decode()
        assert "<dd>7</dd>" in html
        assert "There are 7 seats left." in html

    def test_an_untranslated_seminar_registers_in_the_readers_language_tree(self, client, tree, seminar):
        from wagtail.models import Locale

        ukrainian = Locale.objects.get(language_code="uk")
        index = tree["seminar_index"].copy_for_translation(ukrainian, copy_parents=True)
        index.save_revision().publish()
        fallback_url = f"{index.url}{seminar.slug}/"
        with translation.override("uk"):
            html = client.get(fallback_url).content.decode()
            form = client.get(fallback_url + "register/").content.decode()
            response = client.post(fallback_url + "register/", form_data())
        assert f'href="{fallback_url}register/"' in html
        assert f'action="{fallback_url}register/"' in form
        assert response["Location"].startswith(fallback_url)
        registration = Registration.objects.get()
        assert (registration.seminar_id, registration.language) == (seminar.pk, "uk")
        assert emails.cancel_url(registration).split("localhost", 1)[1].startswith(fallback_url)

    def test_arabic_form_is_right_to_left(self, client, tree, seminar):
        from wagtail.models import Locale

        arabic = Locale.objects.get(language_code="ar")
        tree["seminar_index"].copy_for_translation(arabic, copy_parents=True).save_revision().publish()
        translated = seminar.copy_for_translation(arabic, copy_parents=True)
        translated.save_revision().publish()
        with translation.override("ar"):
            html = client.get(translated.url).content.decode()
        assert '<html lang="ar" dir="rtl"' in html
        assert 'lang="ar" dir="rtl"' in html.split('class="registration"', 1)[1][:80]


HOSTILE_INPUT = [
    ({"name": "<script>alert(1)</script>"}, "name", "markup"),
    ({"organisation": "<b>Bibliotek</b>"}, "organisation", "markup"),
    ({"name": "x" * 201}, "name", "max_length"),
    ({"diet": "y" * 501}, "diet", "max_length"),
    ({"email": "mette@@example"}, "email", "invalid"),
    ({"email": "mette@example.org\nBcc: victim@example.org"}, "email", "invalid"),
    ({"email": "m" * 250 + "@example.org"}, "email", "max_length"),
    ({"name": "Mette\x00Lund"}, "name", "null_characters_not_allowed"),
    ({"name": "Mette \u202eLund"}, "name", "control"),
    ({"organisation": "Bibliotek\x1b[31m"}, "organisation", "control"),
    ({"name": "\u200b\u0301\u0301"}, "name", "control"),
    ({"name": "\u0301\u0301"}, "name", "no_letters"),
    ({"municipality": "999"}, "municipality", "invalid_choice"),
    ({"website": "http://spam.example"}, None, "honeypot"),
    ({"started": "forged"}, None, "signature"),
]


@pytest.mark.django_db
class TestHostileInput:
    @pytest.mark.parametrize(("overrides", "field", "code"), HOSTILE_INPUT)
    def test_is_refused_with_a_message_at_the_field_and_nothing_is_stored(
        self, client, seminar, overrides, field, code
    ):
        response = post(client, seminar, **overrides)
        form = response.context["registration"]["form"]
        assert response.status_code == 200
        assert form.has_error(field or NON_FIELD_ERRORS, code)
        message = (form.errors[field] if field else form.non_field_errors())[0]
        assert escape(message) in response.content.decode()
        assert not Registration.objects.exists()

    def test_what_was_typed_is_kept(self, client, seminar):
        response = post(client, seminar, name="<script>", organisation="Vejle Bibliotekerne")
        assert 'value="Vejle Bibliotekerne"' in response.content.decode()
        assert 'value="&lt;script&gt;"' in response.content.decode()

    @pytest.mark.parametrize(
        "name", ["Zoë Ærø-Østergård", "محمد العلي", "Олена Коваленко", "Łucja Żółć", "می\u200cخواهم"]
    )
    def test_names_in_every_script_are_welcome(self, client, seminar, name):
        assert post(client, seminar, name=name).status_code == 302
        assert Registration.objects.get().name == name

    def test_names_are_stored_in_one_unicode_form(self, client, seminar):
        post(client, seminar, name="Zoe\u0308")
        assert Registration.objects.get().name == "Zo\u00eb"

    def test_too_many_registrations_from_one_address_are_refused(self, client, seminar, settings):
        settings.FORM_RATE_LIMITS = {"register": (1, 3600)}
        post(client, seminar)
        response = post(client, seminar, email="other@example.org")
        assert response.status_code == 429
        too_many = in_danish(
            "Too many registrations have been sent from your network. Please try again in an hour."
        )
        assert too_many in response.content.decode()
        assert Registration.objects.count() == 1

    def test_a_form_sent_too_fast_is_refused(self, client, seminar, settings):
        settings.FORM_MIN_FILL_SECONDS = 30
        response = post(client, seminar)
        too_fast = in_danish("The form was sent too quickly. Please check your answers and send it again.")
        assert too_fast in response.content.decode()
        assert not Registration.objects.exists()


@pytest.mark.django_db
class TestRetention:
    def test_registrations_are_purged_after_the_seminar_ended_not_after_registering(self, tree, settings):
        settings.PERSONAL_DATA_RETENTION_DAYS = 30
        seminar = tree["seminar"]
        registration = Registration.objects.create(
            seminar=seminar, name="A", email="a@example.org", organisation="B", municipality="751"
        )
        Registration.objects.filter(pk=registration.pk).update(
            created_at=timezone.now() - datetime.timedelta(days=400)
        )
        assert not Registration.expired(timezone.now()).exists()
        later = seminar.end + datetime.timedelta(days=31)
        assert list(Registration.expired(later)) == [registration]

    def test_the_purge_command_deletes_them(self, tree, settings):
        from django.core.management import call_command

        settings.PERSONAL_DATA_RETENTION_DAYS = 0
        seminar = tree["seminar"]
        set_seminar(
            seminar,
            start=timezone.now() - datetime.timedelta(days=3),
            end=timezone.now() - datetime.timedelta(days=2),
        )
        Registration.objects.create(
            seminar=seminar, name="A", email="a@example.org", organisation="B", municipality="751"
        )
        call_command("purge_personal_data", stdout=io.StringIO())
        assert not Registration.objects.exists()


@pytest.fixture
def organiser(client, django_user_model):
    user = django_user_model.objects.create_user("arrangoer", "arr@example.org", "pw")
    group, _created = Group.objects.get_or_create(name=SEMINAR_ORGANISERS_GROUP_NAME)
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="seminars", codename="view_registration"),
    )
    user.groups.add(group)
    client.force_login(user)
    return client


def make_registrations(seminar, count, **values):
    name = values.get("name", "Deltager")
    for number in range(count):
        Registration.objects.create(
            seminar=seminar,
            name=f"{name} {number}" if count > 1 else name,
            email=f"{slugify(name)}-{number}@example.org",
            organisation=values.get("organisation", "Bibliotek"),
            municipality="751",
        )


@pytest.mark.django_db
class TestAdmin:
    def csv_url(self, seminar):
        return f"/admin/seminars/registrations/{seminar.pk}/csv/"

    def test_organisers_download_a_csv_safe_against_formulas(self, organiser, seminar):
        make_registrations(seminar, 1, name='=HYPERLINK("http://evil")', organisation="@SUM(A1)")
        response = organiser.get(self.csv_url(seminar))
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/csv")
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        assert len(rows) == 2
        assert len(rows[0]) == len(rows[1]) == 10
        assert rows[1][1] == '\'=HYPERLINK("http://evil")'
        assert rows[1][3] == "'@SUM(A1)"
        assert rows[1][5] == "Aarhus"

    def test_the_csv_needs_the_view_permission(self, client, django_user_model, seminar):
        user = django_user_model.objects.create_user("redaktoer", "r@example.org", "pw")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
        )
        client.force_login(user)
        response = client.get(self.csv_url(seminar))
        assert response.status_code in (302, 403)
        assert "text/csv" not in response.get("Content-Type", "")

    def test_organisers_see_the_list_filtered_by_seminar(self, organiser, seminar):
        make_registrations(seminar, 2)
        response = organiser.get("/admin/seminar_registrations/", {"seminar": seminar.pk})
        html = response.content.decode()
        assert response.status_code == 200
        assert "Deltager 1" in html
        assert self.csv_url(seminar) in html

    def test_the_seminar_editor_links_to_its_registrations(self, admin_client, seminar):
        html = admin_client.get(f"/admin/pages/{seminar.pk}/edit/").content.decode()
        assert self.csv_url(seminar) in html
        assert f"/admin/seminar_registrations/?seminar={seminar.pk}" in html

    def test_the_list_is_read_only_even_for_superusers(self, admin_client, seminar):
        make_registrations(seminar, 1)
        registration = Registration.objects.get()
        assert admin_client.get("/admin/seminar_registrations/new/").status_code in (302, 403)
        edit = admin_client.get(f"/admin/seminar_registrations/edit/{registration.pk}/")
        assert edit.status_code in (302, 403)
        inspect = admin_client.get(f"/admin/seminar_registrations/inspect/{registration.pk}/")
        assert inspect.status_code == 200

    def test_the_list_query_count_does_not_grow_with_registrations(
        self, organiser, seminar, django_assert_max_num_queries
    ):
        make_registrations(seminar, 40)
        with django_assert_max_num_queries(30):
            response = organiser.get("/admin/seminar_registrations/")
        assert response.status_code == 200


@pytest.mark.django_db
class TestSeminarPageQueries:
    def test_the_seminar_page_does_not_grow_with_registrations(
        self, client, seminar, django_assert_max_num_queries
    ):
        make_registrations(seminar, 5)
        with django_assert_max_num_queries(40) as few:
            client.get(seminar.url)
        make_registrations(seminar, 50, name="Flere")
        with django_assert_max_num_queries(len(few.captured_queries)):
            client.get(seminar.url)


@pytest.fixture
def committed_seminar(django_db_setup, django_db_blocker):
    """A seminar committed to the test database, so other connections (threads) see it.

    pytest-django's transactional tests would flush every table afterwards, also the page tree the
    migrations create, which later tests and `--reuse-db` runs rely on; so this fixture removes only
    what it made, as the browser tests do.
    """
    suffix = uuid.uuid4().hex[:8]
    with django_db_blocker.unblock():
        home = HomePage.objects.get(locale__language_code="da", depth=2)
        directory = MunicipalityIndexPageFactory(parent=home, slug=f"kommuner-{suffix}")
        municipality = MunicipalityPageFactory(parent=directory, slug=f"aarhus-{suffix}", code="751")
        index = SeminarIndexPageFactory(parent=home, slug=f"seminarer-{suffix}")
        seminar = SeminarPageFactory(
            parent=index, slug=f"seminar-{suffix}", municipality=municipality, capacity=4
        )
        try:
            yield seminar
        finally:
            Registration.objects.filter(seminar=seminar).delete()
            index.delete()
            directory.delete()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
class TestConcurrency:
    def test_n_plus_one_at_once_for_n_seats_gives_exactly_one_waiting(self, committed_seminar):
        barrier = threading.Barrier(5)
        errors = []

        def register(number):
            try:
                barrier.wait()
                registrations.register(
                    committed_seminar,
                    {
                        "name": f"Person {number}",
                        "email": f"p{number}@example.org",
                        "organisation": "Bibliotek",
                        "municipality": "751",
                    },
                    language="da",
                    consent_text="ja",
                    request=None,
                )
            except Exception as error:  # noqa: BLE001 - reported by the assertion below
                errors.append(error)
            finally:
                connection.close()

        threads = [threading.Thread(target=register, args=[number]) for number in range(5)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        statuses = Registration.objects.filter(seminar=committed_seminar).values_list("status", flat=True)
        assert sorted(statuses) == ["confirmed"] * 4 + ["waiting"]
