from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation
from wagtail.models import Locale

from home.models import HomePage

TESTS = Path(__file__).resolve().parent
BROWSER_TESTS = TESTS / "browser"


def pytest_itemcollected(item):
    """Groups for pytest-xdist's `--dist loadgroup` (make test): a file's tests stay on one worker, so
    a module-scoped fixture (the query-bound data, the demo site) is built once; the browser suite is one
    group, so one worker builds its demo site and drives Chromium while the other runs the rest. Set as
    each test is collected, before pytest-xdist reads the groups."""
    path = Path(item.path)
    group = "browser" if BROWSER_TESTS in path.parents else str(path.relative_to(TESTS))
    item.add_marker(pytest.mark.xdist_group(group))


@pytest.fixture(autouse=True)
def source_language():
    """Every test starts in Danish, the source language, whatever language an earlier request activated.

    Django's LocaleMiddleware leaves the last request's language active in the thread, so without this a
    form built outside a request would speak the language of whichever test ran before.
    """
    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: the menu and footer are kept there (home.caching.memoized),
    and a test's pages, built without publishing, would otherwise meet an earlier test's menu."""
    from django.core.cache import cache

    cache.clear()
    yield


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
