"""Mail fault: the mail server away, the worker killed, a slow mail server; and what publishing costs.

A real SMTP server on 127.0.0.1 (aiosmtpd, started and stopped by this script) records every message it
takes. gunicorn serves the site with the production settings and `manage.py db_worker` processes send the
outbox, against the script's own copy of the national-scale database (bench_tasks, copied from
bench_national, or built with bench_small's sizes when there is none). Passes when
1. with the mail server stopped for `--outage` (60) seconds while `--count` (200) registrations and
   messages to actors arrive, every e-mail is delivered exactly once after it returns;
2. with the worker killed (SIGKILL) in the middle of `--count` e-mails, the rest are delivered after it
   is started again, and none twice;
3. with a mail server that takes 2 s per message, a registration's POST has a p95 under 200 ms; the same
   with the work done in the request (`TASKS_BACKEND=immediate`, as before the outbox) for comparison;
4. publishing a case study in the admin is timed with everything in the request (`immediate`) and with
   the worker, side by side (reported, not judged).

    python -m bench.mail_fault [--outage 60] [--count 200] [--database bench_tasks]
"""

import argparse
import asyncio
import collections
import email
import http.client
import itertools
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

from aiosmtpd.controller import Controller

from bench.common import (
    NATIONAL_DB,
    PG,
    PYTHON,
    ROOT,
    SMALL_SIZES,
    Gunicorn,
    ensure_database,
    environment,
    manage,
    median,
    percentile,
    psql,
    say,
    setup_django,
)

DATABASE = "bench_tasks"
P95_TARGET_MS = 200
EDITOR, PASSWORD = "bench-editor", "bench-editor-password-2026"
HIDDEN = re.compile(r'<input type="hidden" name="(csrfmiddlewaretoken|started)" value="([^"]*)"')
addresses = itertools.count(1)


class Recorder:
    """aiosmtpd's handler: keeps the Message-ID of each message it takes, then answers after `delay`."""

    def __init__(self):
        self.delay = 0
        self.message_ids = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content)
        with self.lock:
            self.message_ids.append(message["Message-ID"])
        if self.delay:
            await asyncio.sleep(self.delay)
        return "250 Message accepted for delivery"

    def take(self):
        with self.lock:
            taken, self.message_ids = self.message_ids, []
        return taken


class MailServer:
    """The SMTP server on 127.0.0.1:`port`, which can be stopped (connections refused) and started again."""

    def __init__(self):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.recorder = Recorder()
        self.controller = None

    def start(self):
        self.controller = Controller(self.recorder, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


class Worker:
    """`manage.py db_worker` in a process group of its own, so SIGKILL takes all of it at once."""

    def __init__(self, env, log):
        self.env, self.log, self.process = env, log, None

    def start(self):
        command = [PYTHON, "manage.py", "db_worker", "--no-startup-delay", "--interval", "0.5"]
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=self.env, stdout=self.log, stderr=self.log, start_new_session=True
        )
        return self

    def kill(self):
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()


def request(port, method, path, fields=None, cookies=None, client=None):
    """One request as a browser behind the trusted proxy at 127.0.0.1 sends it: `client` (the
    X-Forwarded-For address) differs per person, so the forms' rate limits count each one."""
    cookies = cookies if cookies is not None else {}
    headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())}
    if client:
        headers["X-Forwarded-For"] = client
    body = None
    if fields is not None:
        body = urllib.parse.urlencode(
            fields if isinstance(fields, dict) else [tuple(pair) for pair in fields]
        )
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        headers["Referer"] = f"http://127.0.0.1:{port}{path}"
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    started = time.monotonic()
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    text = response.read().decode("utf-8", "replace")
    elapsed = time.monotonic() - started
    for header, value in response.getheaders():
        if header.lower() == "set-cookie":
            name, _sep, rest = value.partition("=")
            cookies[name] = rest.split(";")[0]
    connection.close()
    return response.status, text, elapsed


