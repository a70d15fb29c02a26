"""The portal's root page per language, plain content pages, site settings and the shared taxonomy.

`home` is the base app: it never imports a domain app. The home page gets its listings of case studies
and seminars through those apps' template tags.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import RICH_TEXT_FEATURES, StandardStreamBlock
from home.localization import FallbackRoutingMixin

# What every page translates: the readable parts of Wagtail's own page fields.
PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("slug"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
]


class SectionIndexPage(FallbackRoutingMixin, Page):
    """The root of one of the portal's sections (directory, case studies, seminars) in one language."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    translatable_fields = [*PAGE_TRANSLATABLE_FIELDS, TranslatableField("intro")]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True


class TargetGroup(models.Model):
    """A group of newcomers that actors and case studies serve.

    The vocabulary is fixed in code (filters, exports and statistics rely on the codes); the labels are
    translated through the gettext catalogues like every other interface string.
    """

    WORKERS = "workers"
    PARTNERS = "partners"
    FAMILIES = "families"
    STUDENTS = "students"
    REFUGEES = "refugees"
    CHOICES = [
        (WORKERS, _("International workers")),
        (PARTNERS, _("Accompanying partners")),
        (FAMILIES, _("Children and families")),
        (STUDENTS, _("Students")),
        (REFUGEES, _("Refugees")),
    ]

    code = models.SlugField(_("code"), max_length=32, unique=True, choices=CHOICES)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")

    def __str__(self):
        # Not get_code_display(): Django's translates every choice on each call.
        return str(dict(self.CHOICES).get(self.code, self.code))


class HomePageFeaturedCaseStudy(Orderable):
    page = ParentalKey("home.HomePage", on_delete=models.CASCADE, related_name="featured_case_studies")
    case_study = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("case study"),
    )

    panels = [PageChooserPanel("case_study", "casestudies.CaseStudyPage")]


class HomePage(FallbackRoutingMixin, Page):
    intro = models.TextField(
        _("introduction"),
        help_text=_("Two or three sentences that tell a first-time visitor what the portal is for."),
    )
    about_project = RichTextField(
        _("about the project"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("A short presentation of the Newcomers project and the libraries behind the portal."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("about_project"),
        InlinePanel(
            "featured_case_studies",
            label=_("Featured case studies"),
            max_num=6,
            help_text=_("Up to six case studies shown on the front page. Leave empty to show the newest."),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("intro"),
        TranslatableField("about_project"),
        SynchronizedField("featured_case_studies"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "directory.MunicipalityIndexPage",
        "casestudies.CaseStudyIndexPage",
        "seminars.SeminarIndexPage",
        "home.StandardPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class StandardPage(FallbackRoutingMixin, Page):
    """A plain content page: about the project, accessibility statement, privacy policy."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(StandardStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("intro"),
        TranslatableField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    """Contact details and links shown in every page's footer."""

    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=32, blank=True)
    contact_address = models.TextField(
        _("postal address"), blank=True, help_text=_("The secretariat's address, one line per line.")
    )
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn page"), blank=True)
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("accessibility statement"),
        help_text=_("The page with the accessibility statement the law requires. Linked from every page."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("privacy policy"),
        help_text=_("The page that explains how the portal handles personal data. Linked from every page."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_phone"), FieldPanel("contact_address")],
            heading=_("Contact"),
        ),
        MultiFieldPanel([FieldPanel("facebook_url"), FieldPanel("linkedin_url")], heading=_("Social media")),
        MultiFieldPanel(
            [PageChooserPanel("accessibility_page"), PageChooserPanel("privacy_page")],
            heading=_("Footer pages"),
        ),
    ]

    class Meta:
        verbose_name = _("portal settings")


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
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    message = models.TextField(_("message"), blank=True)
    content_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    object_id = models.CharField(max_length=255, blank=True, db_index=True)
    content_object = GenericForeignKey("content_type", "object_id")
    fingerprint = models.CharField(max_length=64, db_index=True, editable=False)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("public submission")
        verbose_name_plural = _("public submissions")

    def __str__(self):
        return f"{self.get_kind_display()} ({self.created_at:%Y-%m-%d})" if self.created_at else self.kind

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
