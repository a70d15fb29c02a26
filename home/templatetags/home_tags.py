import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import translate_url
from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale, Page, TranslatableMixin

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """The languages the current content exists in, each linking to its own translation.

    For a Wagtail page, its live translations; for an actor shown under its municipality, the actor's;
    for any other view (search), the same view in every language. One query in each case.
    """
    request = context.get("request")
    current = get_language()
    content = context.get("actor") or context.get("page")
    if isinstance(content, TranslatableMixin) and content.pk:
        translations = content.get_translations(inclusive=True).select_related("locale")
        translations = translations.live() if isinstance(content, Page) else translations.filter(live=True)
        if not isinstance(content, Page):
            translations = translations.select_related("municipality")
        urls = {item.locale.language_code: item.get_url(request) for item in translations}
    elif request is not None:
        path = request.get_full_path()
        urls = {code: translate_url(path, code) for code, _name in settings.LANGUAGES}
    else:
        urls = {}
    links = []
    for code, _name in settings.LANGUAGES:
        url = urls.get(code)
        if not url:
            continue
        links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url,
                "absolute_url": request.build_absolute_uri(url) if request else url,
                "current": code == current,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The children of the current language's home page that editors marked 'show in menus'."""
    request = context.get("request")
    site_root = _language_root(request)
    if site_root is None:
        return []
    page = context.get("page")
    current_path = page.path if isinstance(page, Page) else ""
    return [
        {"page": item, "active": current_path.startswith(item.path)}
        for item in site_root.get_children().live().in_menu().specific(defer=True)
    ]


@register.simple_tag(takes_context=True)
def language_root(context):
    return _language_root(context.get("request"))


def _language_root(request):
    from wagtail.models import Site

    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    try:
        return site.root_page.get_translation(Locale.get_active())
    except (Page.DoesNotExist, Locale.DoesNotExist):
        return site.root_page


@register.simple_tag
def breadcrumbs(page):
    """The page's ancestors below the site root, from the home page down."""
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    return page.get_ancestors().filter(depth__gte=2).specific(defer=True)


@register.filter
def text_direction(language_code):
    return "rtl" if get_language_info(language_code)["bidi"] else "ltr"


JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def json_ld(data):
    """Structured data as a <script type="application/ld+json"> element, escaped like json_script."""
    payload = json.dumps(data, ensure_ascii=False, cls=DjangoJSONEncoder).translate(JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


OPEN_GRAPH_LOCALES = {"da": "da_DK", "en": "en_GB", "uk": "uk_UA", "ar": "ar_AR", "pl": "pl_PL"}


@register.inclusion_tag("components/meta_tags.html", takes_context=True)
def meta_tags(context):
    """Canonical link and Open Graph tags for the page being shown (a Wagtail page or another view)."""
    request = context.get("request")
    page = context.get("page")
    canonical = context.get("canonical_url")
    if not canonical and isinstance(page, Page):
        canonical = page.get_full_url(request)
    if not canonical and request is not None:
        canonical = request.build_absolute_uri(request.path)
    description = ""
    if isinstance(page, Page):
        description = page.search_description or getattr(page, "summary", "") or getattr(page, "intro", "")
    actor = context.get("actor")
    title = actor.name if actor else getattr(page, "seo_title", "") or getattr(page, "title", "")
    if actor:
        description = actor.description
    image = getattr(page, "listing_image", None)
    return {
        "canonical": canonical,
        "title": title or context.get("title", ""),
        "description": strip_tags(description or "")[:300].strip(),
        "og_locale": OPEN_GRAPH_LOCALES.get(get_language(), "da_DK"),
        "image": image,
        "request": request,
    }
