"""The part every public form shares: who sent it, their consent, and the checks against abuse."""

import hashlib
from datetime import timedelta

from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from publicforms.antispam import AbuseProtectionMixin
from publicforms.fields import PublicCharField
from publicforms.models import Submission

DUPLICATE_WINDOW = timedelta(minutes=30)


def retention_months():
    return max(1, round(getattr(settings, "PERSONAL_DATA_RETENTION_DAYS", 365) / 30.4))


def consent_wording(purpose):
    """The consent checkbox's label: what we keep, why, and for how long, in the reader's language."""
    months = retention_months()
    return ngettext(
        "I agree that Erfaringsportalen keeps my name and e-mail address to %(purpose)s, and deletes them "
        "after %(months)d month at the latest.",
        "I agree that Erfaringsportalen keeps my name and e-mail address to %(purpose)s, and deletes them "
        "after %(months)d months at the latest.",
        months,
    ) % {"purpose": purpose, "months": months}


class SubmitterForm(AbuseProtectionMixin, forms.Form):
    """The submitter's contact details and consent, shared by every public form.

    Subclasses set `consent_purpose` (a lazy string) and list their own fields before these.
    """

    consent_purpose = _("handle what I send and tell me the outcome")
    content_fields = ()

    your_name = PublicCharField(
        label=_("Your name"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    your_email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    consent = forms.BooleanField(label="", required=True)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].label = consent_wording(self.consent_purpose)
        self.fields["consent"].error_messages["required"] = _(
            "We can only receive what you send if you agree to how we keep your details."
        )
        # Keep the submitter's details and the abuse fields last, after the form's own fields.
        for name in ("your_name", "your_email", "consent"):
            self.fields[name] = self.fields.pop(name)

    def fingerprint(self, scope):
        """A hash of what was sent, to recognise the same submission sent twice."""
        parts = [scope, self.cleaned_data.get("your_email", "").lower()]
        for name in self.content_fields:
            value = self.cleaned_data.get(name)
            if isinstance(value, tuple):  # a checked image: (content, extension)
                value = hashlib.sha256(value[0]).hexdigest()
            parts.append("" if value is None else str(value))
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()

    def is_duplicate(self, fingerprint):
        since = timezone.now() - DUPLICATE_WINDOW
        return Submission.objects.filter(fingerprint=fingerprint, created_at__gte=since).exists()

    def new_submission(self, kind, fingerprint, target=None, message=""):
        """The record of who sent this, with the consent exactly as it was shown to them."""
        submission = Submission(
            kind=kind,
            name=self.cleaned_data["your_name"],
            email=self.cleaned_data["your_email"],
            message=message,
            language=translation.get_language() or settings.LANGUAGE_CODE,
            consent_text=str(self.fields["consent"].label),
            consented_at=timezone.now(),
            fingerprint=fingerprint,
        )
        if target is not None:
            submission.content_type = ContentType.objects.get_for_model(target, for_concrete_model=True)
            submission.object_id = str(target.pk)
        submission.save()
        return submission
