"""Personal data from the public: the submitters of public forms, kept apart from the content they sent."""

from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _


class PersonalDataRecord(models.Model):
    """What every model holding a member of the public's personal data has in common.

    Personal data lives only in subclasses of this model, never in published content, so that it can be
    found, shown to the person and deleted on time: `manage.py purge_personal_data` deletes
    `expired(now)` of every concrete subclass. The consent is kept with its exact wording and time,
    which is what the GDPR asks a controller to be able to show.
    """

    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    language = models.CharField(_("language"), max_length=8, blank=True)
    consent_text = models.TextField(_("consent wording"), blank=True)
    consented_at = models.DateTimeField(_("consent given"), null=True, blank=True)

    class Meta:
        abstract = True

    @classmethod
    def retention(cls):
        return timedelta(days=getattr(settings, "PERSONAL_DATA_RETENTION_DAYS", 365))

    @classmethod
    def expired(cls, now):
        """The records past their retention period; subclasses with other rules override this."""
        return cls._default_manager.filter(created_at__lt=now - cls.retention())


class Submission(PersonalDataRecord):
    """Who sent something through a public form, linked to the draft it created.

    The submitter's name and e-mail are kept here and never copied into the actor or case study, so the
    published content holds no private person's data and this record can be deleted on schedule without
    touching the content. `status` tells whether the submitter has been told the outcome.
    """

    class Kind(models.TextChoices):
        ACTOR_SUGGESTION = "actor_suggestion", _("New actor suggested")
        ACTOR_CORRECTION = "actor_correction", _("Correction of an actor")
        CASE_STUDY = "case_study", _("Case study shared")
        CONTACT = "contact", _("Message to an actor")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        FORWARDED = "forwarded", _("Forwarded")

    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PENDING)
    name = models.CharField(_("sender"), max_length=200)
    email = models.EmailField(_("sender's e-mail"))
    message = models.TextField(_("message from the sender"), blank=True)
    content_type = models.ForeignKey(
        ContentType,
        verbose_name=_("type of content"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    object_id = models.CharField(_("content number"), max_length=255, blank=True, db_index=True)
    content_object = GenericForeignKey("content_type", "object_id")
    # A hash of what was sent (publicforms.forms), to recognise the same submission sent twice.
    fingerprint = models.CharField(_("duplicate check"), max_length=64, db_index=True, editable=False)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("public submission")
        verbose_name_plural = _("public submissions")

    def __str__(self):
        if not self.created_at:
            return self.get_kind_display()
        return f"{self.get_kind_display()} ({date_format(timezone.localtime(self.created_at))})"

    @classmethod
    def discard_rejected_drafts(cls, submissions):
        """Delete what rejected `submissions` created and was never published, with public pictures.

        Only a draft that has never been live is deleted: a rejected correction is a revision of an
        actor that stays, and a coordinator may have published a rejected story after all. Pictures are
        deleted only when they came from the public form (their file name starts with "public-") and
        nothing else uses them. Returns how many objects were deleted.
        """
        from wagtail.images import get_image_model
        from wagtail.models import ReferenceIndex

        image_model = get_image_model()
        deleted = 0
        for submission in submissions.filter(status=cls.Status.REJECTED).exclude(content_type=None):
            obj = submission.content_object
            if obj is None or getattr(obj, "first_published_at", True) is not None:
                continue
            if hasattr(obj, "specific"):
                obj = obj.specific
            images = [
                getattr(obj, field.name)
                for field in obj._meta.concrete_fields
                if field.is_relation and field.related_model is image_model and getattr(obj, field.name)
            ]
            obj.delete()
            deleted += 1
            for image in images:
                name = image.file.name.rsplit("/", 1)[-1]
                if name.startswith("public-") and not ReferenceIndex.get_references_to(image).exists():
                    image.delete()
                    deleted += 1
        return deleted


class SpentFormToken(models.Model):
    """A form's signed start time that has already carried a stored submission, so it cannot carry another.

    Kept in the database rather than the cache: every worker process and machine sees it, and it holds
    while the cache is down. Rows are only needed while the token could still pass the age check, so
    `purge_personal_data` deletes those older than the age limit (`antispam.token_max_age`). The unique
    key makes two submissions racing with one token store only one: the second insert fails, nothing it
    sent is kept.
    """

    key = models.CharField(max_length=64, unique=True, editable=False)
    spent_at = models.DateTimeField(auto_now_add=True, db_index=True, editable=False)

    class Meta:
        verbose_name = _("spent form token")
        verbose_name_plural = _("spent form tokens")

    def __str__(self):
        return self.key

    @classmethod
    def expired(cls, now, max_age):
        """Tokens spent over `max_age` seconds ago: their age alone refuses them, so the rows can go."""
        return cls.objects.filter(spent_at__lt=now - timedelta(seconds=max_age))
