"""One idea of the client's address: the forms' rate limits, the API throttle and the admin lockout agree.

Behind a trusted proxy two visitors are two clients; a forged X-Forwarded-For from anyone else changes
nothing.
"""

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from opendata.api import api
from publicforms.antispam import rate_limit_exceeded
from publicforms.client_address import client_address

PROXY = "10.0.0.5"


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def behind_proxy(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/24", "2001:db8::/32"]


def request_from(remote, forwarded=None):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return RequestFactory().post("/", REMOTE_ADDR=remote, **extra)


class TestClientAddress:
    def test_without_trusted_proxies_the_header_is_ignored(self, settings):
        settings.TRUSTED_PROXIES = []
        assert client_address(request_from("203.0.113.9", "198.51.100.1")) == "203.0.113.9"

    @pytest.mark.usefixtures("behind_proxy")
    def test_a_trusted_proxy_names_the_client(self):
        assert client_address(request_from(PROXY, "198.51.100.1")) == "198.51.100.1"

    @pytest.mark.usefixtures("behind_proxy")
    def test_what_the_client_wrote_left_of_the_proxy_is_not_believed(self):
        assert client_address(request_from(PROXY, "1.2.3.4, 198.51.100.1")) == "198.51.100.1"

    @pytest.mark.usefixtures("behind_proxy")
    def test_a_chain_of_trusted_proxies_is_skipped(self):
        assert client_address(request_from(PROXY, "198.51.100.1, 10.0.0.7")) == "198.51.100.1"

    @pytest.mark.usefixtures("behind_proxy")
    def test_a_header_from_an_untrusted_address_is_ignored(self):
        assert client_address(request_from("203.0.113.9", "198.51.100.1")) == "203.0.113.9"

    @pytest.mark.usefixtures("behind_proxy")
    def test_garbage_in_the_header_falls_back_to_the_proxy(self):
        assert client_address(request_from(PROXY, "not an address")) == PROXY

    @pytest.mark.usefixtures("behind_proxy")
    def test_ipv6_and_ports(self):
        assert client_address(request_from("2001:db8::1", "[2001:db9::2]:443")) == "2001:db9::2"
        assert client_address(request_from(PROXY, "198.51.100.1:5555")) == "198.51.100.1"


class TestFormRateLimit:
    @pytest.mark.usefixtures("behind_proxy")
    def test_two_visitors_behind_the_proxy_have_separate_limits(self, settings):
        settings.FORM_RATE_LIMITS = {"test": (1, 60)}
        assert not rate_limit_exceeded(request_from(PROXY, "198.51.100.1"), "test")
        assert not rate_limit_exceeded(request_from(PROXY, "198.51.100.2"), "test")
        assert rate_limit_exceeded(request_from(PROXY, "198.51.100.1"), "test")

    @pytest.mark.usefixtures("behind_proxy")
    def test_a_forged_header_does_not_buy_a_fresh_limit(self, settings):
        settings.FORM_RATE_LIMITS = {"test": (1, 60)}
        assert not rate_limit_exceeded(request_from("203.0.113.9", "198.51.100.1"), "test")
        assert rate_limit_exceeded(request_from("203.0.113.9", "198.51.100.2"), "test")


@pytest.mark.django_db
class TestApiThrottle:
    def statuses(self, client, forwarded_for, remote):
        return [
            client.get("/api/v1/seminars", HTTP_X_FORWARDED_FOR=forwarded, REMOTE_ADDR=remote).status_code
            for forwarded in forwarded_for
        ]

    def test_rotating_a_forged_header_does_not_escape_the_throttle(self, client, tree, monkeypatch, settings):
        settings.TRUSTED_PROXIES = []
        monkeypatch.setattr(api.throttle[0], "num_requests", 2)
        forged = ["198.51.100.1", "198.51.100.2", "198.51.100.3"]
        assert self.statuses(client, forged, "203.0.113.9") == [200, 200, 429]

    @pytest.mark.usefixtures("behind_proxy")
    def test_two_clients_behind_the_proxy_are_throttled_apart(self, client, tree, monkeypatch):
        monkeypatch.setattr(api.throttle[0], "num_requests", 1)
        assert self.statuses(client, ["198.51.100.1", "198.51.100.2", "198.51.100.1"], PROXY) == [
            200,
            200,
            429,
        ]


@pytest.mark.django_db
class TestAdminLockout:
    @pytest.fixture(autouse=True)
    def axes_on(self, settings, django_user_model):
        settings.AXES_ENABLED = True
        settings.AXES_FAILURE_LIMIT = 2
        settings.TRUSTED_PROXIES = ["10.0.0.0/24"]
        settings.AUTHENTICATION_BACKENDS = [
            "axes.backends.AxesStandaloneBackend",
            "django.contrib.auth.backends.ModelBackend",
        ]
        django_user_model.objects.create_user("redaktor", "r@example.org", "et-langt-kodeord-42")

    def login(self, client, forwarded, password="forkert"):
        return client.post(
            "/admin/login/",
            {"username": "redaktor", "password": password},
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR=forwarded,
        )

    def test_one_visitors_failures_do_not_lock_out_another_behind_the_proxy(self, client):
        self.login(client, "198.51.100.1")
        self.login(client, "198.51.100.1")
        assert self.login(client, "198.51.100.1", "et-langt-kodeord-42").status_code == 429
        assert self.login(client, "198.51.100.2", "et-langt-kodeord-42").status_code == 302
