"""After a publish the worker renders the handouts readers asked for again, before their next reader.

The rendering is the counting stand-in of test_keeping: what matters here is who renders, when, and what
is served afterwards. The worker's task is called as the worker calls it (`render_ahead.call()`).
"""

import pytest
from django.db import ProgrammingError
from django.utils import timezone
from django_tasks import default_task_backend
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page

from handouts import ahead, keeping
from pagecache.generations import bump_generation
from tests.handouts.conftest import handout_url
from tests.handouts.test_keeping import HOST, download
from tests.handouts.test_keeping import renders as renders  # a fixture

pytestmark = pytest.mark.django_db

DUMMY = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
DATABASE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def queued():
    return [result for result in default_task_backend.results if result.task.func is ahead.render_ahead.func]


def publish_library(tree, name):
    library = tree["library"]
    library.name = name
    library.save_revision().publish()


class TestAsked:
    def test_a_download_notes_where_it_was_asked(self, client, tree, renders):
        url = handout_url("municipality", tree["municipality"], "uk") + "?sector=library&junk=1"
        download(client, url)
        [(key, asked)] = keeping.asked_lately()
        assert asked == {
            "host": HOST,
            "scheme": "http",
            "kind": "municipality",
            "page_id": tree["municipality"].pk,
            "language": "uk",
            "params": [["sector", "library"]],
        }
        assert key == keeping.kept_key(
            HOST, "municipality", tree["municipality"].pk, "uk", [("sector", "library")]
        )

    def test_the_latest_are_kept_and_the_oldest_forgotten(self, monkeypatch):
        clock = [1_000_000.0]
        monkeypatch.setattr(keeping.time, "time", lambda: clock[0])
        for number in range(keeping.ASKED_MOST + 5):
            clock[0] += 60
            notes = keeping.cache.get(keeping.ASKED_KEY) or {}
            keeping.note_asked(f"key-{number}", {"number": number}, notes)
        latest = keeping.asked_lately()
        assert len(latest) == keeping.ASKED_MOST
        assert latest[0] == ("key-64", {"number": 64})
        assert ("key-4", {"number": 4}) not in latest
        clock[0] += keeping.ASKED_SECONDS
        assert keeping.asked_lately() == []

    def test_a_kept_download_notes_it_once_a_day_not_each_time(self, client, tree, renders, monkeypatch):
        url = handout_url("seminar", tree["seminar"], "da")
        writes = []
        real_set = keeping.cache.set
        monkeypatch.setattr(keeping.cache, "set", lambda *a, **k: (writes.append(a[0]), real_set(*a, **k)))
        for _download in range(5):
            download(client, url)
        assert writes.count(keeping.ASKED_KEY) == 1


