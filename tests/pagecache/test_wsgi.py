"""Page-cache hits answered in front of Django (pagecache/wsgi.py), as gunicorn calls the site.

Each request goes through a WSGI call of `PageCacheApplication` around Django's own WSGI handler, the way
config/wsgi.py builds it; "the normal path" is the same handler without it, where the middleware serves
hits. Django's test client cannot be used: it calls the handler directly, not the WSGI application.
"""

import io
import sys
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

import pytest
from django.core.cache import cache
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from home.factories import StandardPageFactory
from home.models import PortalSettings
from pagecache import generations
from pagecache.wsgi import PageCacheApplication
from tests.pagecache.test_redis_outage import redis_down  # noqa: F401 (a fixture)

SECURITY_HEADERS = (
    "Content-Security-Policy",
    "Permissions-Policy",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "X-Frame-Options",
    "Cache-Control",
    "ETag",
)


@dataclass
class Answer:
    status: int
    headers: dict
    body: bytes


def environ_for(url, **extra):
    """The environ a WSGI server makes for `url`: the path decoded, as bytes in a latin-1 str."""
    parts = urlsplit(url)
    return {
        "REQUEST_METHOD": "GET",
        "SCRIPT_NAME": "",
        "PATH_INFO": unquote(parts.path).encode().decode("iso-8859-1"),
        "QUERY_STRING": parts.query,
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "testserver",
        "HTTP_ACCEPT_ENCODING": "gzip",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
        **extra,
    }


def serve(application, url, **extra):
    sent = []
    result = application(
        environ_for(url, **extra), lambda status, headers, exc_info=None: sent.extend([status, headers])
    )
    try:
        body = b"".join(result)
    finally:
        if hasattr(result, "close"):
            result.close()
    status, headers = sent
    return Answer(int(status.split()[0]), dict(headers), body)


def without_marker(headers):
    return {name: value for name, value in headers.items() if name != "X-Page-Cache"}


@pytest.fixture
def django_application():
    """Django's WSGI handler, without its closing of database connections at each request's start and end,
    which would end the test's transaction (Django's test client leaves it out the same way)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield WSGIHandler()
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def application(django_application):
    return PageCacheApplication(django_application)


@pytest.fixture
def page_cache(settings, home_page):
    # The settings row is created on first read, which empties the cache once; do it beforehand.
    PortalSettings.for_site(home_page.get_site())
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def handled():
    """How many requests reached Django's request handler."""
    requests = []

    def count(**kwargs):
        requests.append(1)

    request_started.connect(count)
    yield requests
    request_started.disconnect(count)


@pytest.fixture
def no_cache_reads(monkeypatch):
    """Fails a test whose request reads the page cache in front of Django."""

    def read(key):
        raise AssertionError(f"read the page cache for {key}")

    monkeypatch.setattr("pagecache.wsgi.read_stamped", read)


@pytest.mark.django_db
@pytest.mark.usefixtures("page_cache")
class TestHitsInFrontOfDjango:
    def test_a_hit_never_reaches_django(self, application, tree, handled, django_assert_num_queries):
        url = tree["municipality"].url
        assert serve(application, url).headers["X-Page-Cache"] == "miss"
        handled.clear()
        with django_assert_num_queries(0):
            hit = serve(application, url)
        assert hit.headers["X-Page-Cache"] == "hit"
        assert handled == []

    def test_a_hit_has_the_headers_and_body_of_the_page_it_was_kept_from(self, application, tree):
        url = tree["case_study"].url
        miss = serve(application, url)
        hit = serve(application, url)
        assert (hit.status, hit.body) == (200, miss.body)
        assert without_marker(hit.headers) == without_marker(miss.headers)

    def test_a_hit_is_what_the_normal_path_answers(self, application, django_application, tree):
        # Uncompressed: GZipMiddleware pads each compression with random bytes (BREACH), so two renders'
        # gzip bodies and ETags differ.
        url, plain = tree["municipality"].url, {"HTTP_ACCEPT_ENCODING": ""}
        serve(django_application, url, **plain)
        normal = serve(django_application, url, **plain)
        serve(application, url, **plain)
        fast = serve(application, url, **plain)
        assert normal.headers["X-Page-Cache"] == fast.headers["X-Page-Cache"] == "hit"
        assert fast.body == normal.body
        # Expires is the time each was kept plus max-age, so it may be a second apart.
        assert fast.headers.pop("Expires") and normal.headers.pop("Expires")
        assert fast.headers == normal.headers

    def test_a_hit_carries_every_header_a_public_page_needs(self, application, tree):
        url = tree["library"].get_url()
        serve(application, url)
        headers = serve(application, url).headers
        assert [name for name in SECURITY_HEADERS if name not in headers] == []
        assert "script-src 'self'" in headers["Content-Security-Policy"]
        assert "public" in headers["Cache-Control"]
        assert headers["Content-Encoding"] == "gzip"

    def test_a_path_outside_latin_1_is_served_from_the_cache(self, application, home_page):
        """Django's handler must still find the environ as the server sent it, not the decoded path."""
        page = StandardPageFactory.build(title="عن البوابة", slug="عن-البوابة", live=False)
        home_page.add_child(instance=page)
        page.save_revision().publish()
        first = serve(application, page.url)
        second = serve(application, page.url)
        assert (first.status, first.headers["X-Page-Cache"]) == (200, "miss")
        assert (second.status, second.headers["X-Page-Cache"]) == (200, "hit")

    def test_head_is_served_from_the_get_entry(self, application, tree, handled):
        url = tree["municipality"].url
        serve(application, url)
        handled.clear()
        assert serve(application, url, REQUEST_METHOD="HEAD").headers["X-Page-Cache"] == "hit"
        assert handled == []

    def test_encodings_are_kept_apart(self, application, tree):
        url = tree["municipality"].url
        serve(application, url)
        plain = serve(application, url, HTTP_ACCEPT_ENCODING="")
        assert plain.headers["X-Page-Cache"] == "miss"
        assert "Content-Encoding" not in plain.headers

    def test_https_and_http_are_kept_apart(self, application, tree):
        url = tree["municipality"].url
        serve(application, url)
        assert serve(application, url, **{"wsgi.url_scheme": "https"}).headers["X-Page-Cache"] == "miss"


