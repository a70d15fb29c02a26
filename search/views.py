"""Site search: one search over the reader's language's pages and actors, best matches first."""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Page

from directory.models import Actor
from home.plain_text import field_text, one_line
from languages.locales import active_locale

RESULTS_PER_PAGE = 20
MAX_RESULTS_PER_KIND = 200
MAX_QUERY_LENGTH = 200


def _relative(results):
    """Scores relative to the best hit, so pages and actors can be merged whatever the backend's scale."""
    results = list(results)
    if not results:
        return []
    best = abs(results[0]._score) or 1
    return [(abs(result._score) / best, result) for result in results]


def search(request):
    """One search over the current language's pages and actors, best matches first.

    The ranking reads plain rows (base pages, actors without their long texts); only the page of results
    shown is then loaded in full, so a common word costs the same as a rare one.
    """
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    locale = active_locale()
    hits = []
    if query:
        pages = (
            Page.objects.live()
            .public()
            .filter(locale=locale, depth__gt=2)
            .only("pk")
            .search(query)
            .annotate_score("_score")[:MAX_RESULTS_PER_KIND]
        )
        actors = (
            Actor.objects.filter(live=True, locale=locale)
            .only("pk")
            .search(query)
            .annotate_score("_score")[:MAX_RESULTS_PER_KIND]
        )
        merged = _relative(pages) + _relative(actors)
        merged.sort(key=lambda hit: hit[0], reverse=True)
        hits = [result for _score, result in merged]
    page_obj = Paginator(hits, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "search/search.html",
        {
            "query": query,
            "page_obj": page_obj,
            "results": _as_results(page_obj.object_list),
            "title": _("Search"),
        },
    )


def _as_results(hits):
    """The hits shown, loaded in full: the pages as their own types, the actors with their municipality."""
    page_ids = [hit.pk for hit in hits if isinstance(hit, Page)]
    actor_ids = [hit.pk for hit in hits if isinstance(hit, Actor)]
    pages = Page.objects.filter(pk__in=page_ids).specific().in_bulk() if page_ids else {}
    actors = (
        Actor.objects.filter(pk__in=actor_ids).select_related("municipality").in_bulk() if actor_ids else {}
    )
    results = []
    for hit in hits:
        found = pages.get(hit.pk) if isinstance(hit, Page) else actors.get(hit.pk)
        if found is not None:
            results.append(_as_result(found))
    return results


def _as_result(result):
    if isinstance(result, Actor):
        return {
            "title": result.name,
            "url": result.get_url(),
            "kind": _("Actor"),
            "detail": f"{result.get_sector_display()} · {result.municipality.title}",
            "summary": "",
        }
    return {
        "title": result.title,
        "url": result.url,
        "kind": str(result._meta.verbose_name).capitalize(),
        "detail": "",
        "summary": one_line(
            field_text(result, "summary") or field_text(result, "intro") or result.search_description
        ),
    }
