"""Factories for the base app. The tests and the demo loader build their data with the same factories."""

import factory
import wagtail_factories
from wagtail.models import Locale

from home.models import HomePage, StandardPage, TargetGroup


class TargetGroupFactory(factory.django.DjangoModelFactory):
    code = TargetGroup.Code.WORKERS

    class Meta:
        model = TargetGroup
        django_get_or_create = ["code"]


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Erfaringsportalen"
    intro = "Bibliotekernes erfaringer med at byde nytilkomne velkommen."
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Side {n}")
    intro = "En side med fast indhold."

    class Meta:
        model = StandardPage
