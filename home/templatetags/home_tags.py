import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Exists, OuterRef, Q
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site, TranslatableMixin

from home.models import PortalSettings
from home.plain_text import field_text, html_to_text, one_line
from languages.locales import active_locale, fallback_chain, locale_of, localized
from languages.translation import out_of_date_sources
from pagecache.generations import memoized

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """Every language of the site, each linking to the content being read, the reader's own marked `current`.

    A language the content is translated into (`translated`) links to that translation; any other links
    to the same content inside that language's tree, where it is shown from the fallback languages (as
    `reader_url` links it), so a reader can always switch the interface. For a Wagtail page or an actor
    shown under its municipality, one query; for any other view (search), the same view in every language.
    """
    request = context.get("request")
    current = get_language()
    content = context.get("actor") or context.get("page")
    # Kept per publish: every page and actor page shows them, in the head and in the language menu.
    host = request.get_host() if request is not None else ""
    if isinstance(content, Page) and content.pk:
        urls, translated = memoized(
            "page-language-urls", lambda: _page_language_urls(content, request), content.pk, host
        )
    elif isinstance(content, TranslatableMixin) and content.pk and getattr(content, "municipality_id", None):
        urls, translated = memoized(
            "actor-language-urls", lambda: _actor_language_urls(content, request), content.pk, host
        )
    elif request is not None:
        path = request.get_full_path()
        urls = {code: translate_url(path, code) for code, _name in settings.LANGUAGES}
        translated = set(urls)
    else:
        urls, translated = {}, set()
    links = []
    for code, _name in settings.LANGUAGES:
        url = urls.get(code) or _language_home_url(code)
        links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url,
                "absolute_url": request.build_absolute_uri(url) if request else url,
                "current": code == current,
                "translated": code in translated,
            }
        )
    return links


def _language_home_url(code):
    with translation.override(code):
        try:
            return reverse("wagtail_serve", args=[""])
        except NoReverseMatch:
            return f"/{code}/"


def _page_language_urls(page, request):
    """({language: URL}, {languages the page is translated into}) for a page, from one query.

    The page's live translations and its parent's are read together: a language without a translation
    gets the parent's translation in that language followed by the slug of the translation its fallback
    chain prefers, the address at which `FallbackRoutingMixin` serves it there.
    """
    parent_keys = Page.objects.filter(path=page.path[: -Page.steplen]).values("translation_key")
    rows = list(
        Page.objects.live()
        .filter(Q(translation_key=page.translation_key) | Q(translation_key__in=parent_keys))
        .select_related("locale")
        .order_by()
    )
    own = {row.locale.language_code: row for row in rows if row.translation_key == page.translation_key}
    parents = {row.locale.language_code: row for row in rows if row.translation_key != page.translation_key}
    urls = {code: item.get_url(request) for code, item in own.items()}
    for code, _name in settings.LANGUAGES:
        if code in urls or code not in parents:
            continue
        shown = next((own[other] for other in fallback_chain(code)[1:] if other in own), None)
        parent_url = parents[code].get_url(request) if shown is not None else None
        if parent_url:
            urls[code] = f"{parent_url}{shown.slug}/"
    return urls, set(own)


def _actor_language_urls(actor, request):
    """({language: URL}, {languages the actor is translated into}) for an actor, from one query.

    An actor's address is its municipality's page in that language followed by its slug (the same in
    every language), whether the actor is translated or shown there from a fallback.
    """
    translated_here = type(actor).objects.filter(
        translation_key=actor.translation_key, live=True, locale_id=OuterRef("locale_id")
    )
    municipalities = (
        Page.objects.live()
        .filter(translation_key__in=Page.objects.filter(pk=actor.municipality_id).values("translation_key"))
        .annotate(has_actor=Exists(translated_here))
        .select_related("locale")
    )
    urls, translated = {}, set()
    for municipality in municipalities:
        code = municipality.locale.language_code
        urls[code] = f"{municipality.get_url(request)}{actor.slug}/"
        if municipality.has_actor:
            translated.add(code)
    return urls, translated


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
def isolate(context, text, obj=None):
    """`text` in a `<bdi>`, marked with its language when `obj` (else the page's content) is a fallback.

    For a name or a title set inside a sentence of the interface ("Register: {{ title }}", "Aarhus
    Library · Aarhus · 2 case studies"): the `<bdi>` keeps a left-to-right name whole inside Arabic text,
    and a fallback's `lang` lets the reader's browser (and screen reader) read it as what it is. Safe to
    pass into `{% blocktranslate %}`: the translated sentence stays the same msgid. Text in the reader's
    own language inside a left-to-right interface needs neither, and is left as it is.
    """
    attributes = content_lang(context, obj)
    if not attributes and not get_language_info(get_language())["bidi"]:
        return format_html("{}", text)
    return format_html("<bdi{}>{}</bdi>", attributes, text)


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
        links = context.get("languages") or language_links(context)
        return {
            "kind": "fallback",
            "content_language": get_language_info(content_code)["name_translated"],
            "reader_language": get_language_info(current)["name_translated"],
            "links": [link for link in links if link["translated"]],
        }
    if current == source_code:
        return {}
    # The source and whether it changed since, in one query; a plain page is enough for its date and URL.
    model = Page if isinstance(content, Page) else type(content)
    changed = out_of_date_sources(model.objects.filter(translation_key=content.translation_key)).first()
    if changed is None:
        return {}
    return {"kind": "stale", "changed_at": changed.last_published_at, "source_url": changed.get_url(request)}