@pytest.mark.django_db
@pytest.mark.usefixtures("page_cache")
class TestNeverStale:
    def test_a_publish_makes_the_next_request_a_miss(self, application, tree):
        page, plain = tree["case_study"], {"HTTP_ACCEPT_ENCODING": ""}
        serve(application, page.url, **plain)
        assert serve(application, page.url, **plain).headers["X-Page-Cache"] == "hit"
        page.title = "Sprogcafé i Gellerup, nu hver onsdag"
        page.save_revision().publish()
        answer = serve(application, page.url, **plain)
        assert answer.headers["X-Page-Cache"] == "miss"
        assert "nu hver onsdag" in answer.body.decode()

    def test_a_published_actor_shows_on_its_municipality_page(self, application, tree):
        library, url = tree["library"], tree["municipality"].url
        plain = {"HTTP_ACCEPT_ENCODING": ""}
        serve(application, url, **plain)
        library.name = "Dokk1"
        library.save_revision().publish()
        assert "Dokk1" in serve(application, url, **plain).body.decode()

    def test_a_page_made_during_a_publish_is_never_served(self, application, tree, monkeypatch):
        """The generation is read before the page is made: a publish meanwhile leaves the entry stale."""
        url = tree["municipality"].url
        store = generations.store_stamped

        def publish_meanwhile(key, generation, value, timeout):
            generations.bump_generation()
            store(key, generation, value, timeout)

        monkeypatch.setattr("pagecache.wsgi.store_stamped", publish_meanwhile)
        serve(application, url)
        assert serve(application, url).headers["X-Page-Cache"] == "miss"


@pytest.mark.django_db
@pytest.mark.usefixtures("page_cache")
class TestLeftToDjango:
    def test_a_matching_etag_gets_304_with_the_security_headers(self, application, django_application, tree):
        url, plain = tree["case_study"].url, {"HTTP_ACCEPT_ENCODING": ""}
        etag = serve(application, url, **plain).headers["ETag"]
        answer = serve(application, url, HTTP_IF_NONE_MATCH=etag, **plain)
        assert (answer.status, answer.body) == (304, b"")
        serve(django_application, url, **plain)
        normal = serve(django_application, url, HTTP_IF_NONE_MATCH=etag, **plain)
        assert normal.status == 304
        # Expires is "now + max-age": the two answers may fall in different seconds.
        assert {**answer.headers, "Expires": None} == {**normal.headers, "Expires": None}
        assert "Content-Security-Policy" in answer.headers

    def test_a_reader_with_a_session_gets_a_fresh_page(self, application, tree):
        url = tree["municipality"].url
        serve(application, url)
        answer = serve(application, url, HTTP_COOKIE="sessionid=abc; csrftoken=x")
        assert "X-Page-Cache" not in answer.headers

    def test_a_language_cookie_still_gets_the_kept_page(self, application, tree):
        url = tree["municipality"].url
        serve(application, url)
        assert serve(application, url, HTTP_COOKIE="django_language=ar").headers["X-Page-Cache"] == "hit"

    def test_a_post_reaches_django(self, application, tree, handled):
        url = tree["municipality"].url
        serve(application, url)
        handled.clear()
        serve(application, url, REQUEST_METHOD="POST")
        assert handled == [1]

    @pytest.mark.usefixtures("no_cache_reads")
    @pytest.mark.parametrize("query", ["q=%00", "q=a%1fb", "q=%7F", "%0A=x"])
    def test_control_characters_get_the_bad_request_page_without_a_cache_read(self, application, tree, query):
        answer = serve(application, f"/da/search/?{query}")
        assert answer.status == 400
        assert "Content-Security-Policy" in answer.headers

    @pytest.mark.usefixtures("no_cache_reads")
    def test_a_control_character_in_the_path_gets_the_bad_request_page(self, application, tree):
        assert serve(application, tree["municipality"].url + "%00/").status == 400

    @pytest.mark.usefixtures("no_cache_reads")
    def test_an_unknown_host_gets_bad_request(self, application, tree):
        assert serve(application, "/da/", HTTP_HOST="evil.example").status == 400

    @pytest.mark.usefixtures("no_cache_reads")
    @pytest.mark.parametrize("url", ["/static/css/portal.css", "/media/original_images/x.png", "/admin/"])
    def test_files_and_the_admin_are_not_looked_up(self, application, url):
        serve(application, url)


@pytest.mark.django_db
@pytest.mark.usefixtures("redis_down")
class TestRedisDown:
    def test_pages_are_made_by_the_normal_path(self, application, tree):
        url = tree["municipality"].url
        for _attempt in range(2):
            answer = serve(application, url, HTTP_ACCEPT_ENCODING="")
            assert (answer.status, answer.headers["X-Page-Cache"]) == (200, "miss")
        assert tree["library"].name in answer.body.decode()
        assert "Content-Security-Policy" in answer.headers
