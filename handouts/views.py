"""The handout download: /<language>/handouts/<kind>/<page id>.pdf, e.g. /ar/handouts/municipality/42.pdf.

The language comes from the URL prefix; the page may be given in any language (the reader's translation,
or the nearest fallback, is the one shown). A municipality handout takes the page's filters as query
parameters (`?language=ar`), a transfer kit the reader's municipality (`?municipality=751`).
"""

import io

from django.conf import settings
from django.db import transaction
from django.http import FileResponse, Http404
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from handouts.documents import KINDS
from handouts.keeping import kept_key, kept_or_made
from outages.views import error_page
from publicforms.antispam import rate_limit_exceeded

# Renderings (not downloads of kept handouts) one client address may cause, per window in seconds: a
# rendering takes a second or two of a worker, so a robot must not be able to ask for thousands of
# filter combinations. A librarian printing a handful of filtered lists stays far below it.
RENDER_LIMIT = (30, 600)


class TooManyRenderings(Exception):
    pass


# Outside a transaction: a kept handout needs no query at all, and a rendering only reads.
@transaction.non_atomic_requests
@require_safe
def handout(request, kind, page_id):
    kind = KINDS[kind]
    language_code = get_language()
    params = kind.clean_params(request.GET)

    def make():
        page = kind.page_for_reader(int(page_id), language_code)
        if page is None:
            raise Http404
        if rate_limit_exceeded(request, "handout", *RENDER_LIMIT):
            raise TooManyRenderings
        return render_handout(kind, page, params, request, language_code)

    try:
        host = request.get_host()
        key = kept_key(host, kind.slug, int(page_id), language_code, params)
        asked = {
            "host": host,
            "scheme": request.scheme,
            "kind": kind.slug,
            "page_id": int(page_id),
            "language": language_code,
            "params": [list(param) for param in params],
        }
        kept = kept_or_made(key, make, asked)
    except TooManyRenderings:
        response = error_page(request, "handouts/busy.html", 429)
        response["Retry-After"] = str(RENDER_LIMIT[1])
        return response
    response = FileResponse(
        io.BytesIO(kept["pdf"]), content_type="application/pdf", filename=kept["filename"]
    )
    response["ETag"] = kept["etag"]
    # A streamed response: the page cache leaves it alone (it is kept already), and browsers keep it as
    # long as they keep a page. Logged-in editors get `private, no-store` from the page-cache middleware.
    patch_cache_control(response, public=True, max_age=settings.CACHE_MAX_AGE)
    return response


def render_handout(kind, page, params, request, language_code):
    """(PDF bytes, file name) of `kind`'s handout of `page` in the active language."""
    # Imported here, not at the top: WeasyPrint loads Pango when imported, and without Pango only the
    # handouts should fail, not every URL of the site (handouts.checks warns about it).
    from handouts import rendering

    made = kind.build(page, params, request)
    parts = page.get_url_parts(request)
    root_url = parts[1] if parts else request.build_absolute_uri("/").rstrip("/")
    context = {
        **made.context,
        "page": page,
        "title": made.title,
        "label": made.label,
        "kind": kind,
        "made_at": timezone.localtime(),
        "content_language": page.locale.language_code,
        "root_url": root_url,
    }
    html = render_to_string(made.template, context)
    pdf = rendering.render_pdf(html, base_url=f"{root_url}/")
    filename = made.filename.removesuffix(".pdf") + f"-{language_code}.pdf"
    return pdf, filename
