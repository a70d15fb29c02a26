from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation
from wagtail.models import Locale, Site

from home.models import HomePage
from pagecache.generations import bump_generation
from tests.factories_tree import ModuleData, build_site, module_transaction, module_writes

TESTS = Path(__file__).resolve().parent
BROWSER_TESTS = TESTS / "browser"
# The module-scoped fixtures that write into a test file's shared transaction (opened by site_tree), each
# building on the one before it; how many of them a test uses is its depth.
MODULE_DATA = ("site_tree", "roles_data", "role_users_data")


def pytest_itemcollected(item):
    """Groups for pytest-xdist's `--dist loadgroup` (make test): a file's tests stay on one worker, so
    a module-scoped fixture (the query-bound data, the demo site) is built once; the browser suite is one
    group, so one worker builds its demo site and drives Chromium while the other runs the rest. Set as
    each test is collected, before pytest-xdist reads the groups."""
    path = Path(item.path)
    group = "browser" if BROWSER_TESTS in path.parents else str(path.relative_to(TESTS))
    item.add_marker(pytest.mark.xdist_group(group))


def module_data_depth(item):
    return sum(name in item.fixturenames for name in MODULE_DATA)


def flushes_the_database(item):
    marker = item.get_closest_marker("django_db")
    flags = marker.kwargs if marker else {}
    return bool(
        flags.get("transaction")
        or flags.get("reset_sequences")
        or {"transactional_db", "live_server"} & set(item.fixturenames)
    )


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """A file's tests run together: first those that use no module data, then by depth.

    Module data lives in a transaction that stays open from the first test that needs it to the end of the
    file (site_tree), so a test that asks for less must run before it opens, and so must a test that
    commits for real (TestConcurrency in tests/seminars/test_registration.py). The sort is stable: within a
    file and a depth, pytest-django's order (database tests first) holds.
    """
    files = {}
    for item in items:
        files.setdefault(item.path, len(files))
        if module_data_depth(item) and flushes_the_database(item):
            raise pytest.UsageError(
                f"{item.nodeid} flushes the database, which would take the file's shared tree with it: "
                "use fresh_tree (built inside the test) instead of tree"
            )
    items.sort(key=lambda item: (files[item.path], module_data_depth(item)))


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
    """Each test starts with an empty cache: the menu and footer are kept there (`memoized`),
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


@pytest.fixture(scope="module")
def site_tree(django_db_setup, django_db_blocker):
    """The tree of `tree`, built once per test file; tests get fresh copies of it through `tree`."""
    with module_transaction(django_db_blocker):
        with module_writes(django_db_blocker) as callbacks:
            built = build_site(HomePage.objects.get(locale__language_code="da", depth=2))
        yield ModuleData(built, callbacks)


@pytest.fixture
def tree(site_tree, db):
    """Every page type and two actors, in Danish, under their legal parents.

    Built once per test file (site_tree) and read afresh for each test; what a test changes is rolled back
    after it. A test that flushes the database uses fresh_tree instead. The cache, emptied before each
    test, gets back what building the tree leaves in it (the site's root paths, the page cache's
    generation), so a test counts its queries as it did when it built the tree itself.
    """
    copies = site_tree.for_test()
    Site.get_site_root_paths()
    bump_generation()
    return copies


@pytest.fixture
def fresh_tree(home_page):
    """The same tree, built inside the test itself: for a test whose database work cannot nest in the file's
    shared transaction (a transactional test flushes every table)."""
    return build_site(home_page)


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("redaktor", "redaktor@example.org", "pw")
    client.force_login(user)
    return client
