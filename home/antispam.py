"""Abuse protection shared by every public form: a honeypot, a minimum fill time and a per-IP rate limit.

The portal has no login for the public, so it cannot rely on accounts to keep robots out. These checks
cost a human nothing: the honeypot is hidden from people and assistive technology, the signed start time
only rejects forms submitted faster than a person can type, and the rate limit counts in the shared cache
so it also holds across worker processes when Redis is configured.
"""

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

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
        try:
            started = float(signing.loads(self.data.get(self.add_prefix("started"), ""), salt=SIGNING_SALT))
        except (signing.BadSignature, TypeError, ValueError):
            # A fresh signature lets the person simply send the form again.
            self.data = self.data.copy()
            self.data[self.add_prefix("started")] = signed_start()
            raise forms.ValidationError(
                _("The form has expired or was altered. Please check your answers and send it again."),
                code="signature",
            ) from None
        if time.time() - started < self.get_min_fill_seconds():
            raise forms.ValidationError(
                _("The form was sent too quickly. Please check your answers and send it again."),
                code="too_fast",
            )
        return cleaned_data

    @property
    def honeypot(self):
        """The bound honeypot field, so templates can render it apart from the visible fields."""
        return self[self.honeypot_field]


def client_ip(request):
    """The client's address as the web server saw it; a proxy in front must set REMOTE_ADDR correctly."""
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def rate_limit_exceeded(request, scope: str, limit: int = 5, window: int = 3600) -> bool:
    """Count one hit for this client and scope, and say whether it is now over the limit.

    Limits come from `settings.FORM_RATE_LIMITS[scope]` when present, so operators (and tests) can
    tune each form without code changes; the arguments are the fallback.
    """
    limits = {**DEFAULT_RATE_LIMITS, **getattr(settings, "FORM_RATE_LIMITS", {})}
    limit, window = limits.get(scope, (limit, window))
    key = f"ratelimit:{scope}:{client_ip(request)}"
    if cache.add(key, 1, timeout=window):
        count = 1
    else:
        try:
            count = cache.incr(key)
        except ValueError:
            # The key expired between add() and incr(): this hit starts a new window.
            cache.set(key, 1, timeout=window)
            count = 1
    return count > limit
