"""Abuse protection shared by every public form: a honeypot, a minimum fill time and a per-IP rate limit.

The portal has no login for the public, so it cannot rely on accounts to keep robots out. These checks
cost a human nothing: the honeypot is hidden from people and assistive technology, the signed start time
only rejects forms submitted faster than a person can type, older than a day (`FORM_TOKEN_MAX_AGE`) or
already used for a stored submission (spent in the database, see `spend_token`), and the rate limit
counts in the shared cache so it also holds across worker processes when Redis is configured. While Redis
is unreachable the rate limit counts in each worker process's memory instead: it still stops a robot, a
little later (one count per process), and no one's valid submission is refused or lost because the cache
is down.
"""

import hashlib
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from publicforms.client_address import client_address
from publicforms.models import SpentFormToken

SIGNING_SALT = "home.antispam.started"

# scope -> (limit, window in seconds); FORM_RATE_LIMITS in the settings overrides single scopes.
DEFAULT_RATE_LIMITS = {
    "suggest": (10, 3600),
    "share": (10, 3600),
    "contact": (10, 3600),
    "register": (10, 3600),
}


def signed_start(seconds_ago=0):
    """The value of the `started` field for a form shown `seconds_ago` (tests use it to post directly)."""
    return signing.dumps(time.time() - seconds_ago, salt=SIGNING_SALT)


# How long a form may stay open before it must be sent again; FORM_TOKEN_MAX_AGE in the settings overrides it.
DEFAULT_TOKEN_MAX_AGE = 24 * 3600


def token_max_age():
    return getattr(settings, "FORM_TOKEN_MAX_AGE", DEFAULT_TOKEN_MAX_AGE)


def token_key(token):
    """What a spent token is remembered by: a hash of the whole signed value, which no one can forge."""
    return hashlib.sha256(token.encode()).hexdigest()


class TokenReplayed(Exception):
    """The form's start time has already carried a stored submission; the form now says so."""


REPLAYED_MESSAGE = _("This form has already been sent once. Please check your answers and send it again.")


class HoneypotInput(forms.TextInput):
    """A text input no person fills: its wrapper in components/form.html hides it from eyes and screen
    readers, and tabindex keeps it out of keyboard navigation."""

    def __init__(self, attrs=None):
        super().__init__({"tabindex": "-1", "autocomplete": "off", **(attrs or {})})


class AbuseProtectionMixin:
    """Adds the honeypot `website` and the signed start time `started` to a form.

    Put it first in the bases so its `clean()` runs before the form's own. The errors are non-field
    errors: the form is re-rendered bound, so nothing the person typed is lost.
    """

    min_fill_seconds = 3
    honeypot_field = "website"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[self.honeypot_field] = forms.CharField(
            label=_("Leave this field empty"), required=False, widget=HoneypotInput()
        )
        self.fields["started"] = forms.CharField(required=False, widget=forms.HiddenInput())
        if not self.is_bound:
            self.initial["started"] = signed_start()

    def get_min_fill_seconds(self):
        return getattr(settings, "FORM_MIN_FILL_SECONDS", self.min_fill_seconds)

    def clean(self):
        cleaned_data = super().clean()
        if self.cleaned_data.get(self.honeypot_field):
            raise forms.ValidationError(
                _("The form could not be sent. Leave the field marked “Leave this field empty” empty."),
                code="honeypot",
            )
        token = self.data.get(self.add_prefix("started"), "")
        expired = forms.ValidationError(
            _("The form has expired or was altered. Please check your answers and send it again."),
            code="signature",
        )
        try:
            started = float(signing.loads(token, salt=SIGNING_SALT, max_age=token_max_age()))
        except (signing.BadSignature, TypeError, ValueError):
            self.refresh_token()
            raise expired from None
        if time.time() - started > token_max_age():
            self.refresh_token()
            raise expired
        if time.time() - started < self.get_min_fill_seconds():
            raise forms.ValidationError(
                _("The form was sent too quickly. Please check your answers and send it again."),
                code="too_fast",
            )
        self.started_token = token
        return cleaned_data

    def refresh_token(self):
        """A fresh signed start time in the re-rendered form, so the person can simply send it again."""
        self.data = self.data.copy()
        self.data[self.add_prefix("started")] = signed_start()

    def spend_token(self):
        """Mark this form's start time as used; call it in the transaction that stores the submission.

        Raises TokenReplayed (after adding the error to the form) when another submission spent it first,
        also one that raced this one: the unique key lets only one insert through. The check is here, not
        in `clean()`, because only this insert is free of a race, and `clean()` stays free of queries.
        """
        try:
            with transaction.atomic():
                SpentFormToken.objects.create(key=token_key(self.started_token))
        except IntegrityError:
            self.add_error(None, forms.ValidationError(REPLAYED_MESSAGE, code="replayed"))
            self.refresh_token()
            raise TokenReplayed from None

    @property
    def honeypot(self):
        """The bound honeypot field, so templates can render it apart from the visible fields."""
        return self[self.honeypot_field]


def client_ip(request):
    """The client's address; X-Forwarded-For is believed only from TRUSTED_PROXIES (client_address.py)."""
    return client_address(request)


# Where the rate limit counts while the shared cache is unreachable: this process's memory.
PROCESS_COUNTS = LocMemCache("publicforms-rate-limits", {"MAX_ENTRIES": 10_000})


def count_hit(store, key, window):
    """This hit's number within the window in `store`, or None if `store` could not be reached.

    django-redis answers None to add() and incr() when it ignored a connection error; Django's own caches
    never do.
    """
    added = store.add(key, 1, timeout=window)
    if added is None:
        return None
    if added:
        return 1
    try:
        return store.incr(key)
    except ValueError:
        # The key expired between add() and incr(): this hit starts a new window.
        store.set(key, 1, timeout=window)
        return 1


def rate_limit_exceeded(request, scope: str, limit: int = 5, window: int = 3600) -> bool:
    """Count one hit for this client and scope, and say whether it is now over the limit.

    Limits come from `settings.FORM_RATE_LIMITS[scope]` when present, so operators (and tests) can
    tune each form without code changes; the arguments are the fallback. Counted in the shared cache, or
    in this process while that is unreachable.
    """
    limits = {**DEFAULT_RATE_LIMITS, **getattr(settings, "FORM_RATE_LIMITS", {})}
    limit, window = limits.get(scope, (limit, window))
    key = f"ratelimit:{scope}:{client_ip(request)}"
    count = count_hit(cache, key, window)
    if count is None:
        count = count_hit(PROCESS_COUNTS, key, window)
    return count > limit
