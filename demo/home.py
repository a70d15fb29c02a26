"""Demo content of the base app: the home page, the site's contact details and the standard pages."""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Site

# Re-exported: bench/run.py reads the translated languages from here.
from demo.loader import paragraphs, read, translate
from home.factories import StandardPageFactory, TargetGroupFactory
from home.models import HomePage, PortalSettings, StandardPage, TargetGroup

HOME = "home/home.yaml"
STANDARD_PAGES = "home/standard_pages.yaml"


def load_home():
    """Fill in the Danish home page the migrations created, point the site at BASE_URL, and return it."""
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    port = address.port or (443 if address.scheme == "https" else 80)
    Site.objects.filter(is_default_site=True).exclude(hostname=address.hostname, port=port).update(
        hostname=address.hostname, port=port
    )
    for order, (code, _label) in enumerate(TargetGroup.Code.choices):
        TargetGroupFactory(code=code, sort_order=order)
    home = HomePage.objects.get(locale__language_code="da", depth=2)
    text = read(HOME)
    if home.about_project != paragraphs(text["about"]["da"]):
        home.title = text["title"]["da"]
        home.intro = text["intro"]["da"]
        home.about_project = paragraphs(text["about"]["da"])
        home.save_revision().publish()
    return home


def load_portal_settings():
    """The default site's settings, with the demo's contact details unless some are set already."""
    portal, _created = PortalSettings.objects.get_or_create(site=Site.objects.get(is_default_site=True))
    if not portal.contact_email:
        for field, value in read(HOME)["portal_settings"].items():
            setattr(portal, field, value)
        portal.save()
    return portal


def translate_home(home):
    translate(home, read(HOME))


def load_standard_pages(home, portal_settings):
    """The accessibility statement and privacy policy, linked from every page's footer."""
    pages = []
    for data in read(STANDARD_PAGES):
        page = StandardPage.objects.child_of(home).filter(slug=data["slug"]).first()
        if page is None:
            page = StandardPageFactory(
                parent=home,
                title=data["title"]["da"],
                slug=data["slug"],
                intro=data["intro"]["da"],
                body=[("paragraph", paragraphs(data["body"]["da"]))],
            )
            page.save_revision().publish()
        if getattr(portal_settings, f"{data['setting']}_id") != page.pk:
            setattr(portal_settings, data["setting"], page)
            portal_settings.save()
        pages.append(page)
    return pages


def translate_standard_pages(pages):
    for data, page in zip(read(STANDARD_PAGES), pages, strict=True):
        translate(page, data, translated_slug=True)
