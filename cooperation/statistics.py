"""The national cooperation statistics: which sectors work together, counted once per story.

They are counted on the Danish source case studies (a translation tells the same story again and must
not count again), and stored in `SectorPairStat`, `SectorStat` and `ActorCooperationStat`. They are
rebuilt after a Danish case study is published, unpublished or deleted and after an actor's sector
changes, once per transaction, by the background worker (`refresh_task`): the editor who publishes does
not wait for it, and readers see the new counts a moment later.

Counting rules:
- a case study counts once for every unordered pair of *different* sectors among its participants, however
  many actors of each sector took part;
- a pair of the same sector (two libraries, or the job centres of two municipalities) is not cooperation
  between sectors: it adds nothing to the pair statistics, and a case study whose participants all share
  one sector counts for no sector at all.
"""

from collections import defaultdict
from itertools import combinations

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Count
from django_tasks import task

from casestudies.models import CaseStudyPage, CaseStudyParticipant
from cooperation.models import ActorCooperationStat, SectorPairStat, SectorStat
from directory.models import Actor
from pagecache.generations import bump_generation


def source_case_studies():
    """The live case studies in the source language: each story once, however many translations it has."""
    return CaseStudyPage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)


def compute():
    """Count the pairs of sectors in the source case studies: ({(a, b): [keys]}, {sector: count}).

    One query over the participants; the keys of each pair are in the order of the case studies, newest first.
    """
    rows = (
        CaseStudyParticipant.objects.filter(page__in=source_case_studies())
        .order_by("-page__start_date", "page__title", "page_id")
        .values_list("page__translation_key", "actor__sector")
    )
    sectors_by_case = {}
    for key, sector in rows:
        sectors_by_case.setdefault(str(key), set()).add(sector)
    pairs = defaultdict(list)
    sector_counts = defaultdict(int)
    for key, sectors in sectors_by_case.items():
        if len(sectors) < 2:
            continue
        for sector in sectors:
            sector_counts[sector] += 1
        for pair in combinations(sorted(sectors), 2):
            pairs[pair].append(key)
    return dict(pairs), dict(sector_counts)


def actor_counts():
    """{actor translation key: (sector, number of source case studies it took part in)}, in one query."""
    rows = (
        CaseStudyParticipant.objects.filter(page__in=source_case_studies())
        .order_by()
        .values_list("actor__translation_key", "actor__sector")
        .annotate(count=Count("page", distinct=True))
    )
    counts = {}
    for key, sector, count in rows:
        # An actor's translations share its sector; should a row disagree, the larger count wins.
        if key not in counts or count > counts[key][1]:
            counts[key] = (sector, count)
    return counts


# Any number, the same in every process: PostgreSQL's advisory lock that lets one refresh run at a time.
REFRESH_LOCK = 7_314_051


def refresh():
    """Rebuild the stored statistics from the published case studies. Returns the number of sector pairs.

    One at a time: two workers rebuilding at once after two publishes would each insert a full set of
    rows (PostgreSQL; SQLite lets one writer in at a time anyway). The counting happens inside the lock,
    so the second rebuild counts what the first could not yet see.
    """
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [REFRESH_LOCK])
        pairs, sector_counts = compute()
        by_actor = actor_counts()
        SectorPairStat.objects.all().delete()
        SectorStat.objects.all().delete()
        ActorCooperationStat.objects.all().delete()
        ActorCooperationStat.objects.bulk_create(
            ActorCooperationStat(actor_key=key, sector=sector, case_count=count)
            for key, (sector, count) in by_actor.items()
        )
        SectorPairStat.objects.bulk_create(
            SectorPairStat(sector_a=a, sector_b=b, case_count=len(keys), case_keys=keys)
            for (a, b), keys in pairs.items()
        )
        SectorStat.objects.bulk_create(
            SectorStat(sector=sector, case_count=count) for sector, count in sector_counts.items()
        )
        # The cooperation sections are kept per generation ({% kept %}): the publish that queued this
        # refresh started a generation before the new counts existed, so they start another, now and
        # again once the counts are committed (as pagecache.generations.invalidate does).
        bump_generation()
        transaction.on_commit(bump_generation)
    return len(pairs)


@task()
def refresh_task():
    return refresh()


def enqueue_refresh():
    refresh_task.enqueue()


def schedule_refresh(using=None):
    """Queue a refresh for the worker once the current transaction commits, at most once per transaction
    (at once outside one).

    Publishing a hundred case studies in one import then costs one rebuild, not a hundred. Django keeps no
    public record of pending callbacks, so the check reads `run_on_commit`; a rolled back transaction drops
    the callback together with that record.
    """
    pending = transaction.get_connection(using).run_on_commit
    if any(callback is enqueue_refresh for _savepoints, callback, *_rest in pending):
        return
    transaction.on_commit(enqueue_refresh, using=using)


def _is_source(page):
    return page.locale.language_code == settings.LANGUAGE_CODE


def case_study_changed(sender, instance, **kwargs):
    """A source case study was published, unpublished or deleted: its participants count differently."""
    if _is_source(instance):
        schedule_refresh()


def remember_actor_sector(sender, instance, raw=False, **kwargs):
    if raw or not instance.pk:
        return
    instance._cooperation_old_sector = (
        Actor.objects.filter(pk=instance.pk).values_list("sector", flat=True).first()
    )


def actor_saved(sender, instance, created, raw=False, **kwargs):
    """An actor that moved to another sector moves its case studies' pairs with it."""
    if raw or created:
        return
    old = getattr(instance, "_cooperation_old_sector", None)
    if old is not None and old != instance.sector:
        schedule_refresh()
