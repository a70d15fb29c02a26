"""Registrations for seminars: personal data, kept until the retention period after the seminar."""

import uuid

from django.db import models
from django.db.models.functions import Lower
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext_lazy as _

from directory.municipalities import municipality_choices
from publicforms.models import PersonalDataRecord
from seminars.models.pages import SeminarPage


def url_token(salt, value):
    """`value` followed by its HMAC, usable as a path segment of a page URL."""
    return f"{value}-{salted_hmac(salt, value, algorithm='sha256').hexdigest()[:32]}"


def value_from_url_token(salt, token):
    """The value a `url_token` was made for, or None when the HMAC does not match."""
    value, _sep, signature = token.rpartition("-")
    if value and constant_time_compare(signature, url_token(salt, value).rpartition("-")[2]):
        return value
    return None


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.exclude(status=RegistrationStatus.CANCELLED)


class Registration(PersonalDataRecord):
    """One person's registration for a seminar, confirmed or on the waiting list.

    It belongs to the Danish source page (`SeminarPage.registration_source`), whatever language the
    person registered in; `language` keeps theirs for the e-mails and the cancel link.
    """

    CANCEL_SALT = "seminars.registration.cancel"

    seminar = models.ForeignKey(
        SeminarPage, on_delete=models.CASCADE, related_name="registrations", verbose_name=_("seminar")
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"), max_length=254)
    organisation = models.CharField(_("organisation"), max_length=200)
    municipality = models.CharField(_("municipality"), max_length=3, choices=municipality_choices)
    diet = models.CharField(_("dietary needs"), max_length=500, blank=True)
    accessibility = models.CharField(_("accessibility needs"), max_length=500, blank=True)
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.CONFIRMED,
        db_index=True,
    )
    key = models.UUIDField(default=uuid.uuid4, editable=False, unique=True)
    moved_up_at = models.DateTimeField(_("moved up from the waiting list"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    wants_summary = models.BooleanField(_("wants the summary by e-mail"), default=False)
    # When the one reminder task that counts will run (seminars/reminders.py), and when it was sent.
    reminder_due_at = models.DateTimeField(_("reminder planned"), null=True, blank=True, editable=False)
    reminder_sent_at = models.DateTimeField(_("reminder sent"), null=True, blank=True, editable=False)
    summary_sent_at = models.DateTimeField(_("summary e-mail sent"), null=True, blank=True, editable=False)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                "seminar",
                condition=~models.Q(status="cancelled"),
                name="seminars_registration_one_active_per_email",
                violation_error_message=_("This e-mail address is already registered for this seminar."),
            )
        ]

    def __str__(self):
        return f"{self.name} – {self.seminar}"

    @classmethod
    def expired(cls, now):
        """Kept until the retention period has passed after the seminar ended, not after registering:
        organisers need the list until the seminar is over, and the follow-up after it."""
        return cls._default_manager.filter(seminar__end__lt=now - cls.retention())

    @property
    def cancel_token(self):
        """Carries the random key, so it cannot be guessed from an id, and an HMAC, so it cannot be forged.

        Only letters, digits and hyphens: Wagtail's page URLs accept nothing else in a path segment.
        """
        return url_token(self.CANCEL_SALT, f"{self.pk}-{self.key.hex}")

    @classmethod
    def from_cancel_token(cls, token):
        """The registration the token was made for, or None for a bad or outdated token."""
        value = value_from_url_token(cls.CANCEL_SALT, token)
        pk, _sep, key = (value or "").partition("-")
        if not pk.isdigit() or len(key) != 32:
            return None
        return cls.objects.select_related("seminar").filter(pk=int(pk), key=key).first()

    @property
    def municipality_name(self):
        return dict(municipality_choices()).get(self.municipality, self.municipality)
