import pytest
from wagtail.models import Locale

from home.models import HomePage


@pytest.fixture
def home_page(db):
    """The Danish home page the migrations create as the root of the default site."""
    return HomePage.objects.get(locale__language_code="da", depth=2)


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def tree(home_page):
    """Every page type and two actors, in Danish, under their legal parents."""
    from tests.factories_tree import build_site

    return build_site(home_page)


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("redaktor", "redaktor@example.org", "pw")
    client.force_login(user)
    return client
