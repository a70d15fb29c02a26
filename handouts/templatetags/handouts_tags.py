"""How pages link to their handouts: a `<link rel="alternate">` in the head, the links on the page.

The page templates load these tags; no app imports `handouts` (README, Layout). A municipality page's
links carry its filters, as its filter form validated them, so the handout lists what the page shows.
"""

import unicodedata
from urllib.parse import unquote, urlencode

from django import template
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import get_language
from wagtail.models import Page

from directory.forms import ActorFilterForm
from directory.models import MunicipalityPage
from handouts.documents import kind_for
from languages.fallback import prefer_locales
from pagecache.generations import memoized

register = template.Library()


def _handout(context):
    """(kind, URL) of the handout of the page in `context`, or None (another page, or an actor's page)."""
    page = context.get("page")
    if context.get("actor") is not None or not isinstance(page, Page) or not page.pk:
        return None
    kind = kind_for(page)
    if kind is None:
        return None
    url = reverse("handout", kwargs={"kind": kind.slug, "page_id": page.pk})
    form = context.get("filter_form")
    if isinstance(form, ActorFilterForm) and form.is_bound and form.is_valid():
        chosen = [(name, form.cleaned_data.get(name)) for name in kind.params]
        query = urlencode([(name, value) for name, value in chosen if value])
        if query:
            url = f"{url}?{query}"
    return kind, url


@register.simple_tag(takes_context=True)
def handout_alternate(context):
    """The page's handout announced in the head: `<link rel="alternate" type="application/pdf">`."""
    found = _handout(context)
    if found is None:
        return ""
    kind, url = found
    return format_html(
        '<link rel="alternate" type="application/pdf" href="{}" title="{}">', url, f"{kind.label} (PDF)"
    )


@register.inclusion_tag("handouts/links.html", takes_context=True)
def handout_links(context):
    """ "Download as PDF" and "Print" for the page's handout; for a case study, also the choice of the
    reader's municipality, whose local actors the transfer kit then lists."""
    found = _handout(context)
    if found is None:
        return {}
    kind, url = found
    links = {"kind": kind.slug, "url": url, "filtered": "?" in url}
    if kind.slug == "case-study":
        links["municipalities"] = municipality_choices(get_language())
    if kind.slug == "seminar":
        links["held"] = bool(context["page"].summary)
    return links


def municipality_choices(language_code):
    """[(code, name)] of every municipality, by name in the reader's language; kept per publish."""

    def choices():
        pages = prefer_locales(MunicipalityPage.objects.live(), language_code, rivals=Page.objects.live())
        return list(pages.order_by("title").values_list("code", "title"))

    return memoized("handout-municipalities", choices, language_code)


@register.filter
def readable_url(url):
    """An address as a reader types it: a percent-encoded Arabic or Ukrainian page slug shown in its own
    letters (as browsers show it), unless decoding would reveal spaces or invisible control characters,
    which could disguise where the link leads."""
    decoded = unquote(str(url))
    if any(unicodedata.category(character) in ("Cc", "Cf", "Zs", "Zl", "Zp") for character in decoded):
        return url
    return decoded
