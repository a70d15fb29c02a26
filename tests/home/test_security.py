import re
from pathlib import Path
from unittest import mock

import pytest
from axes.helpers import get_lockout_response
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import RequestFactory
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from demo.management.commands.load_demo import Command as LoadDemo

PAGE_TYPES = [
    "home",
    "directory",
    "municipality",
    "actor",
    "case_index",
    "case_study",
    "seminar_index",
    "seminar",
    "search",
    "not_found",
]


def public_url(tree, page_type):
    if page_type == "home":
        return "/da/"
    if page_type == "actor":
        return tree["library"].get_url()
    if page_type == "search":
        return "/da/search/?q=bibliotek"
    if page_type == "not_found":
        return "/da/findes-ikke/"
    return tree[page_type].url


def policy(response):
    """The Content-Security-Policy as {directive: [sources]}."""
    directives = (part.strip().split() for part in response["Content-Security-Policy"].split(";"))
    return {words[0]: words[1:] for words in directives if words}


TEMPLATES = sorted((Path(__file__).resolve().parents[2] / "site" / "templates").rglob("*.html"))


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda path: path.name)
def test_no_template_has_inline_script_style_or_event_handler(template):
    """The public policy blocks them all; a template that uses one breaks in the browser, silently."""
    source = template.read_text()
    for attrs in re.findall(r"<script\b([^>]*)>", source):
        assert "src=" in attrs or re.search(r'type="application/(ld\+)?json"', attrs), attrs
    assert "<style" not in source
    assert not re.search(r"<[^>]+\sstyle=", source)
    assert not re.search(r"<[^>]+\son[a-z]+=", source)


@pytest.mark.django_db
class TestHeadersOnEveryPageType:
    @pytest.mark.parametrize("page_type", PAGE_TYPES)
    def test_security_headers(self, client, tree, page_type):
        response = client.get(public_url(tree, page_type))
        assert response.status_code in (200, 404)
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert response["X-Frame-Options"] == "DENY"
        assert "camera=()" in response["Permissions-Policy"]
        assert "geolocation=()" in response["Permissions-Policy"]

    @pytest.mark.parametrize("page_type", PAGE_TYPES)
    def test_content_security_policy_allows_no_inline_script_or_style(self, client, tree, page_type):
        csp = policy(client.get(public_url(tree, page_type)))
        assert csp["script-src"] == ["'self'"]
        assert csp["style-src"] == ["'self'"]
        assert csp["object-src"] == ["'none'"]
        assert csp["frame-ancestors"] == ["'self'"]

    @pytest.mark.parametrize("page_type", PAGE_TYPES)
    def test_page_has_no_inline_script_style_attribute_or_event_handler(self, client, tree, page_type):
        html = client.get(public_url(tree, page_type)).content.decode()
        scripts = re.findall(r"<script\b([^>]*)>", html)
        # JSON-LD is data, not script, and the policy does not apply to it.
        assert all("src=" in attrs or "application/ld+json" in attrs for attrs in scripts)
        assert "DKFDS.init" not in html
        assert not re.search(r"<[^>]+\sstyle=", html)
        assert not re.search(r"<[^>]+\son[a-z]+=", html)
        assert "/static/js/portal.js" in html

    def test_admin_has_its_own_looser_policy(self, admin_client):
        response = admin_client.get("/admin/")
        csp = policy(response)
        assert "'unsafe-inline'" in csp["default-src"]
        assert csp["frame-ancestors"] == ["'self'"]
        assert csp["object-src"] == ["'none'"]

    def test_hsts_over_https_in_production(self, client, tree, settings):
        settings.SECURE_HSTS_SECONDS = 31536000
        settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
        response = client.get("/da/", secure=True)
        assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


@pytest.mark.django_db
class TestCookies:
    def test_session_and_csrf_cookies_are_httponly_and_samesite(self, client, django_user_model, settings):
        settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
        django_user_model.objects.create_superuser("redaktor", "r@example.org", "et-langt-kodeord-42")
        client.get("/admin/login/")
        response = client.post("/admin/login/", {"username": "redaktor", "password": "et-langt-kodeord-42"})
        assert response.status_code == 302
        for name in ("sessionid", "csrftoken"):
            cookie = client.cookies[name]
            assert cookie["httponly"], name
            assert cookie["samesite"] == "Lax", name


@pytest.fixture
def axes_on(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    settings.AUTHENTICATION_BACKENDS = [
        "axes.backends.AxesStandaloneBackend",
        "django.contrib.auth.backends.ModelBackend",
    ]


@pytest.mark.django_db
@pytest.mark.usefixtures("axes_on")
class TestAdminLoginLockout:
    def login(self, client, password):
        return client.post("/admin/login/", {"username": "redaktor", "password": password})

    @pytest.fixture(autouse=True)
    def editor(self, django_user_model):
        return django_user_model.objects.create_user(
            "redaktor", "r@example.org", "et-langt-kodeord-42", is_superuser=True
        )

    def test_right_password_logs_in_after_fewer_failures_than_the_limit(self, client):
        self.login(client, "forkert")
        self.login(client, "forkert")
        response = self.login(client, "et-langt-kodeord-42")
        assert response.status_code == 302
        assert client.get("/admin/").status_code == 200

    def test_locked_after_the_limit_even_with_the_right_password(self, client):
        for _ in range(3):
            self.login(client, "forkert")
        response = self.login(client, "et-langt-kodeord-42")
        assert response.status_code == 429
        with translation.override("da"):
            assert escape(gettext("Login locked")) in response.content.decode()
        assert client.get("/admin/").status_code == 302


class TestLockoutPage:
    """django-axes renders it with the request, so the context processors run as well."""

    def render(self, language):
        request = RequestFactory().post("/admin/login/", {"username": "redaktor"})
        with translation.override(language):
            return get_lockout_response(request, credentials={"username": "redaktor"}).content.decode()

    @pytest.mark.django_db
    def test_is_made_without_a_database_query(self, django_assert_num_queries):
        with django_assert_num_queries(0):
            html = self.render("da")
        with translation.override("da"):
            assert escape(gettext("Login locked")) in html

    def test_arabic_reads_right_to_left_with_the_right_to_left_stylesheet(self):
        html = self.render("ar")
        assert '<html lang="ar" dir="rtl">' in html
        assert "/static/dist/css/dkfds.rtl.min.css" in html
        assert "/static/dist/css/arabic-font.css" in html
        assert "dkfds.min.css" not in html


class TestPasswords:
    def test_short_password_is_refused(self):
        with pytest.raises(ValidationError):
            validate_password("kort-kode1")

    def test_twelve_characters_of_no_common_kind_pass(self):
        validate_password("bibliotek-hylde-7")


@pytest.mark.django_db
class TestDemoAdmin:
    def run_load_demo(self):
        steps = [
            "load_home",
            "load_municipalities",
            "load_actors",
            "load_case_studies",
            "load_seminars",
            "translate",
        ]
        with (
            mock.patch.multiple(LoadDemo, **dict.fromkeys(steps, mock.DEFAULT)),
            mock.patch("demo.management.commands.load_demo.setup_roles"),
            mock.patch("demo.management.commands.load_demo.refresh_cooperation"),
        ):
            call_command("load_demo", stdout=mock.Mock())

    def test_no_demo_accounts_outside_development(self, settings, django_user_model):
        settings.DEMO_ADMIN_LOGIN = False
        self.run_load_demo()
        assert not django_user_model.objects.exists()
