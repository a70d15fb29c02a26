from django import template
from django.conf import settings
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale, Page

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """The languages the current page exists in, each linking to its own translation.

    One query for all translations; languages without a live translation are left out.
    """
    page = context.get("page")
    current = get_language()
    links = []
    if isinstance(page, Page) and page.pk:
        translations = {
            t.locale.language_code: t
            for t in page.get_translations(inclusive=True).live().select_related("locale")
        }
    else:
        translations = {}
    for code, _name in settings.LANGUAGES:
        translation = translations.get(code)
        if translation is None and translations:
            continue
        info = get_language_info(code)
        links.append(
            {
                "code": code,
                "name": info["name_local"],
                "url": translation.get_url(context.get("request")) if translation else f"/{code}/",
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
