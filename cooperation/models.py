"""The national cooperation statistics, stored so that no page counts participants per request."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from directory.models import Sector


class SectorPairStat(models.Model):
    """How many published case studies two different sectors took part in together, nationally.

    Precomputed by `cooperation.statistics.refresh` whenever a case study or an actor's sector changes, so
    no page counts participants per request. `sector_a` sorts before `sector_b`: one row per unordered pair.
    `case_keys` holds the translation keys of all those case studies, newest first, so a municipality page
    can leave out its own case studies and still link to the others in the reader's language.
    """

    sector_a = models.CharField(_("sector"), max_length=32, choices=Sector.choices)
    sector_b = models.CharField(_("other sector"), max_length=32, choices=Sector.choices)
    case_count = models.PositiveIntegerField(_("number of case studies"), default=0)
    case_keys = models.JSONField(_("case studies"), default=list, blank=True)

    class Meta:
        ordering = ["-case_count", "sector_a", "sector_b"]
        verbose_name = _("sector pair statistic")
        verbose_name_plural = _("sector pair statistics")
        constraints = [
            models.UniqueConstraint(
                fields=["sector_a", "sector_b"], name="casestudies_sectorpairstat_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(sector_a__lt=models.F("sector_b")),
                name="casestudies_sectorpairstat_ordered",
            ),
        ]

    def __str__(self):
        first, second = self.labels
        return f"{first} + {second}: {self.case_count}"

    @property
    def labels(self):
        """The two sectors' names in the vocabulary's order (library first): reads better than A–Z."""
        order = list(Sector.values)
        first, second = sorted((self.sector_a, self.sector_b), key=order.index)
        return Sector(first).label, Sector(second).label


class SectorStat(models.Model):
    """How many published case studies a sector took part in together with at least one other sector."""

    sector = models.CharField(_("sector"), max_length=32, choices=Sector.choices, unique=True)
    case_count = models.PositiveIntegerField(_("number of case studies"), default=0)

    class Meta:
        ordering = ["-case_count", "sector"]
        verbose_name = _("sector statistic")
        verbose_name_plural = _("sector statistics")

    def __str__(self):
        return f"{self.get_sector_display()}: {self.case_count}"


class ActorCooperationStat(models.Model):
    """How many published case studies an actor (all its translations together) took part in.

    Rebuilt with the sector statistics by `cooperation.statistics.refresh`, so that an actor page can rank
    the actors of its sector elsewhere by their cooperation without counting participants per request.
    `sector` is the actor's sector at the last rebuild (a change of sector triggers one).
    """

    actor_key = models.UUIDField(_("actor"), unique=True)
    sector = models.CharField(_("sector"), max_length=32, choices=Sector.choices, db_index=True)
    case_count = models.PositiveIntegerField(_("number of case studies"), default=0)

    class Meta:
        ordering = ["-case_count", "actor_key"]
        verbose_name = _("actor cooperation statistic")
        verbose_name_plural = _("actor cooperation statistics")

    def __str__(self):
        return f"{self.actor_key}: {self.case_count}"
