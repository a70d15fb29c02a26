import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site, TranslatableMixin

from home.models import PortalSettings
from home.plain_text import field_text, html_to_text, one_line
from languages.locales import active_locale, locale_of, localized
from languages.translation import out_of_date_sources
from pagecache.generations import memoized

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
    translations = None
    if isinstance(content, Page) and content.pk:
        # Plain pages: only their URLs are needed, not the page type's own table.
        translations = Page.objects.live().filter(translation_key=content.translation_key)
        translations = translations.select_related("locale")
    elif isinstance(content, TranslatableMixin) and content.pk:
        translations = content.get_translations(inclusive=True).filter(live=True)
        translations = translations.select_related("locale", "municipality")
    if translations is not None:
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
def site_chrome(context):
    """What every page's header and footer show: the home link, the main menu and the footer's contacts.

    The same for every page in a language, so it is read once per publish (`memoized`), not
    once per request; only the menu's "you are here" is worked out for each page.
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {"home_url": "/", "menu": [], "footer": {}}
    chrome = memoized("chrome", lambda: _chrome(request, site), site.pk, get_language())
    page = context.get("page")
    current_path = page.path if isinstance(page, Page) else ""
    menu = [{**item, "active": current_path.startswith(item["path"])} for item in chrome["menu"]]
    return {**chrome, "menu": menu}


def _chrome(request, site):
    # The site's home page in the reader's language (its live translation), else the site's root.
    root = localized(site.root_page)
    menu = [
        {"title": item.title, "url": item.get_url(request), "path": item.path}
        for item in root.get_children().live().in_menu()
    ]
    portal = PortalSettings.for_site(site)
    footer = {
        field: getattr(portal, field)
        for field in ("contact_email", "contact_phone", "contact_address", "facebook_url", "linkedin_url")
    }
    footer["contact_lines"] = [line for line in portal.contact_address.splitlines() if line.strip()]
    for field in ("accessibility_page", "privacy_page"):
        linked = getattr(portal, field)
        footer[f"{field}_url"] = localized(linked).get_url(request) if linked and linked.live else ""
    return {"home_url": root.get_url(request), "menu": menu, "footer": footer}


@register.simple_tag
def breadcrumbs(page):
    """The page's ancestors below the site root, from the home page down, in the reader's language.

    For a fallback page (shown in another language) the ancestors are the reader's own translations.
    """
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    ancestors = list(page.get_ancestors().filter(depth__gte=2))
    locale = active_locale()
    if page.locale_id != locale.pk:
        translated = {
            item.translation_key: item
            for item in Page.objects.live().filter(
                locale=locale, translation_key__in=[ancestor.translation_key for ancestor in ancestors]
            )
        }
        ancestors = [translated.get(ancestor.translation_key, ancestor) for ancestor in ancestors]
    return ancestors


@register.filter(name="localized")
def localized_filter(instance):
    """`instance.localized` without a locale query per use (see languages.locales.localized)."""
    return localized(instance) if instance else instance


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
        description = page.search_description or field_text(page, "summary") or field_text(page, "intro")
    actor = context.get("actor")
    title = actor.name if actor else getattr(page, "seo_title", "") or getattr(page, "title", "")
    if actor:
        description = html_to_text(actor.description)
    image = getattr(page, "listing_image", None)
    return {
        "canonical": canonical,
        "title": title or context.get("title", ""),
        "description": one_line(description, max_length=300),
        "og_locale": OPEN_GRAPH_LOCALES.get(get_language(), "da_DK"),
        "image": image,
        "request": request,
    }


def _shown_content(context, obj=None):
    """The translatable object a template shows: the one given, else the actor or page in the context."""
    if obj is not None:
        return obj
    actor = context.get("actor")
    return actor if actor is not None else context.get("page")


@register.simple_tag(takes_context=True)
def content_lang(context, obj=None):
    """` lang="…" dir="…"` for content shown in a language other than the interface's (a fallback)."""
    content = _shown_content(context, obj)
    if not isinstance(content, TranslatableMixin) or content.locale_id is None:
        return ""
    locale = locale_of(content)
    if locale.language_code == get_language():
        return ""
    return format_html(' lang="{}" dir="{}"', locale.language_code, text_direction(locale.language_code))


@register.simple_tag(takes_context=True)
def reader_url(context, page):
    """A page's URL inside the reader's language tree, also when the page itself is a fallback.

    An untranslated Danish case study listed for a Ukrainian reader links to /uk/<index>/<slug>/, where
    the index serves it from the fallback languages, so the reader stays in the Ukrainian interface.
    """
    request = context.get("request")
    if locale_of(page).language_code == get_language():
        return page.get_url(request)
    parent_url = _translated_parent_url(request, page.path[: -Page.steplen])
    return f"{parent_url}{page.slug}/" if parent_url else page.get_url(request)


def _translated_parent_url(request, parent_path):
    """The URL of the reader's translation of the page at `parent_path`, looked up once per request.

    Items in a listing share a parent, so a listing of fallback items costs one query, not one per item.
    """
    cache = request.__dict__.setdefault("_reader_parent_urls", {}) if request is not None else {}
    key = (parent_path, get_language())
    if key not in cache:
        parent = (
            Page.objects.live()
            .filter(
                locale=active_locale(),
                translation_key__in=Page.objects.filter(path=parent_path).values("translation_key"),
            )
            .first()
        )
        cache[key] = parent.get_url(request) if parent else ""
    return cache[key]


@register.inclusion_tag("components/translation_notice.html", takes_context=True)
def translation_notice(context):
    """Tell the reader when the content is a fallback, or when its Danish source has changed since."""
    content = _shown_content(context)
    if not isinstance(content, TranslatableMixin) or not getattr(content, "pk", None):
        return {}
    current = get_language()
    source_code = settings.LANGUAGE_CODE
    request = context.get("request")
    content_code = locale_of(content).language_code
    if content_code != current:
        return {
            "kind": "fallback",
            "content_language": get_language_info(content_code)["name_translated"],
            "reader_language": get_language_info(current)["name_translated"],
            "links": context.get("languages") or language_links(context),
        }
    if current == source_code:
        return {}
    # The source and whether it changed since, in one query; a plain page is enough for its date and URL.
    model = Page if isinstance(content, Page) else type(content)
    changed = out_of_date_sources(model.objects.filter(translation_key=content.translation_key)).first()
    if changed is None:
        return {}
    return {"kind": "stale", "changed_at": changed.last_published_at, "source_url": changed.get_url(request)}
