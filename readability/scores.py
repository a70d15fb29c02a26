"""Keeping `ReadabilityScore` in step with the published Danish texts.

A score is stored when a Danish case study, municipality page, seminar, standard page or actor is
published, and removed when it is unpublished (deleting the page or actor deletes it with them). The
receivers are connected in `ReadabilityConfig.ready`. Texts published without Wagtail's publish signals
(the national-scale generator, a restored database) are scored by `manage.py refresh_readability`, which
rebuilds every score.
"""

from django.conf import settings
from django.db import transaction

from casestudies.models import CaseStudyPage
from directory.models import Actor, MunicipalityPage
from home.models import StandardPage
from languages.locales import locale_of
from readability.lix import readability
from readability.models import ReadabilityScore, TextKind
from readability.texts import readable_text
from seminars.models import SeminarPage

PAGE_KINDS = {
    CaseStudyPage: TextKind.CASE_STUDY,
    MunicipalityPage: TextKind.MUNICIPALITY,
    SeminarPage: TextKind.SEMINAR,
    StandardPage: TextKind.STANDARD_PAGE,
}
BATCH_SIZE = 500


def is_source(instance):
    return locale_of(instance).language_code == settings.LANGUAGE_CODE


def municipality_id_of(instance):
    """The municipality a text is about: the page itself, an actor's or a seminar's municipality, a case
    study's first municipality; None for a standard page."""
    if isinstance(instance, MunicipalityPage):
        return instance.pk
    if isinstance(instance, CaseStudyPage):
        first = next(iter(instance.municipalities.all()), None)
        return first.municipality_id if first else None
    return getattr(instance, "municipality_id", None)


def measured(instance):
    """An unsaved ReadabilityScore of a page (of one of PAGE_KINDS, as its specific class) or an actor."""
    counts = readability(readable_text(instance))
    if isinstance(instance, Actor):
        owner = {"actor_id": instance.pk, "kind": TextKind.ACTOR, "title": instance.name}
    else:
        owner = {"page_id": instance.pk, "kind": PAGE_KINDS[type(instance)], "title": instance.title}
    return ReadabilityScore(
        **owner,
        municipality_id=municipality_id_of(instance),
        words=counts.words,
        sentences=counts.sentences,
        long_words=counts.long_words,
        lix=counts.lix,
    )


def store(instance):
    """Score a published text in the source language; a translation is left alone (and returns None)."""
    if not is_source(instance):
        return None
    score = measured(instance)
    owner = {"actor_id": instance.pk} if isinstance(instance, Actor) else {"page_id": instance.pk}
    fields = ("kind", "title", "municipality_id", "words", "sentences", "long_words", "lix")
    stored, _created = ReadabilityScore.objects.update_or_create(
        **owner, defaults={name: getattr(score, name) for name in fields}
    )
    return stored


def forget(instance):
    owner = {"actor_id": instance.pk} if isinstance(instance, Actor) else {"page_id": instance.pk}
    ReadabilityScore.objects.filter(**owner).delete()


def published(sender, instance, **kwargs):
    """Receiver of `page_published` (for PAGE_KINDS) and of `published` (for Actor)."""
    store(instance)


def unpublished(sender, instance, **kwargs):
    """Receiver of `page_unpublished` (for PAGE_KINDS) and of `unpublished` (for Actor)."""
    forget(instance)


def source_texts():
    """Every live text in the source language, page by page type and then the actors, in batches."""
    for model in PAGE_KINDS:
        pages = model.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE).order_by("pk")
        if model is CaseStudyPage:
            pages = pages.prefetch_related("municipalities")
        yield from pages.iterator(chunk_size=BATCH_SIZE)
    actors = Actor.objects.filter(live=True, locale__language_code=settings.LANGUAGE_CODE).order_by("pk")
    yield from actors.iterator(chunk_size=BATCH_SIZE)


@transaction.atomic
def refresh():
    """Score every published Danish text again, from scratch; the number of texts scored."""
    ReadabilityScore.objects.all().delete()
    scores = [measured(instance) for instance in source_texts()]
    ReadabilityScore.objects.bulk_create(scores, batch_size=BATCH_SIZE)
    return len(scores)
