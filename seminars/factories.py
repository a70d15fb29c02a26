import datetime

import factory
import wagtail_factories
from django.utils import timezone

from seminars.models import SeminarCaseStudy, SeminarIndexPage, SeminarPage


class SeminarIndexPageFactory(wagtail_factories.PageFactory):
    title = "Seminarer"
    slug = "seminarer"

    class Meta:
        model = SeminarIndexPage


class SeminarPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Formidlingsseminar {n}")
    intro = "Hør hvordan biblioteket samarbejder med jobcentret om nytilkomne."
    start = factory.LazyFunction(lambda: timezone.now().replace(microsecond=0) + datetime.timedelta(days=30))
    end = factory.LazyAttribute(lambda seminar: seminar.start + datetime.timedelta(hours=6))
    organiser = "Biblioteket"
    venue = "Hovedbiblioteket, salen"
    address = "Bibliotekvej 1"
    postcode = "8000"
    city = "Aarhus C"
    capacity = 60

    class Meta:
        model = SeminarPage


class SeminarCaseStudyFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(SeminarPageFactory)

    class Meta:
        model = SeminarCaseStudy
