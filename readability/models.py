"""The LIX of each published Danish text, kept when it is published (readability/scores.py).

Kept rather than computed when the report is opened: at national scale (~5,000 actors, a few hundred
pages) reading every text and its StreamFields to sort them would take seconds on every visit, where a
stored number sorts in the database. A text changes only when it is published, so that is when its
number is worked out.
"""

from django.db import models
from django.db.models import Q
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from casestudies.models import CaseStudyPage
from directory.models import Actor, MunicipalityPage
from home.models import StandardPage
from seminars.models import SeminarPage


class TextKind(models.TextChoices):
    """The kinds of text scored, named as their models are."""

    CASE_STUDY = "case_study", capfirst(CaseStudyPage._meta.verbose_name)
    MUNICIPALITY = "municipality", capfirst(MunicipalityPage._meta.verbose_name)
    SEMINAR = "seminar", capfirst(SeminarPage._meta.verbose_name)
    STANDARD_PAGE = "standard_page", capfirst(StandardPage._meta.verbose_name)
    ACTOR = "actor", capfirst(Actor._meta.verbose_name)


class ReadabilityScore(models.Model):
    """The readability of one published Danish page or actor: exactly one of `page` and `actor` is set."""

    kind = models.CharField(_("type"), max_length=16, choices=TextKind.choices)
    page = models.OneToOneField(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="readability_score",
        verbose_name=_("page"),
    )
    actor = models.OneToOneField(
        "directory.Actor",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="readability_score",
        verbose_name=_("actor"),
    )
    title = models.CharField(_("title"), max_length=255)
    municipality = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("municipality"),
        help_text=_("The municipality the text is about; the first one for a case study about several."),
    )
    words = models.PositiveIntegerField(_("words"), default=0)
    sentences = models.PositiveIntegerField(_("sentences"), default=0)
    long_words = models.PositiveIntegerField(_("long words"), default=0)
    lix = models.FloatField(_("LIX"), null=True, blank=True, help_text=_("Empty for a text without words."))
    scored_at = models.DateTimeField(_("scored"), auto_now=True)

    class Meta:
        verbose_name = _("readability score")
        verbose_name_plural = _("readability scores")
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(page__isnull=False, actor__isnull=True) | Q(page__isnull=True, actor__isnull=False)
                ),
                name="readability_score_page_or_actor",
            )
        ]

    def __str__(self):
        return f"{self.title}: {self.lix}"
