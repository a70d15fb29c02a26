"""Open-data downloads of the directory: CSV, JSON and HSDS, nationally and per municipality."""

from django.http import Http404, JsonResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from opendata import exports


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