class TestRenderedAhead:
    def test_after_a_publish_the_next_reader_gets_the_new_handout_without_waiting(
        self, client, tree, renders
    ):
        url = handout_url("municipality", tree["municipality"], "da")
        download(client, url)
        publish_library(tree, "Dokk1 – Aarhus Hovedbibliotek")
        result = ahead.render_ahead.call()
        assert result["rendered"] == 1
        assert "Dokk1 – Aarhus Hovedbibliotek" in renders[-1]
        response, body = download(client, url)
        assert len(renders) == 2  # the reader's download was the worker's rendering
        assert response.status_code == 200
        assert body == b"%PDF-1.7 stand-in 2"

    def test_each_language_and_filter_asked_is_rendered_in_its_own(self, client, tree, renders):
        page = tree["municipality"]
        urls = [
            handout_url("municipality", page, "da"),
            handout_url("municipality", page, "ar"),
            handout_url("municipality", page, "da") + "?sector=library",
        ]
        for url in urls:
            download(client, url)
        bump_generation()
        assert ahead.render_ahead.call()["rendered"] == 3
        for url in urls:
            download(client, url)
        assert len(renders) == 6
        assert 'lang="ar"' in renders[4]

    def test_a_handout_still_kept_is_not_rendered_again(self, client, tree, renders):
        download(client, handout_url("seminar", tree["seminar"], "da"))
        assert ahead.render_ahead.call()["kept"] == 1
        assert len(renders) == 1

    def test_an_unpublished_page_is_not_rendered(self, client, tree, renders):
        download(client, handout_url("seminar", tree["seminar"], "da"))
        tree["seminar"].unpublish()
        assert ahead.render_ahead.call()["gone"] == 1
        assert len(renders) == 1

    def test_a_publish_during_the_run_stops_it(self, client, tree, renders, monkeypatch):
        for language_code in ("da", "en", "uk"):
            download(client, handout_url("case-study", tree["case_study"], language_code))
        bump_generation()
        real = keeping.kept_or_made

        def rendered_then_published(*args, **kwargs):
            kept = real(*args, **kwargs)
            bump_generation()  # an editor publishes while the worker renders
            return kept

        monkeypatch.setattr(ahead, "kept_or_made", rendered_then_published)
        result = ahead.render_ahead.call()
        assert result["rendered"] == 1
        assert result["stopped"] == "published again meanwhile"

    def test_a_long_run_hands_the_rest_to_a_new_task(self, client, tree, renders, settings, monkeypatch):
        for language_code in ("da", "en"):
            download(client, handout_url("case-study", tree["case_study"], language_code))
        bump_generation()
        settings.TASKS = DUMMY
        clock = iter([0, 0, ahead.RUN_SECONDS + 1, ahead.RUN_SECONDS + 1])
        monkeypatch.setattr(ahead.time, "monotonic", lambda: next(clock))
        result = ahead.render_ahead.call()
        assert result["rendered"] == 1
        assert result["stopped"] == "continued in a new task"
        assert len(queued()) == 1

    def test_a_failed_rendering_does_not_stop_the_others(self, client, tree, renders, monkeypatch):
        download(client, handout_url("seminar", tree["seminar"], "da"))
        download(client, handout_url("case-study", tree["case_study"], "da"))
        bump_generation()
        real = ahead.render_asked
        calls = []

        def font_missing_first(key, asked):
            calls.append(key)
            if len(calls) == 1:
                raise OSError("a font file could not be read")
            return real(key, asked)

        monkeypatch.setattr(ahead, "render_asked", font_missing_first)
        result = ahead.render_ahead.call()
        assert (result["failed"], result["rendered"]) == (1, 1)

    def test_https_behind_a_proxy_and_a_port_are_asked_again_as_they_were(self, settings):
        settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
        settings.ALLOWED_HOSTS = ["portal.example"]
        request = ahead.request_for({"host": "portal.example:8443", "scheme": "https"})
        assert (request.get_host(), request.scheme, request.get_port()) == (
            "portal.example:8443",
            "https",
            "8443",
        )
        plain = ahead.request_for({"host": "portal.example", "scheme": "http"})
        assert (plain.get_host(), plain.scheme, plain.get_port()) == ("portal.example", "http", "80")


class TestQueued:
    def test_a_publish_queues_one_run_after_the_commit(
        self, client, tree, renders, settings, django_capture_on_commit_callbacks
    ):
        download(client, handout_url("seminar", tree["seminar"], "da"))
        settings.TASKS = DUMMY
        with django_capture_on_commit_callbacks(execute=True):
            publish_library(tree, "Dokk1")
            tree["case_study"].save_revision().publish()
            assert queued() == []
        [result] = queued()
        assert result.task.run_after > timezone.now()

    def test_a_backend_that_cannot_wait_renders_nothing_in_the_publishing_request(
        self, client, tree, renders, django_capture_on_commit_callbacks
    ):
        download(client, handout_url("municipality", tree["municipality"], "da"))
        with django_capture_on_commit_callbacks(execute=True):
            publish_library(tree, "Dokk1")
        assert len(renders) == 1

    def test_nothing_is_queued_before_anyone_asked_for_a_handout(
        self, tree, settings, django_capture_on_commit_callbacks
    ):
        settings.TASKS = DUMMY
        with django_capture_on_commit_callbacks(execute=True):
            publish_library(tree, "Dokk1")
        assert queued() == []

    def test_a_database_that_cannot_take_the_task_loses_only_the_head_start(
        self, client, tree, renders, settings, monkeypatch, caplog
    ):
        download(client, handout_url("seminar", tree["seminar"], "da"))
        settings.TASKS = DATABASE

        def table_missing(*args, **kwargs):
            raise ProgrammingError('relation "django_tasks_database_dbtaskresult" does not exist')

        monkeypatch.setattr(DBTaskResult.objects, "filter", table_missing)
        ahead.queue()
        assert "could not be queued" in caplog.text
        assert Page.objects.filter(pk=tree["seminar"].pk).exists()  # the connection still answers

    def test_a_run_already_waiting_is_not_queued_twice(self, settings):
        keeping.note_asked("key", {}, {})
        settings.TASKS = DATABASE
        ahead.queue()
        ahead.queue()
        waiting = DBTaskResult.objects.filter(task_path=ahead.render_ahead.module_path)
        assert waiting.count() == 1
        assert waiting.get().priority < 0

    def test_after_a_run_has_started_a_publish_queues_the_next(self, settings):
        keeping.note_asked("key", {}, {})
        settings.TASKS = DATABASE
        ahead.queue()
        DBTaskResult.objects.update(status="RUNNING")
        ahead.queue()
        assert DBTaskResult.objects.filter(task_path=ahead.render_ahead.module_path).count() == 2
