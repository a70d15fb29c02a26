"""Browser tests: headless Chromium (Debian's) driven by Playwright against a running demo site.

pytest-django's `live_server` is not used: it flushes every table after each test, and Wagtail's base
rows (locales, the root page, the default site) come from migrations, so the rest of the suite would
break. Instead the demo site is built once in a database of its own (a SQLite file in a temporary folder,
or `<name>_browser` next to the run's PostgreSQL database), filled with the real demo content by
`load_demo`, and served by `manage.py runserver` in a subprocess. The fixtures are package-scoped, so
they are built once per test run and torn down as soon as the last browser test has run: the server
stops, the database is dropped, and Playwright's event loop is gone before the database tests start.

Without Chromium or axe-core the package is skipped, with its reason printed at the end of the run;
on CI (the CI environment variable is set) the same gap fails the run instead.
"""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
BROWSER_TESTS = Path(__file__).resolve().parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "var" / "test-artifacts" / "screenshots"
SERVER_SETTINGS = "tests.browser.site_settings"
POSTGRES_SCHEMES = ("postgres", "postgresql", "pgsql", "psql")
SERVER_START_TIMEOUT = 60
SKIP_REASON = pytest.StashKey[str]()


def missing_requirement():
    """Why the browser tests cannot run on this machine, or None when they can."""
    if not CHROMIUM.is_file():
        return f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
    if not AXE.is_file():
        return f"axe-core not found at {AXE.relative_to(ROOT)} (make frontend, or npm ci)"
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (pip install -r requirements-dev.txt)"
    return None


def on_ci():
    return bool(os.environ.get("CI"))


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives the demo site in headless Chromium (tests/browser/)")


def pytest_collection_modifyitems(config, items):
    browser_items = [item for item in items if BROWSER_TESTS in Path(item.path).parents]
    reason = missing_requirement() if browser_items else None
    for item in browser_items:
        item.add_marker(pytest.mark.browser)
        if reason and not on_ci():
            item.add_marker(pytest.mark.skip(reason=f"Browser tests skipped: {reason}"))
    if reason and not on_ci():
        config.stash[SKIP_REASON] = reason


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    reason = config.stash.get(SKIP_REASON, None)
    if reason:
        terminalreporter.write_sep("-", "browser tests")
        terminalreporter.write_line(f"Browser tests were skipped: {reason}", yellow=True, bold=True)


@pytest.fixture(scope="package", autouse=True)
def browser_requirements():
    """On CI a missing browser is a failure: a skipped check would pass unseen."""
    reason = missing_requirement()
    if reason:
        pytest.fail(f"Browser tests cannot run on CI: {reason}", pytrace=False)


@dataclass
class DemoServer:
    url: str
    env: dict

    def manage(self, *args):
        return run_manage(self.env, *args)


def run_manage(env, *args):
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        output = (result.stdout + result.stderr)[-4000:]
        pytest.fail(f"manage.py {' '.join(args)} failed for the browser tests' demo site:\n{output}")
    return result.stdout


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def postgres_admin(url):
    """An autocommit connection to the server's `postgres` database (CREATE/DROP DATABASE need one)."""
    import psycopg

    parts = urlsplit(url)
    return psycopg.connect(urlunsplit(parts._replace(scheme="postgresql", path="/postgres")), autocommit=True)


def drop_postgres_database(url, name):
    from psycopg import sql

    with postgres_admin(url) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def create_postgres_database(url, name):
    from psycopg import sql

    drop_postgres_database(url, name)
    with postgres_admin(url) as connection:
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


@pytest.fixture(scope="package")
def browser_database(tmp_path_factory):
    """A throwaway database URL: `<name>_browser` on the run's PostgreSQL server, else a SQLite file."""
    url = os.environ.get("DATABASE_URL", "")
    parts = urlsplit(url)
    if parts.scheme in POSTGRES_SCHEMES:
        # One database per pytest-xdist worker, should the browser suite ever be spread over several.
        worker = os.environ.get("PYTEST_XDIST_WORKER", "")
        name = f"{parts.path.lstrip('/') or 'postgres'}_browser{'_' + worker if worker else ''}"
        create_postgres_database(url, name)
        yield urlunsplit(parts._replace(path=f"/{name}"))
        drop_postgres_database(url, name)
    else:
        yield f"sqlite:///{tmp_path_factory.mktemp('browser-db') / 'demo.sqlite3'}"


def wait_until_answering(url, server, log_path):
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"runserver exited with {server.returncode}:\n{log_path.read_text()[-4000:]}")
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.3)
    pytest.fail(
        f"runserver did not answer {url} within {SERVER_START_TIMEOUT} s:\n{log_path.read_text()[-4000:]}"
    )


@pytest.fixture(scope="package")
def demo_server(browser_requirements, browser_database, tmp_path_factory):
    """The demo site, migrated and loaded once, served by runserver on a free port."""
    folder = tmp_path_factory.mktemp("browser-site")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": SERVER_SETTINGS,
        "DATABASE_URL": browser_database,
        "MEDIA_ROOT": str(folder / "media"),
        "PYTHONUNBUFFERED": "1",
    }
    run_manage(env, "migrate", "--no-input")
    run_manage(env, "compile_catalogues")
    run_manage(env, "load_demo")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = folder / "runserver.log"
    with log_path.open("w") as log:
        server = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_until_answering(f"{url}/da/", server, log_path)
            yield DemoServer(url=url, env=env)
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


@pytest.fixture(scope="package")
def portal_pages(demo_server):
    """{language: {page type: path}} for the demo site, e.g. portal_pages["da"]["municipality"]."""
    output = demo_server.manage("shell", "-c", "from tests.browser.site_map import main; main()")
    return json.loads(output.strip().splitlines()[-1])


@pytest.fixture(scope="package")
def chromium(browser_requirements):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium, demo_server):
    """A fresh browser tab (own cookies and storage) on the demo site; `page.goto("/da/")` works."""
    context = chromium.new_context(base_url=demo_server.url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    tab = context.new_page()
    yield tab
    context.close()


def inject_axe(page):
    """Load axe-core into the page as a same-origin script file.

    The public site's Content-Security-Policy refuses inline scripts, and Playwright's
    `add_script_tag(path=...)` inserts the file's text inline; serving it from a route on the page's own
    origin keeps the policy in force during the accessibility checks instead of switching it off.
    """
    origin = page.evaluate("location.origin")
    page.route(
        f"{origin}/__axe-core__.js", lambda route: route.fulfill(path=AXE, content_type="text/javascript")
    )
    page.add_script_tag(url=f"{origin}/__axe-core__.js")


def save_screenshot(page, name):
    """A full-page PNG under var/test-artifacts/screenshots/, kept for a person (or CI) to look at."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)
