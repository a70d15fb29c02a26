"""The production settings, each loaded in a fresh interpreter with a production-like environment."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "x7-kP2vQ9mZr4tLw8yNb3cHs6dFg1jUa5eXo0iRq-TnVpYkM2WzBu",
    "ALLOWED_HOSTS": "erfaringsportalen.example.org",
    "DATABASE_URL": "sqlite:////tmp/erfaringsportalen-production-check.sqlite3",
}
SETTINGS_TO_SHOW = (
    "DEBUG",
    "STORAGES",
    "MIDDLEWARE",
    "SESSION_ENGINE",
    "DEMO_ADMIN_LOGIN",
    "WAGTAILFRONTENDCACHE",
    "SECURE_HSTS_SECONDS",
    "DATABASES",
)


def run(args, **env):
    # Only what an interpreter needs from the outside: no REDIS_URL, bucket or CDN from the tester's shell.
    environment = {key: os.environ[key] for key in ("PATH", "HOME", "LANG") if key in os.environ}
    environment.update(PRODUCTION_ENV)
    environment.update(env)
    for key in [key for key, value in environment.items() if value is None]:
        del environment[key]
    return subprocess.run(
        [sys.executable, *args], cwd=BASE_DIR, env=environment, capture_output=True, text=True, timeout=120
    )


def production_settings(**env):
    script = (
        "import json, django; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{name: getattr(settings, name) for name in {SETTINGS_TO_SHOW!r}}}, default=str))"
    )
    result = run(["-c", script], **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


class TestDeployCheck:
    def test_check_deploy_reports_nothing(self):
        result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"])
        assert result.returncode == 0, result.stdout + result.stderr
        assert "System check identified no issues" in result.stdout

    @pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
    def test_refuses_to_start_without_secrets_and_hosts(self, missing):
        result = run(["manage.py", "check"], **{missing: None})
        assert result.returncode != 0
        assert f"{missing} must be set in production" in result.stderr


@pytest.fixture(scope="module")
def defaults():
    """The production settings with only the required variables set (loaded once: it takes seconds)."""
    return production_settings(DEBUG="true")


class TestProductionSettings:
    def test_static_files_are_compressed_hashed_and_served_by_whitenoise(self, defaults):
        settings = defaults
        assert settings["STORAGES"]["staticfiles"]["BACKEND"] == (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
        middleware = settings["MIDDLEWARE"]
        assert middleware.index("whitenoise.middleware.WhiteNoiseMiddleware") == (
            middleware.index("django.middleware.security.SecurityMiddleware") + 1
        )

    def test_media_on_local_disk_without_a_bucket(self, defaults):
        backend = defaults["STORAGES"]["default"]["BACKEND"]
        assert backend == "django.core.files.storage.FileSystemStorage"

    def test_media_on_object_storage_when_a_bucket_is_named(self):
        storage = production_settings(
            AWS_STORAGE_BUCKET_NAME="portal-media", AWS_S3_ENDPOINT_URL="https://s3.example.org"
        )["STORAGES"]["default"]
        assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
        assert storage["OPTIONS"]["bucket_name"] == "portal-media"
        assert storage["OPTIONS"]["endpoint_url"] == "https://s3.example.org"

    def test_sessions_are_shared_by_every_app_server(self, defaults):
        """In the database, with or without Redis: a logout must hold even while Redis is unreachable."""
        assert defaults["SESSION_ENGINE"] == "django.contrib.sessions.backends.db"
        with_redis = production_settings(REDIS_URL="redis://127.0.0.1:6379/3")
        assert with_redis["SESSION_ENGINE"] == "django.contrib.sessions.backends.db"

    def test_database_connections_are_checked_and_requests_atomic(self, defaults):
        database = defaults["DATABASES"]["default"]
        assert database["CONN_HEALTH_CHECKS"] is True
        assert database["CONN_MAX_AGE"] > 0
        assert database["ATOMIC_REQUESTS"] is True

    def test_no_demo_admin_and_no_debug_even_if_asked(self, defaults):
        assert defaults["DEBUG"] is False
        assert defaults["DEMO_ADMIN_LOGIN"] is False

    def test_cdn_purge_is_off_unless_configured(self, defaults):
        assert defaults["WAGTAILFRONTENDCACHE"] == {}
        configured = production_settings(
            FRONTEND_CACHE_BACKEND="cloudflare",
            FRONTEND_CACHE_CLOUDFLARE_TOKEN="token",
            FRONTEND_CACHE_CLOUDFLARE_ZONEID="zone",
        )["WAGTAILFRONTENDCACHE"]["default"]
        assert configured["BACKEND"] == "wagtail.contrib.frontend_cache.backends.CloudflareBackend"
        assert configured["ZONEID"] == "zone"


@pytest.mark.django_db
class TestMediaOnLocalDisk:
    def test_image_renditions_are_served_without_object_storage(self, client, settings):
        images = Path(settings.MEDIA_ROOT) / "images"
        images.mkdir(parents=True, exist_ok=True)
        (images / "kort.width-800.png").write_bytes(b"\x89PNG\r\n\x1a\n")
        response = client.get("/media/images/kort.width-800.png")
        assert response.status_code == 200
        assert response["Content-Type"] == "image/png"

    def test_documents_are_not_served_past_their_privacy_check(self, client, settings):
        documents = Path(settings.MEDIA_ROOT) / "documents"
        documents.mkdir(parents=True, exist_ok=True)
        (documents / "intern.pdf").write_bytes(b"%PDF-1.4")
        assert client.get("/media/documents/intern.pdf").status_code == 404
