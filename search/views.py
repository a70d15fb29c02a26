"""Site search: one search over the reader's language's pages and actors, best matches first.

The order is `search.ranking`'s: actors, case studies and seminars before the municipality pages, which
come by what they hold, and a result named exactly as typed before everything. A reader can narrow the
results to one kind (`?type=actors` …); the numbers beside the kinds come from the same search, so narrowing
costs no query. A search that finds nothing suggests the nearest spelling the content knows
(`search.words`), if that finds something, and the municipality directory.

The results page of a query is never kept in the page cache (nor by a CDN): every search made is
counted (`search.counting`), and a page served from the cache would never reach this view to be counted.
Counting there instead would mean teaching the page cache about search; and a cached results page is
worth little anyway, since most queries are asked once. The empty search form is cached as before.
"""

from collections import Counter

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db import transaction
from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Page

from directory.models import Actor, MunicipalityIndexPage, MunicipalityPage
from home.plain_text import field_text
from languages.fallback import prefer_locales
from languages.locales import active_locale
from pagecache.generations import memoized
from search.backend import scored_rows
from search.counting import record_search
from search.promotions import promoted_for
from search.ranking import ACTORS, KINDS, KINDS_BY_SLUG, Row, actor_counts, kind_of_page, rank
from search.snippets import snippet
from search.words import respelt
from seminars.models import SeminarPage

RESULTS_PER_PAGE = 20
MAX_RESULTS_PER_KIND = 200
MAX_QUERY_LENGTH = 200


