"""Handouts rendered on the background worker after a publish, ahead of their next reader.

A publish starts a new generation (pagecache.generations), and every kept handout with it: before this,
the first reader of each handout after a publish waited a second or two for its rendering. Now
`pagecache.generations.content_changed` queues `render_ahead` once the change is committed, and the
worker (django-tasks, `manage.py db_worker`) renders again the handouts readers asked for lately
(handouts.keeping: at most `ASKED_MOST`, the latest first) at the addresses they were asked at, and keeps
them in the new generation. Only the handouts readers actually download are rendered, not every page in
every language and filter combination: 98 municipalities in five languages would take the worker
minutes after every publish.

- Once per burst: a publish queues the task to run `DELAY` later unless one is already waiting, so an
  editor publishing ten actors in a row causes one run, after the last.
- Mail first: the task's priority is below the outbox's (mail.outbox), and a run starts no rendering
  after `RUN_SECONDS` but queues the rest as a new task, so an e-mail that arrives meanwhile waits for at
  most those seconds and one rendering (a second or two) before the worker takes it.
- A publish during a run makes what the run has not rendered yet stale before it is kept; the run then
  stops (the publish has queued the next run) rather than render for a generation no one will read.
- A backend that cannot wait (the tests' immediate one) gets nothing queued: renderings would then run
  in the request that publishes. The handouts are rendered by their first reader instead, as before.
- The shared cache must be shared: with the in-memory cache of development, the worker process sees
  neither the handouts asked for nor its own renderings from the site's process. Nothing breaks; nothing
  is gained either.
"""

import io
import logging
import time
from datetime import timedelta

from django.conf import settings
from django.core.handlers.wsgi import WSGIRequest
from django.db import DatabaseError, transaction
from django.utils import timezone, translation
from django_tasks import task

from handouts.documents import KINDS
from handouts.keeping import asked_lately, kept_or_made
from pagecache.generations import read_stamped

logger = logging.getLogger(__name__)

# Below the outbox's priority (10) and the default (0): an e-mail or a statistics refresh goes first.
PRIORITY = -10
# Long enough to gather a burst of publishes (or of seminar registrations, which start a generation too).
DELAY = timedelta(seconds=30)
RUN_SECONDS = 5


def content_changed(sender, **kwargs):
    """Receiver of `pagecache.generations.content_changed`: queue a run once the change is committed,
    once per transaction. Django keeps no public record of pending callbacks, so the check reads
    `run_on_commit`, as cooperation.statistics.schedule_refresh does."""
    if not render_ahead.get_backend().supports_defer:
        return
    pending = transaction.get_connection().run_on_commit
    if any(callback is queue for _savepoints, callback, *_rest in pending):
        return
    transaction.on_commit(queue)


def queue(delay=DELAY):
    """Queue a run `delay` from now unless one is already waiting to start, or nothing was asked for.

    Nothing asked for: a new site, the migrations and the demo content publish hundreds of pages before
    anyone downloads a handout. A database that cannot take the task (its table not migrated yet, an
    outage right after the commit) costs only the head start: the change itself is committed.
    """
    from django_tasks import TaskResultStatus
    from django_tasks_db.backend import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    if not asked_lately():
        return
    backend = render_ahead.get_backend()
    try:
        with transaction.atomic():
            if isinstance(backend, DatabaseBackend):
                # Waiting: not started, whether its time has come or not (the queryset's ready() leaves
                # out a task whose run_after is still ahead, the one a burst of publishes should join).
                waiting = DBTaskResult.objects.filter(
                    status=TaskResultStatus.READY, task_path=render_ahead.module_path
                )
                if waiting.exists():
                    return
            render_ahead.using(run_after=timezone.now() + delay).enqueue()
    except DatabaseError:
        logger.warning("The handouts could not be queued for rendering ahead", exc_info=True)


@task(priority=PRIORITY)
def render_ahead():
    """The worker's task: render the handouts asked for lately that are not kept in this generation.

    Returns what it did, for the task's result: rendered, already kept, gone (the page was unpublished),
    failed, and whether it stopped early.
    """
    started = time.monotonic()
    done = {"rendered": 0, "kept": 0, "gone": 0, "failed": 0, "stopped": ""}
    first_generation = None
    for key, asked in asked_lately():
        generation, kept = read_stamped(key)
        if generation is None:
            done["stopped"] = "the cache cannot be reached"
            break
        if first_generation is None:
            first_generation = generation
        elif generation != first_generation:
            done["stopped"] = "published again meanwhile"
            break
        if kept is not None:
            done["kept"] += 1
            continue
        if time.monotonic() - started > RUN_SECONDS:
            queue(delay=timedelta(0))
            done["stopped"] = "continued in a new task"
            break
        try:
            outcome = render_asked(key, asked)
        except Exception:
            logger.exception("Rendering the handout %s ahead failed", key)
            outcome = "failed"
        done[outcome] += 1
    return done


def render_asked(key, asked):
    """Render and keep the handout `asked` (as handouts.views.handout noted it) under `key`."""
    from handouts.views import render_handout

    kind = KINDS[asked["kind"]]
    language_code = asked["language"]
    params = tuple(tuple(param) for param in asked["params"])
    with translation.override(language_code):
        page = kind.page_for_reader(asked["page_id"], language_code)
        if page is None:
            return "gone"
        request = request_for(asked)
        kept_or_made(key, lambda: render_handout(kind, page, params, request, language_code))
    return "rendered"


def request_for(asked):
    """A GET request for the address the handout was asked at, which is all a rendering reads of its
    request: the host and scheme of the handout's links and QR codes."""
    host = asked["host"]
    name, _colon, port = host.rpartition(":") if host.rpartition(":")[2].isdigit() else (host, "", "")
    secure = asked["scheme"] == "https"
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": "/",
        "HTTP_HOST": host,
        "SERVER_NAME": name,
        "SERVER_PORT": port or ("443" if secure else "80"),
        "wsgi.url_scheme": asked["scheme"],
        "wsgi.input": io.BytesIO(),
    }
    proxy_header = getattr(settings, "SECURE_PROXY_SSL_HEADER", None)
    if proxy_header and secure:
        environ[proxy_header[0]] = proxy_header[1]
    return WSGIRequest(environ)