def send_form(port, path, fields):
    """Open the form as a new person, fill it in and send it: (status of the POST, its seconds)."""
    number = next(addresses)
    cookies, client = {}, f"10.{number // 65536 % 256}.{number // 256 % 256}.{number % 256}"
    _status, html, _elapsed = request(port, "GET", path, cookies=cookies, client=client)
    hidden = dict(HIDDEN.findall(html))
    status, _text, elapsed = request(port, "POST", path, {**hidden, **fields}, cookies, client)
    return status, elapsed


def registration(run, number):
    return {
        "name": f"Deltager {number}",
        "email": f"bench-{run}-{number}@example.org",
        "organisation": "Biblioteket",
        "municipality": "751",
        "consent": "on",
        "website": "",
    }


def contact(run, number):
    return {
        "your_name": f"Afsender {number}",
        "your_email": f"afsender-{run}-{number}@example.org",
        "subject": f"Spørgsmål {run}-{number}",
        "message": f"Hej, jeg vil gerne høre mere om jeres tilbud ({run}-{number}).",
        "consent": "on",
        "website": "",
    }


def form_targets():
    """(the registration form of an upcoming seminar, the contact form of an actor with an e-mail)."""
    from django.utils import timezone

    from directory.models import Actor
    from seminars.models import SeminarPage

    seminar = (
        SeminarPage.objects.live()
        .filter(locale__language_code="da", status="planned", start__gt=timezone.now())
        .filter(registration_deadline__isnull=True)
        .order_by("start")
        .first()
    )
    actor = (
        Actor.objects.filter(live=True, locale__language_code="da")
        .exclude(email="")
        .select_related("municipality")
        .order_by("pk")
        .first()
    )
    municipality = actor.municipality.specific
    return (
        seminar.url + seminar.reverse_subpage("register"),
        f"{municipality.url}{actor.slug}/contact/",
    )


def send_forms(port, targets, count, run, threads=4):
    """`count` forms, half registrations and half messages to an actor: (statuses, POST seconds)."""
    register_path, contact_path = targets

    def one(number):
        if number % 2:
            return send_form(port, contact_path, contact(run, number))
        return send_form(port, register_path, registration(run, number))

    with ThreadPoolExecutor(threads) as pool:
        results = list(pool.map(one, range(count)))
    return [status for status, _elapsed in results], [elapsed for _status, elapsed in results]


def outbox_since(started):
    from mail.models import OutboxMessage

    return OutboxMessage.objects.filter(created_at__gte=started)


def wait_until_settled(started, expected, limit, label):
    """Poll the outbox until the `expected` messages written since `started` are all settled."""
    from mail.models import UNSETTLED

    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        messages = outbox_since(started)
        if messages.count() >= expected and not messages.filter(status__in=UNSETTLED).exists():
            return True
        time.sleep(2)
    say(f"{label}: not settled within {limit} s: {status_counts(started)}")
    return False


def status_counts(started):
    return dict(collections.Counter(outbox_since(started).values_list("status", flat=True)))


def exactly_once(started, received):
    """(every stored message received, none twice, duplicates, missing)."""
    stored = set(outbox_since(started).values_list("message_id", flat=True))
    counts = collections.Counter(received)
    twice = sum(1 for count in counts.values() if count > 1)
    missing = len(stored - set(counts))
    return missing == 0 and twice == 0, twice, missing, len(stored)


def now():
    from django.utils import timezone

    return timezone.now()


def outage(args, server, env, targets, log):
    """1. The mail server stopped for `outage` seconds while the forms arrive."""
    workers = [Worker(env, log).start(), Worker(env, log).start()]
    started = now()
    server.recorder.take()
    with Gunicorn(8751, env, workers=2, log=log) as site:
        server.stop()
        stopped = time.monotonic()
        statuses, _elapsed = send_forms(site.port, targets, args.count, f"outage{int(time.time())}")
        time.sleep(max(0, args.outage - (time.monotonic() - stopped)))
        server.start()
        back = time.monotonic()
        settled = wait_until_settled(started, args.count, 900, "outage")
        took = time.monotonic() - back
    for worker in workers:
        worker.stop()
    ok, twice, missing, stored = exactly_once(started, server.recorder.take())
    sent = statuses.count(302)
    return [
        (
            f"mail server away {args.outage:.0f} s: {sent} of {args.count} forms answered 302",
            sent == args.count,
        ),
        (
            f"after it returned: {stored} stored, {stored - missing} delivered, {twice} twice, "
            f"all settled {took:.0f} s later ({status_counts(started)})",
            settled and ok and stored == args.count,
        ),
    ]