def search(request):
    """One search over the current language's pages and actors, best matches first, narrowed by kind.

    The ranking reads plain rows (base pages, actors without their long texts); only the page of results
    shown is then loaded in full, so a common word costs the same as a rare one.
    """
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    kind = KINDS_BY_SLUG.get(request.GET.get("type", ""))
    locale = active_locale()
    hits, promoted = [], []
    if query:
        promoted = promoted_for(query, locale.language_code)
        promoted_pages = {item.page.pk for item in promoted if item.page is not None}
        hits = [hit for hit in _ranked(query, locale) if not _is_page_in(hit, promoted_pages)]
    promoted_kinds = [_kind_of_promoted(item) for item in promoted]
    total = len(hits) + len(promoted)
    shown = [hit for hit in hits if kind is None or hit.kind is kind]
    shown_promoted = [item for item, of in zip(promoted, promoted_kinds, strict=True) if kind in (None, of)]
    page_obj = Paginator(shown, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    first_page = page_obj.number == 1
    context = {
        "query": query,
        "page_obj": page_obj,
        "result_count": page_obj.paginator.count + len(shown_promoted),
        "total_count": total,
        "kind": kind,
        "kinds": _kind_options(kind, [hit.kind for hit in hits] + promoted_kinds, total) if total else [],
        # Page 1 starts with the promoted results; the pages after it go on counting from there.
        "first_number": 1 if first_page else page_obj.start_index() + len(shown_promoted),
        "results": ([_as_promoted(item, query) for item in shown_promoted] if first_page else [])
        + _as_results(page_obj.object_list, query),
        "title": _("Search"),
    }
    if query and not total:
        context.update(_when_nothing_is_found(query, locale))
    response = render(request, "search/search.html", context)
    if query:
        patch_cache_control(response, private=True, max_age=0)
        if _is_a_readers_search(request):
            # After the request's transaction, on its own: the row is locked for one UPDATE only, and
            # nothing that goes wrong there can reach the reader's answer.
            language = locale.language_code
            transaction.on_commit(lambda: record_search(query, language, total), robust=True)
    return response


def _ranked(query, locale):
    pages = (
        Page.objects.live()
        .public()
        .filter(locale=locale, depth__gt=2)
        .only("pk", "title", "content_type", "translation_key")
        .search(query)
        .annotate_score("_score")[:MAX_RESULTS_PER_KIND]
    )
    actors = (
        Actor.objects.filter(live=True, locale=locale)
        .only("pk", "name")
        .search(query)
        .annotate_score("_score")[:MAX_RESULTS_PER_KIND]
    )
    page_rows = [
        Row(pk, title, score, content_type_id, translation_key)
        for pk, title, content_type_id, translation_key, score in scored_rows(
            pages, "pk", "title", "content_type_id", "translation_key"
        )
    ]
    actor_rows = [Row(pk, name, score) for pk, name, score in scored_rows(actors, "pk", "name")]
    return rank(query, page_rows, actor_rows)


def _is_page_in(hit, page_ids):
    return hit.kind is not ACTORS and hit.row.pk in page_ids


def _kind_of_promoted(item):
    """A promoted page's kind; an external link has none (it is shown only among all the results)."""
    if item.page is None:
        return None
    return kind_of_page(item.page)


def _kind_options(selected, kinds, total):
    """The choices of the kind filter: all, then each kind with results (and the one chosen), counted."""
    counts = Counter(kinds)
    options = [{"slug": "", "label": _("All"), "count": total, "checked": selected is None}]
    for kind in KINDS:
        count = counts[kind]
        if count or kind is selected:
            checked = kind is selected
            options.append({"slug": kind.slug, "label": str(kind.label), "count": count, "checked": checked})
    return options


def _when_nothing_is_found(query, locale):
    """The nearest spelling, if it finds something, and the municipality directory in the reader's language.

    Only a search that finds nothing gets here, so its few queries are not spent on every search.
    """
    suggestion = respelt(query, locale)
    if suggestion and not _finds_anything(suggestion, locale):
        suggestion = ""
    language = locale.language_code
    return {"suggestion": suggestion, "directory_url": _memoized_directory_url(language)}


def _memoized_directory_url(language):
    """The municipality directory's address in `language` (else the nearest fallback), kept per publish."""
    return memoized("search-directory-url", lambda: _directory_url(language), language)


def _directory_url(language):
    directory = prefer_locales(MunicipalityIndexPage.objects.live(), language).first()
    return directory.url if directory else ""


def _finds_anything(query, locale):
    pages = Page.objects.live().public().filter(locale=locale, depth__gt=2).only("pk")
    actors = Actor.objects.filter(live=True, locale=locale).only("pk")
    return any(list(queryset.search(query)[:1]) for queryset in (pages, actors))


def _is_a_readers_search(request):
    """A reader's GET of the first page of results, not a browser prefetching a link to it.

    Turning to page 2 is the same search again; HEAD and a prefetch are nobody reading.
    """
    purpose = request.headers.get("Sec-Purpose", "") + request.headers.get("Purpose", "")
    first_page = request.GET.get("page", "1") in ("", "1")
    return request.method == "GET" and first_page and "prefetch" not in purpose


def _as_promoted(item, query):
    """A promoted result: a page (shown in the reader's language, else its nearest fallback) or a link."""
    if item.page is None:
        return {
            "title": item.title,
            "url": item.url,
            "kind": _("External link"),
            "label": _("External link"),
            "detail": [],
            "summary": item.description,
            "promoted": True,
        }
    result = _as_result(item.page, query)
    return {
        **result,
        "page": item.page,
        "summary": item.description or result["summary"],
        "promoted": True,
    }


def _as_results(hits, query):
    """The hits shown, loaded in full: one query per page type among them, one for the actors.

    The ranking read each page's type already, so the pages are loaded as their own types directly
    (`specific()` would first read the types again).
    """
    ids_by_type = {}
    for hit in hits:
        if hit.kind is not ACTORS:
            ids_by_type.setdefault(hit.row.content_type_id, []).append(hit.row.pk)
    pages = {}
    for content_type_id, ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None:  # None: a page type whose code has been removed
            pages.update(model.objects.filter(pk__in=ids).in_bulk())
    actor_ids = [hit.row.pk for hit in hits if hit.kind is ACTORS]
    actors = (
        Actor.objects.filter(pk__in=actor_ids).select_related("municipality").in_bulk() if actor_ids else {}
    )
    results = []
    for hit in hits:
        found = actors.get(hit.row.pk) if hit.kind is ACTORS else pages.get(hit.row.pk)
        if found is not None:
            results.append(_as_result(found, query, actors=hit.actors))
    return results


def _as_result(found, query, actors=None):
    """What a result shows: its title, its kind, a line of facts and a few sentences about the query;
    for a municipality, how many actors it lists (`actors`, known from the ranking or counted here).

    `kind` names the model (loading the results shown costs a query per model among them); `label` is the
    kind the reader can narrow the results to.
    """
    if isinstance(found, Actor):
        return {
            "title": found.name,
            "url": found.get_url(),
            "kind": _("Actor"),
            "label": str(ACTORS.name),
            "detail": [found.get_sector_display(), found.municipality.title],
            "summary": snippet(field_text(found, "description"), query),
            "object": found,
        }
    if isinstance(found, MunicipalityPage) and actors is None:
        actors = actor_counts().get(str(found.translation_key), 0)
    return {
        "title": found.title,
        "url": found.url,
        "kind": str(found._meta.verbose_name).capitalize(),
        "label": str(kind_of_page(found).name),
        "detail": _page_detail(found, actors),
        "summary": snippet(_page_text(found), query),
        "object": found,
        "actors": actors,
    }


def _page_detail(page, actors):
    """The facts shown under a page's title, each apart (the template isolates each, for right to left)."""
    if isinstance(page, MunicipalityPage):
        listed = ngettext("%(counter)s actor", "%(counter)s actors", actors) % {"counter": actors}
        return [page.get_region_display(), listed]
    if isinstance(page, SeminarPage) and page.start:
        return [date_format(timezone.localtime(page.start), "DATE_FORMAT")]
    return []


def _page_text(page):
    """The text a page's snippet is taken from: what introduces it, then what sums it up."""
    parts = [field_text(page, "intro"), field_text(page, "summary"), page.search_description]
    return "\n".join(part for part in parts if part)
