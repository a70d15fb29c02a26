from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from directory.models import Actor

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
    """One search over the current language's pages and actors, best matches first."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    locale = Locale.get_active()
    hits = []
    if query:
        pages = (
            Page.objects.live()
            .public()
            .filter(locale=locale, depth__gt=2)
            .specific()
            .search(query)
            .annotate_score("_score")[:MAX_RESULTS_PER_KIND]
        )
        actors = (
            Actor.objects.filter(live=True, locale=locale)
            .select_related("municipality")
            .search(query)
            .annotate_score("_score")[:MAX_RESULTS_PER_KIND]
        )
        merged = _relative(pages) + _relative(actors)
        merged.sort(key=lambda hit: hit[0], reverse=True)
        hits = [_as_result(result) for _score, result in merged]
    page_obj = Paginator(hits, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "search/search.html",
        {"query": query, "page_obj": page_obj, "results": page_obj.object_list, "title": _("Search")},
    )


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
        "summary": getattr(result, "summary", "")
        or getattr(result, "intro", "")
        or result.search_description,
    }
