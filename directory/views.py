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
    """One search over the current language's pages and actors, best matches first."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    locale = active_locale()
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


def actors_csv(request, code=None):
    """The directory's actors as a CSV file, streamed so the national export needs little memory."""
    language_code, municipality = _export_scope(request, code)
    actors = exports.export_actors(language_code, municipality.code if municipality else None)
    response = StreamingHttpResponse(
        exports.csv_rows(actors, language_code, request), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="{_filename(municipality, language_code, "csv")}"'
    )
    return response


def actors_json(request, code=None):
    """The directory's actors as one JSON document, streamed."""
    language_code, municipality = _export_scope(request, code)
    actors = exports.export_actors(language_code, municipality.code if municipality else None)
    metadata = exports.export_metadata(language_code, municipality)
    response = StreamingHttpResponse(
        exports.json_chunks(actors, metadata, request), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="{_filename(municipality, language_code, "json")}"'
    )
    return response


def actors_hsds(request, code=None):
    """The directory as HSDS 3.0 (Open Referral), Danish profile, for other service directories."""
    language_code, municipality = _export_scope(request, code)
    actors = exports.export_actors(language_code, municipality.code if municipality else None)
    chunks = exports.hsds_chunks(
        actors,
        language_code,
        request,
        municipality,
        profile_url=request.build_absolute_uri(reverse("open_data_hsds_profile")),
    )
    response = StreamingHttpResponse(chunks, content_type="application/json; charset=utf-8")
    filename = _filename(municipality, language_code, "hsds.json")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def hsds_profile(request):
    """The Danish HSDS profile the export declares: merge patches over the core HSDS 3.0 schemas."""
    return JsonResponse(exports.HSDS_PROFILE, json_dumps_params={"ensure_ascii": False})
