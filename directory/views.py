from django.core.paginator import Paginator
from django.http import Http404, JsonResponse, StreamingHttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page

from directory import exports
from directory.models import Actor
from home.localization import active_locale

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
        "summary": getattr(result, "summary", "")
        or getattr(result, "intro", "")
        or result.search_description,
    }


def _export_scope(request, code):
    """The reader's language and, for a municipality's export, its page (404 for an unknown code)."""
    language_code = get_language()
    municipality = None
    if code is not None:
        municipality = exports.find_municipality(code, language_code)
        if municipality is None:
            raise Http404(_("No municipality has the code %(code)s.") % {"code": code})
    return language_code, municipality


def _filename(municipality, language_code, extension):
    scope = municipality.code if municipality else "danmark"
    return f"erfaringsportalen-aktoerer-{scope}-{language_code}.{extension}"


def _download(chunks, content_type, municipality, language_code, extension):
    """A streamed attachment, so even the national export needs little memory."""
    response = StreamingHttpResponse(chunks, content_type=content_type)
    filename = _filename(municipality, language_code, extension)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def actors_csv(request, code=None):
    """The directory's actors as a CSV file."""
    language_code, municipality = _export_scope(request, code)
    actors = exports.export_actors(language_code, municipality.code if municipality else None)
    chunks = exports.csv_rows(actors, language_code, request)
    return _download(chunks, "text/csv; charset=utf-8", municipality, language_code, "csv")


def actors_json(request, code=None):
    """The directory's actors as one JSON document."""
    language_code, municipality = _export_scope(request, code)
    actors = exports.export_actors(language_code, municipality.code if municipality else None)
    metadata = exports.export_metadata(language_code, municipality)
    chunks = exports.json_chunks(actors, metadata, request)
    return _download(chunks, "application/json; charset=utf-8", municipality, language_code, "json")


def actors_hsds(request, code=None):
    """The directory as HSDS 3.0 (Open Referral), Danish profile, for other service directories."""
    language_code, municipality = _export_scope(request, code)
    actors = exports.export_actors(language_code, municipality.code if municipality else None)
    profile_url = request.build_absolute_uri(reverse("open_data_hsds_profile"))
    chunks = exports.hsds_chunks(actors, language_code, request, municipality, profile_url=profile_url)
    return _download(chunks, "application/json; charset=utf-8", municipality, language_code, "hsds.json")


def hsds_profile(request):
    """The Danish HSDS profile the export declares: merge patches over the core HSDS 3.0 schemas."""
    return JsonResponse(exports.HSDS_PROFILE, json_dumps_params={"ensure_ascii": False})
