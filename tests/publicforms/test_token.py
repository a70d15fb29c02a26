"""The signed start time of a public form: it ages out, and it carries one stored submission only."""

import io
import re
import threading
import time

import pytest
from django import forms
from django.core import signing
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext

from directory.models import Actor
from publicforms.antispam import (
    SIGNING_SALT,
    AbuseProtectionMixin,
    TokenReplayed,
    signed_start,
    token_key,
)
from publicforms.models import SpentFormToken, Submission
from seminars.models import Registration

REPLAYED = "This form has already been sent once. Please check your answers and send it again."
EXPIRED = "The form has expired or was altered. Please check your answers and send it again."


class NameForm(AbuseProtectionMixin, forms.Form):
    name = forms.CharField()


@pytest.fixture(autouse=True)
def fresh_limits(settings):
    cache.clear()
    settings.FORM_MIN_FILL_SECONDS = 0
    settings.FORM_RATE_LIMITS = dict.fromkeys(("suggest", "share", "contact", "register"), (1000, 3600))
    yield
    cache.clear()


def in_danish(message):
    with translation.override("da"):
        return escape(gettext(message))


def started_in(html):
    return re.search(r'name="started" value="([^"]+)"', html).group(1)


class TestAgeLimit:
    def test_a_token_older_than_a_day_is_refused_and_replaced(self):
        old = signed_start(seconds_ago=25 * 3600)
        form = NameForm({"name": "Mette", "started": old})
        assert not form.is_valid()
        assert form.has_error(forms.forms.NON_FIELD_ERRORS, "signature")
        assert form["started"].value() != old
        assert form["name"].value() == "Mette"

    def test_a_token_from_this_morning_is_accepted(self):
        assert NameForm({"name": "Mette", "started": signed_start(seconds_ago=8 * 3600)}).is_valid()

    def test_the_age_limit_is_a_setting(self, settings):
        settings.FORM_TOKEN_MAX_AGE = 600
        assert not NameForm({"name": "Mette", "started": signed_start(seconds_ago=601)}).is_valid()

    def test_a_signature_older_than_the_limit_is_refused_whatever_it_carries(self, settings, monkeypatch):
        """The signer's own timestamp is checked too, not only the time inside the token."""
        settings.FORM_TOKEN_MAX_AGE = 600
        token = signing.dumps(time.time(), salt=SIGNING_SALT)
        real_time = time.time
        monkeypatch.setattr("time.time", lambda: real_time() + 601)
        assert not NameForm({"name": "Mette", "started": token}).is_valid()


def suggestion(started, **overrides):
    return {
        "name": "Sprogcafé Trøjborg",
        "sector": "association",
        "description": "Vi mødes hver tirsdag.",
        "your_name": "Mette Lund",
        "your_email": "mette@example.net",
        "consent": "on",
        "started": started,
        **overrides,
    }


@pytest.mark.django_db
class TestSingleUse:
    def test_a_replayed_token_stores_nothing_and_keeps_what_was_typed(self, client, tree):
        url = f"{tree['municipality'].url}suggest/"
        token = signed_start()
        assert client.post(url, suggestion(token)).status_code == 302
        response = client.post(url, suggestion(token, name="Lektiecafé Gellerup"))
        html = response.content.decode()
        assert response.status_code == 400
        assert in_danish(REPLAYED) in html
        assert 'value="Lektiecafé Gellerup"' in html
        assert Submission.objects.count() == 1
        assert not Actor.objects.filter(name="Lektiecafé Gellerup").exists()
        fresh = started_in(html)
        assert fresh != token
        assert client.post(url, suggestion(fresh, name="Lektiecafé Gellerup")).status_code == 302

    def test_a_token_is_not_spent_by_a_form_that_was_refused(self, client, tree):
        url = f"{tree['municipality'].url}suggest/"
        token = signed_start()
        assert client.post(url, suggestion(token, your_email="nope")).status_code == 400
        assert client.post(url, suggestion(token)).status_code == 302

    def test_hundreds_of_replays_store_one_submission(self, client, tree):
        url = f"{tree['municipality'].url}suggest/"
        token = signed_start()
        statuses = [
            client.post(url, suggestion(token, name=f"Forening {number}")).status_code for number in range(20)
        ]
        assert statuses.count(302) == 1
        assert Submission.objects.count() == 1

    def test_a_seminar_registration_spends_its_token(self, client, tree):
        seminar = tree["seminar"]
        url = seminar.url + seminar.reverse_subpage("register")
        token = signed_start()
        data = {
            "name": "Mette Lund",
            "email": "mette@example.org",
            "organisation": "Aarhus Hovedbibliotek",
            "municipality": "751",
            "consent": "on",
            "website": "",
            "started": token,
        }
        with translation.override("da"):
            assert client.post(url, data).status_code == 302
            response = client.post(url, {**data, "email": "anden@example.org", "name": "Anden Person"})
        html = response.content.decode()
        assert in_danish(REPLAYED) in html
        assert 'value="Anden Person"' in html
        assert started_in(html) != token
        assert Registration.objects.count() == 1


@pytest.mark.django_db
class TestPurge:
    def test_spent_tokens_past_the_age_limit_are_purged(self, settings):
        settings.FORM_TOKEN_MAX_AGE = 3600
        old = SpentFormToken.objects.create(key="old")
        SpentFormToken.objects.filter(pk=old.pk).update(spent_at=timezone.now() - timezone.timedelta(hours=2))
        SpentFormToken.objects.create(key="recent")
        call_command("purge_personal_data", stdout=io.StringIO())
        assert list(SpentFormToken.objects.values_list("key", flat=True)) == ["recent"]


@pytest.fixture
def committed_token(django_db_setup, django_db_blocker):
    """A token whose spending other connections (threads) see committed.

    A transactional test would flush every table afterwards, the page tree the migrations create too; so,
    like `committed_seminar` in tests/seminars/test_registration.py, this removes only what it made.
    """
    token = signed_start()
    with django_db_blocker.unblock():
        try:
            yield token
        finally:
            SpentFormToken.objects.filter(key=token_key(token)).delete()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent writers need PostgreSQL")
class TestRace:
    def test_five_submissions_racing_with_one_token_spend_it_once(self, committed_token):
        barrier = threading.Barrier(5)
        outcomes = []

        def submit():
            try:
                form = NameForm({"name": "Mette", "started": committed_token})
                assert form.is_valid(), form.errors
                barrier.wait()
                with transaction.atomic():
                    form.spend_token()
                    time.sleep(0.2)  # what storing the submission takes, with the transaction open
                outcomes.append("stored")
            except TokenReplayed:
                outcomes.append("replayed")
            finally:
                connection.close()

        threads = [threading.Thread(target=submit) for _ in range(5)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(outcomes) == ["replayed"] * 4 + ["stored"]
        assert SpentFormToken.objects.filter(key=token_key(committed_token)).count() == 1
