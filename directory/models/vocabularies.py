"""The directory's vocabularies: the regions and sectors fixed in code, and the languages actors serve in.

Regions and sectors are `TextChoices`: code relies on their values (filters, exports, the cooperation
statistics) and their labels are translated through the gettext catalogues. Languages are rows, because
actors link to them; each is shown by its own name (autonym), which needs no translation.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Region(models.TextChoices):
    """Denmark's five regions, by their official codes (ISO 3166-2:DK)."""

    NORTH_DENMARK = "DK-81", _("North Denmark Region")
    CENTRAL_DENMARK = "DK-82", _("Central Denmark Region")
    SOUTHERN_DENMARK = "DK-83", _("Region of Southern Denmark")
    CAPITAL = "DK-84", _("Capital Region of Denmark")
    ZEALAND = "DK-85", _("Region Zealand")


class Sector(models.TextChoices):
    """The kind of organisation an actor is. The cooperation statistics count pairs of these."""

    LIBRARY = "library", _("Library")
    JOB_CENTRE = "job_centre", _("Job centre")
    CITIZEN_SERVICE = "citizen_service", _("International citizen service / citizen service")
    LANGUAGE_SCHOOL = "language_school", _("Language school")
    EDUCATION = "education", _("Education")
    HEALTH = "health", _("Health")
    HOUSING = "housing", _("Housing")
    ASSOCIATION = "association", _("Association / NGO")
    EMPLOYER = "employer", _("Employer / business")
    CULTURE = "culture", _("Cultural institution")
    OTHER = "other", _("Other")


class Language(models.Model):
    """A language an actor serves newcomers in, identified by its ISO 639 code."""

    code = models.CharField(_("ISO 639 code"), max_length=8, unique=True)
    autonym = models.CharField(
        _("name in the language itself"), max_length=64, help_text=_("For example 'Polski' or 'العربية'.")
    )
    name_da = models.CharField(_("Danish name"), max_length=64)
    name_en = models.CharField(_("English name"), max_length=64)

    class Meta:
        ordering = ["name_da"]
        verbose_name = _("language")
        verbose_name_plural = _("languages")

    def __str__(self):
        return f"{self.name_da} ({self.autonym})" if self.autonym != self.name_da else self.name_da