def killed_worker(args, server, env, targets, log):
    """2. The worker killed with SIGKILL in the middle of a batch, then started again. The server answers
    after `--answer-delay` seconds: the longer, the likelier the kill falls between "handed over" and the
    answer (the e-mail is then UNCONFIRMED: at most once), rather than before it (sent again: once)."""
    started = now()
    server.recorder.take()
    server.recorder.delay = args.answer_delay
    with Gunicorn(8752, env, workers=2, log=log) as site:
        statuses, _elapsed = send_forms(site.port, targets, args.count, f"kill{int(time.time())}")
    worker = Worker(env, log).start()
    while len(server.recorder.message_ids) < args.count // 3 and worker.process.poll() is None:
        time.sleep(0.01)
    worker.kill()
    at_kill = len(server.recorder.message_ids)
    restarted = Worker(env, log).start()
    settled = wait_until_settled(started, args.count, 600, "killed worker")
    restarted.stop()
    server.recorder.delay = 0
    ok, twice, missing, stored = exactly_once(started, server.recorder.take())
    counts = status_counts(started)
    again = outbox_since(started).filter(attempts__gt=1).count()
    return [
        (
            f"{statuses.count(302)} of {args.count} forms answered 302; "
            f"the worker killed after {at_kill} e-mails had arrived",
            statuses.count(302) == args.count,
        ),
        (
            f"after the restart: {stored - missing} of {stored} delivered, {twice} twice ({counts}; "
            f"{again} sent again after its lease; an UNCONFIRMED one is not resent, but listed for "
            "coordinators)",
            settled and twice == 0 and (ok or missing <= counts.get("unconfirmed", 0)),
        ),
    ]


def slow_server(args, server, env_for, targets, log):
    """3. A mail server that takes 2 s per message: the registration POST's latency, before and after."""
    server.recorder.delay = 2
    rows, results = [], []
    for label, backend, count in (
        ("in the request (before)", "immediate", 20),
        ("by the worker (now)", "database", 100),
    ):
        env = env_for(backend)
        workers = [Worker(env, log).start(), Worker(env, log).start()] if backend == "database" else []
        started = now()
        with Gunicorn(8753, env, workers=2, log=log) as site:
            run = f"slow{backend}{int(time.time())}"
            timings = [send_form(site.port, targets[0], registration(run, n)) for n in range(count)]
        milliseconds = [elapsed * 1000 for status, elapsed in timings if status == 302]
        p50, p95 = median(milliseconds), percentile(milliseconds, 0.95)
        rows.append((label, len(milliseconds), p50, p95))
        if backend == "database":
            wait_until_settled(started, count, 600, "slow server")
            results.append(
                (
                    f"registration POST p95 {p95:.0f} ms with a 2 s mail server (target < {P95_TARGET_MS})",
                    p95 < P95_TARGET_MS,
                )
            )
        for worker in workers:
            worker.stop()
    server.recorder.delay = 0
    server.recorder.take()
    for label, count, p50, p95 in rows:
        say(f"     registration POST, mail {label}: {count} sent, median {p50:.0f} ms, p95 {p95:.0f} ms")
    return results


