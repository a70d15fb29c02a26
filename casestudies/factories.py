import datetime

import factory
import wagtail_factories
from django.utils.text import slugify
from wagtail.models import Locale

from casestudies.models import (
    CaseStudyIndexPage,
    CaseStudyMunicipality,
    CaseStudyPage,
    CaseStudyParticipant,
    Theme,
)


class ThemeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Tema {n}")
    slug = factory.LazyAttribute(lambda theme: slugify(theme.name))
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Theme


class CaseStudyIndexPageFactory(wagtail_factories.PageFactory):
    title = "Cases"
    slug = "cases"

    class Meta:
        model = CaseStudyIndexPage


class CaseStudyPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Samarbejde {n}")
    summary = "Biblioteket og jobcentret holdt jobcafé for nytilkomne."
    start_date = datetime.date(2024, 1, 15)

    class Meta:
        model = CaseStudyPage


class CaseStudyParticipantFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(CaseStudyPageFactory)
    locale = factory.LazyAttribute(lambda participant: participant.page.locale)
    role = "Stillede lokaler til rådighed"

    class Meta:
        model = CaseStudyParticipant


class CaseStudyMunicipalityFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(CaseStudyPageFactory)

    class Meta:
        model = CaseStudyMunicipality
