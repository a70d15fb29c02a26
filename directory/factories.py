import datetime

import factory
import wagtail_factories
from django.utils.text import slugify

from directory.models import Actor, Language, MunicipalityIndexPage, MunicipalityPage, Sector
from directory.municipalities import official_municipalities

# Tests name the official codes, and 200-249 and 999, when a code matters to them; a page made without a
# code takes one of the others, so it never takes a code a test names later on.
NAMED_CODES = (
    {row["code"] for row in official_municipalities()} | {f"{code}" for code in range(200, 250)} | {"999"}
)
SPARE_CODES = [f"{code}" for code in range(100, 1000) if f"{code}" not in NAMED_CODES]


class MunicipalityIndexPageFactory(wagtail_factories.PageFactory):
    title = "Kommuner"
    slug = "kommuner"

    class Meta:
        model = MunicipalityIndexPage


def spare_code(number):
    """The first spare code from the number-th on that no municipality page has yet (the sequence wraps)."""
    taken = set(MunicipalityPage.objects.values_list("code", flat=True))
    for step in range(len(SPARE_CODES)):
        code = SPARE_CODES[(number + step) % len(SPARE_CODES)]
        if code not in taken:
            return code
    raise LookupError("Every spare municipality code is taken")


class MunicipalityPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Kommune {n}")
    code = factory.Sequence(lambda n: spare_code(n))
    region = "DK-82"
    intro = "<p>Nytilkomne i kommunen møder biblioteket, jobcentret og sprogskolen.</p>"

    class Meta:
        model = MunicipalityPage


class LanguageFactory(factory.django.DjangoModelFactory):
    code = "da"
    autonym = "Dansk"
    name_da = "Dansk"
    name_en = "Danish"

    class Meta:
        model = Language
        django_get_or_create = ["code"]


class ActorFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Aktør {n}")
    slug = factory.LazyAttribute(lambda actor: slugify(actor.name))
    sector = Sector.LIBRARY
    municipality = factory.SubFactory(MunicipalityPageFactory)
    locale = factory.LazyAttribute(lambda actor: actor.municipality.locale)
    description = "<p>Vi hjælper nytilkomne med at finde rundt i kommunen.</p>"
    address = "Bibliotekvej 1"
    postcode = "8000"
    city = "Aarhus C"
    phone = "+45 00 00 00 00"
    email = factory.LazyAttribute(lambda actor: f"{actor.slug}@example.org")
    website = "https://bibliotek.example.org/"
    opening_hours = "Man–fre 10–18"
    verified_on = factory.LazyFunction(datetime.date.today)

    class Meta:
        model = Actor
        skip_postgeneration_save = True

    @factory.post_generation
    def languages(self, create, extracted, **kwargs):
        if create and extracted:
            self.languages.set(extracted)

    @factory.post_generation
    def target_groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.target_groups.set(extracted)