def publishing(args, env_for, log):
    """4. Publishing a case study with the admin's Publish action (the bulk action, which publishes its
    latest revision as the edit view's Publish does; the edit form itself is built by JavaScript), median
    of 5 after a first request: everything in the request, or what can wait left to the worker."""
    from casestudies.models import CaseStudyPage

    page = CaseStudyPage.objects.live().filter(locale__language_code="da").order_by("path").first()
    path = f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}&next=/admin/"
    rows = []
    for label, backend in (
        ("everything in the request (before)", "immediate"),
        ("with the worker (now)", "database"),
    ):
        env = env_for(backend)
        worker = Worker(env, log).start() if backend == "database" else None
        with Gunicorn(8754, env, workers=1, log=log) as site:
            cookies = {}
            request(site.port, "GET", "/admin/login/", cookies=cookies)
            login = {
                "csrfmiddlewaretoken": cookies.get("csrftoken", ""),
                "username": EDITOR,
                "password": PASSWORD,
            }
            request(site.port, "POST", "/admin/login/", login, cookies)
            timings = []
            for number in range(6):
                _status, html, _elapsed = request(site.port, "GET", path, cookies=cookies)
                fields = dict(HIDDEN.findall(html))
                status, _text, elapsed = request(site.port, "POST", path, fields, cookies)
                if status != 302:
                    say(f"     publish answered {status}")
                if number:  # the first request of a fresh worker process pays for imports
                    timings.append(elapsed * 1000)
        if worker is not None:
            worker.stop()
        rows.append((label, median(timings), max(timings)))
    return [
        (f"publishing a case study, {label}: median {p50:.0f} ms, slowest {slowest:.0f} ms", True)
        for label, p50, slowest in rows
    ]


def ensure_copy(database):
    """The script's own database: a copy of bench_national if there is one, else generated small."""
    exists = "SELECT 1 FROM pg_database WHERE datname = '{}'"
    if not psql(exists.format(database)) and psql(exists.format(NATIONAL_DB)):
        psql(f'CREATE DATABASE "{database}"')
        dump = subprocess.Popen(
            ["pg_dump", "--format=custom", "--no-owner", f"{PG}/{NATIONAL_DB}"], stdout=subprocess.PIPE
        )
        subprocess.run(
            ["pg_restore", "--no-owner", f"--dbname={PG}/{database}"], stdin=dump.stdout, check=True
        )
        dump.wait()
    ensure_database(database, sizes=SMALL_SIZES)


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--outage", type=float, default=60, help="seconds the mail server stays away")
    parser.add_argument("--count", type=int, default=200, help="forms sent in each of the first two drills")
    parser.add_argument("--database", default=DATABASE)
    parser.add_argument("--drills", default="1234", help="which drills to run, e.g. 14")
    parser.add_argument("--answer-delay", type=float, default=0, help="drill 2: the server's answer, seconds")
    args = parser.parse_args()
    ensure_copy(args.database)
    server = MailServer()

    def env_for(backend):
        return environment(
            args.database,
            EMAIL_URL=f"smtp://127.0.0.1:{server.port}",
            TRUSTED_PROXIES="127.0.0.1",
            FORM_MIN_FILL_SECONDS=0,
            TASKS_BACKEND=backend,
        )

    env = env_for("database")
    setup_django(env)
    manage(
        "shell",
        "-c",
        "from django.contrib.auth import get_user_model; U = get_user_model(); "
        f"u, _ = U.objects.get_or_create(username='{EDITOR}', defaults={{'email': 'bench@example.org'}}); "
        f"u.is_superuser = u.is_staff = True; u.set_password('{PASSWORD}'); u.save()",
        env=env,
    )
    targets = form_targets()
    say(f"forms: {targets[0]} and {targets[1]}; mail server on 127.0.0.1:{server.port}")
    results = []
    with open(ROOT / "var" / "mail_fault.log", "w") as log:
        server.start()
        try:
            for label, drill in (
                ("1. mail server away", lambda: outage(args, server, env, targets, log)),
                ("2. worker killed", lambda: killed_worker(args, server, env, targets, log)),
                ("3. slow mail server", lambda: slow_server(args, server, env_for, targets, log)),
                ("4. publishing a case study", lambda: publishing(args, env_for, log)),
            ):
                if label[0] not in args.drills:
                    continue
                say(label)
                for line, ok in drill():
                    say(f"  {'ok  ' if ok else 'FAIL'} {line}")
                    results.append(ok)
        finally:
            server.stop()
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
