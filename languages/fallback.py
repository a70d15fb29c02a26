"""Listings in the reader's language, falling back row by row where a translation is missing."""

from django.db.models import Q

from languages.locales import fallback_chain, locales


def prefer_locales(queryset, language_code=None, rivals=None):
    """One row per translation_key: the reader's language where it exists, else the next in the chain.

    Done in the database (one query, whatever the size), so filters, ordering and pagination still apply.
    `rivals` are the rows whose existence in a preferred language hides a row (the queryset itself by
    default). For a listing of all live pages of a type, `Page.objects.live()` gives the same answer, as
    translations share their type, and spares PostgreSQL joining the type's own table in each subquery
    (most of the Arabic case-study index's count).
    """
    rivals = queryset if rivals is None else rivals
    locale_ids = {code: locale.pk for code, locale in locales().items()}
    condition = Q(pk__in=[])
    preferred = []
    for code in fallback_chain(language_code):
        if code not in locale_ids:
            continue
        here = Q(locale_id=locale_ids[code])
        if preferred:
            here &= ~Q(translation_key__in=rivals.filter(locale_id__in=preferred).values("translation_key"))
        condition |= here
        preferred.append(locale_ids[code])
    return queryset.filter(condition)


def prefer_locale_rows(rows, language_code=None):
    """The rows, one per translation key, each in the reader's language or the nearest fallback.

    `rows` are tuples ending in (translation key, locale id). For a bounded list of keys, choosing among
    their translations here is cheaper than `prefer_locales`, whose NOT IN subqueries PostgreSQL checks
    against every row of the preferred languages.
    """
    rank = {}
    for position, code in enumerate(fallback_chain(language_code)):
        locale = locales().get(code)
        if locale is not None:
            rank.setdefault(locale.pk, position)
    best = {}
    for row in rows:
        key, locale_id = row[-2], row[-1]
        if locale_id in rank and (key not in best or rank[locale_id] < rank[best[key][-1]]):
            best[key] = row
    return list(best.values())


def by_translation_key(queryset, keys, language_code=None):
    """{str(translation key): object} for `keys`, each in the reader's language or its nearest fallback.

    Two queries whatever the number of keys: the translations' ids and languages, then the chosen ones.
    Keys with no live object in any language are simply missing.
    """
    keys = {str(key) for key in keys}
    if not keys:
        return {}
    if hasattr(queryset, "defer_streamfields"):  # pages found this way are listed, not shown in full
        queryset = queryset.defer_streamfields()
    rows = (
        queryset.filter(translation_key__in=keys).order_by().values_list("pk", "translation_key", "locale_id")
    )
    chosen = [row[0] for row in prefer_locale_rows(rows, language_code)]
    found = queryset.select_related("locale").in_bulk(chosen) if chosen else {}
    return {str(item.translation_key): item for item in found.values()}
