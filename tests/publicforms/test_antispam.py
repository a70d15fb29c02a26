import time

import pytest
from django import forms
from django.core import signing
from django.core.cache import cache
from django.test import RequestFactory
from django.utils import translation
from django.utils.translation import gettext

from publicforms.antispam import SIGNING_SALT, AbuseProtectionMixin, rate_limit_exceeded, signed_start


class NameForm(AbuseProtectionMixin, forms.Form):
    name = forms.CharField()


def in_danish(message):
    with translation.override("da"):
        return gettext(message)


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()
    yield
    cache.clear()


class TestAbuseProtectionMixin:
    def test_unbound_form_carries_a_signed_start_and_a_hidden_honeypot(self):
        form = NameForm()
        html = str(form["website"])
        assert 'tabindex="-1"' in html and 'autocomplete="off"' in html
        started = signing.loads(form["started"].value(), salt=SIGNING_SALT)
        assert abs(started - time.time()) < 5

    def test_human_submission_passes(self, settings):
        settings.FORM_MIN_FILL_SECONDS = 3
        form = NameForm({"name": "Mette", "website": "", "started": signed_start(seconds_ago=10)})
        assert form.is_valid(), form.errors

    def test_filled_honeypot_is_rejected_and_keeps_what_was_typed(self):
        form = NameForm({"name": "Mette", "website": "http://spam.example", "started": signed_start()})
        with translation.override("da"):  # the site's default language, whatever an earlier test left active
            assert not form.is_valid()
            errors = " ".join(form.non_field_errors())
        assert (
            in_danish("The form could not be sent. Leave the field marked “Leave this field empty” empty.")
            in errors
        )
        assert in_danish("Leave this field empty") in errors
        assert form["name"].value() == "Mette"

    def test_too_fast_submission_is_rejected(self, settings):
        settings.FORM_MIN_FILL_SECONDS = 3
        form = NameForm({"name": "Mette", "started": signed_start(seconds_ago=1)})
        with translation.override("da"):
            assert not form.is_valid()
            errors = " ".join(form.non_field_errors())
        assert (
            in_danish("The form was sent too quickly. Please check your answers and send it again.") in errors
        )

    # The forged value is built in the test: a signature made at collection carries the time of day, and
    # pytest-xdist's workers must collect the same test ids.
    @pytest.mark.parametrize("kind", ["missing", "unsigned", "signed with another salt"])
    def test_missing_or_forged_start_is_rejected(self, kind):
        started = {
            "missing": "",
            "unsigned": "123",
            "signed with another salt": signing.dumps(1.0, salt="another-salt") + "x",
        }[kind]
        form = NameForm({"name": "Mette", "started": started})
        with translation.override("da"):
            assert not form.is_valid()
            errors = " ".join(form.non_field_errors())
        assert (
            in_danish("The form has expired or was altered. Please check your answers and send it again.")
            in errors
        )
        # A fresh signature lets the person send the re-rendered form again.
        assert signing.loads(form["started"].value(), salt=SIGNING_SALT)


class TestRateLimit:
    def test_allows_the_limit_then_refuses(self, settings):
        settings.FORM_RATE_LIMITS = {"test": (3, 60)}
        request = RequestFactory().post("/", REMOTE_ADDR="203.0.113.9")
        assert [rate_limit_exceeded(request, "test") for _ in range(4)] == [False, False, False, True]

    def test_counts_per_address_and_scope(self, settings):
        settings.FORM_RATE_LIMITS = {"test": (1, 60), "other": (1, 60)}
        first = RequestFactory().post("/", REMOTE_ADDR="203.0.113.9")
        second = RequestFactory().post("/", REMOTE_ADDR="203.0.113.10")
        assert not rate_limit_exceeded(first, "test")
        assert not rate_limit_exceeded(second, "test")
        assert not rate_limit_exceeded(first, "other")
        assert rate_limit_exceeded(first, "test")
