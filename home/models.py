"""The portal's root page per language, plain content pages, site settings and the shared taxonomy.

`home` is the base app: it never imports a domain app. The home page gets its listings of case studies
and seminars through those apps' template tags.
"""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import RICH_TEXT_FEATURES, StandardStreamBlock
from languages.fallback import by_translation_key
from languages.locales import locale_of
from languages.routing import FallbackRoutingMixin

# What every page translates: the readable parts of Wagtail's own page fields.
PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("slug"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
]


class SectionIndexPage(FallbackRoutingMixin, Page):
    """The root of one of the portal's sections (directory, case studies, seminars) in one language."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    translatable_fields = [*PAGE_TRANSLATABLE_FIELDS, TranslatableField("intro")]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True


def choice_label(choices, value):
    """The label of `value` in `choices` (a TextChoices), translated only when it is shown.

    Django's get_FOO_display() and a dict of the choices translate every label on each call: a few thousand
    lookups on a page that lists many actors.
    """
    try:
        return choices(value).label
    except ValueError:
        return value


validate_postcode = RegexValidator(r"^[0-9]{4}\Z", _("A Danish postcode has four digits."))


def address_fields(*, required):
    """A Danish postal address: street address, postcode and city, for a model's class body.

        address, postcode, city = address_fields(required=True)

    Fields rather than an abstract model because an actor's address is optional and a seminar venue's is
    not: an abstract model would make one of them declare its three fields again.
    """
    blank = not required
    return (
        models.CharField(_("street address"), max_length=255, blank=blank),
        models.CharField(_("postcode"), max_length=4, blank=blank, validators=[validate_postcode]),
        models.CharField(_("city"), max_length=100, blank=blank),
    )


ADDRESS_PANELS = [FieldPanel("address"), FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")])]
# An address is a fact: the same in every language, synchronised from the Danish source.
ADDRESS_TRANSLATABLE_FIELDS = [
    SynchronizedField("address"),
    SynchronizedField("postcode"),
    SynchronizedField("city"),
]


class TargetGroup(models.Model):
    """A group of newcomers that actors and case studies serve.

    The vocabulary is fixed in code (filters, exports and statistics rely on the codes); the labels are
    translated through the gettext catalogues like every other interface string. The rows exist because
    actors and case studies link to them (many-to-many).
    """

    class Code(models.TextChoices):
        WORKERS = "workers", _("International workers")
        PARTNERS = "partners", _("Accompanying partners")
        FAMILIES = "families", _("Children and families")
        STUDENTS = "students", _("Students")
        REFUGEES = "refugees", _("Refugees")

    code = models.SlugField(_("code"), max_length=32, unique=True, choices=Code.choices)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")

    def __str__(self):
        return str(choice_label(self.Code, self.code))


class PageLink(Orderable):
    """A page an editor picks to show from another page, e.g. the case studies presented at a seminar.

    The link keeps the page that was picked, in whichever language; `localized_links` shows each in the
    reader's language. Subclasses add the `page` ParentalKey and a ForeignKey to wagtailcore.Page, named
    in `link_field` (each keeps its own column).
    """

    link_field = None

    class Meta(Orderable.Meta):
        abstract = True

    @classmethod
    def localized_links(cls, page, pages):
        """The pages `page` links to, each from `pages` in `page`'s language or its nearest fallback, in
        the editor's order. Three queries, whatever the number of links; links to no page of `pages` (not
        live, or of another type) are left out."""
        related_name = cls._meta.get_field("page").remote_field.related_name
        links = getattr(page, related_name).select_related(cls.link_field)
        keys = [str(getattr(link, cls.link_field).translation_key) for link in links]
        found = by_translation_key(pages, keys, locale_of(page).language_code)
        return [found[key] for key in keys if key in found]


class HomePageFeaturedCaseStudy(PageLink):
    link_field = "case_study"

    page = ParentalKey("home.HomePage", on_delete=models.CASCADE, related_name="featured_case_studies")
    case_study = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("case study"),
    )

    panels = [PageChooserPanel("case_study", "casestudies.CaseStudyPage")]


class HomePage(FallbackRoutingMixin, Page):
    intro = models.TextField(
        _("introduction"),
        help_text=_("Two or three sentences that tell a first-time visitor what the portal is for."),
    )
    about_project = RichTextField(
        _("about the project"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("A short presentation of the Newcomers project and the libraries behind the portal."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("about_project"),
        InlinePanel(
            "featured_case_studies",
            label=_("Featured case studies"),
            max_num=6,
            help_text=_("Up to six case studies shown on the front page. Leave empty to show the newest."),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("intro"),
        TranslatableField("about_project"),
        SynchronizedField("featured_case_studies"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "directory.MunicipalityIndexPage",
        "casestudies.CaseStudyIndexPage",
        "seminars.SeminarIndexPage",
        "home.StandardPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class StandardPage(FallbackRoutingMixin, Page):
    """A plain content page: about the project, accessibility statement, privacy policy."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(StandardStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("intro"),
        TranslatableField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    """Contact details and links shown in every page's footer."""

    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=32, blank=True)
    contact_address = models.TextField(
        _("postal address"), blank=True, help_text=_("The secretariat's address, one line per line.")
    )
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn page"), blank=True)
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("accessibility statement"),
        help_text=_("The page with the accessibility statement the law requires. Linked from every page."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("privacy policy"),
        help_text=_("The page that explains how the portal handles personal data. Linked from every page."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_phone"), FieldPanel("contact_address")],
            heading=_("Contact"),
        ),
        MultiFieldPanel([FieldPanel("facebook_url"), FieldPanel("linkedin_url")], heading=_("Social media")),
        MultiFieldPanel(
            [PageChooserPanel("accessibility_page"), PageChooserPanel("privacy_page")],
            heading=_("Footer pages"),
        ),
    ]

    class Meta:
        verbose_name = _("portal settings")
