"""Redis fault: take the cache server away during a load run, bring it back, and watch the site.

Runs its own redis-server (127.0.0.1, the first free port from 6391, nothing saved to disk), so the shared
Redis on 6379 is never touched, and serves a copy of bench_small (`bench_redis_fault` on the shared
PostgreSQL, so the forms sent here land in no other script's database) with the production settings and
the page cache on. Two outages of --outage seconds under a load mix of every page type, the API and the
sitemap:

1. *restarted empty*: Redis killed and started again with no data, as after a crash or a restart;
2. *paused*: Redis stopped (SIGSTOP) and resumed (SIGCONT) with its data, as a frozen or overloaded
   server or a network fault: the case where a page cached before the outage could come back.

Before, during and after each, public forms are sent (an actor suggestion, a message to an actor, a seminar
registration), and during each an editor publishes a change to a municipality page through the admin.
Passes when
- no response is 500 or more and no connection fails,
- every valid submission is accepted and stored,
- every answer of that page from Redis's return on shows the change (no page from before the outage), and
- pages are served from the page cache again within 2 s of Redis's return.
It prints the latency before, during and after each outage, and what the workers logged.

    python -m bench.redis_fault [--outage 10]
"""

import argparse
import http.client
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from html.parser import HTMLParser
from pathlib import Path

from bench import loadgen
from bench.common import (
    SMALL_DB,
    Gunicorn,
    ensure_database,
    environment,
    manage,
    median,
    page_urls,
    percentile,
    psql,
    say,
    setup_django,
)
from bench.two_instances import Browser, FormFields

DATABASE = "bench_redis_fault"
PORT = 8706
REDIS_PORTS = range(6391, 6399)
EDITOR, PASSWORD = "bench-editor", "bench-editor-password-2026"
WARM, AFTER = 8, 12
RECOVERY_LIMIT = 2.0


class RedisServer:
    """A redis-server of this script's own, started, killed, paused and resumed by it."""

    def __init__(self, port, log):
        self.port, self.log, self.process, self.paused = port, log, None, False

    def start(self):
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ]
            + ["--dir", tempfile.gettempdir(), "--loglevel", "warning"],
            stdout=self.log,
            stderr=self.log,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as connection:
                    connection.sendall(b"PING\r\n")
                    if connection.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"redis-server on port {self.port} did not answer within 10 s")

    def kill(self):
        self.process.kill()
        self.process.wait()

    def pause(self):
        self.process.send_signal(signal.SIGSTOP)
        self.paused = True

    def resume(self):
        self.process.send_signal(signal.SIGCONT)
        self.paused = False

    def stop(self):
        if self.process and self.process.poll() is None:
            if self.paused:
                self.resume()
            self.process.terminate()
            self.process.wait(timeout=10)


def free_redis_port():
    for port in REDIS_PORTS:
        with socket.socket() as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port for redis-server in {REDIS_PORTS}")


def clone_database():
    """bench_small copied once into this script's own database."""
    ensure_database(SMALL_DB)
    if not psql(f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE}'"):
        psql(f'CREATE DATABASE "{DATABASE}"')
        pg = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
        dump = subprocess.Popen(
            ["pg_dump", "--format=custom", "--no-owner", f"{pg}/{SMALL_DB}"], stdout=subprocess.PIPE
        )
        subprocess.run(
            ["pg_restore", "--no-owner", f"--dbname={pg}/{DATABASE}"], stdin=dump.stdout, check=True
        )
        dump.wait()
    ensure_database(DATABASE)


class HiddenFields(HTMLParser):
    """The CSRF token and the signed start time a form page carries."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.fields = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("name") in ("csrfmiddlewaretoken", "started"):
            self.fields[attrs["name"]] = attrs.get("value", "")


def form_data(kind, number, run):
    """What a person would type into each public form; unique per submission (no duplicate is refused)."""
    person = {"your_name": f"Bench Tester {number}", "your_email": f"bench-{run}-{number}@example.org"}
    if kind == "suggest":
        return {
            **person,
            "name": f"Sprogcafé {run} nr. {number}",
            "sector": "association",
            "description": "Vi mødes hver tirsdag. Alle er velkomne.",
            "address": "Tordenskjoldsgade 1",
            "postcode": "8200",
            "city": "Aarhus N",
            "phone": "00 11 22 33",
            "email": "info@sprogcafe.example.org",
            "web_address": "https://sprogcafe.example.org",
            "opening_hours": "Tirsdag 17-19",
            "note": "Sendt under en test af cache-nedbrud.",
            "consent": "on",
            "website": "",
        }
    if kind == "contact":
        return {
            **person,
            "subject": "Frivillige",
            "message": "Har I plads til flere frivillige?",
            "consent": "on",
            "website": "",
        }
    return {
        "name": f"Bench Tester {number}",
        "email": f"bench-{run}-{number}@example.org",
        "organisation": "Aarhus Hovedbibliotek",
        "municipality": "751",
        "diet": "",
        "accessibility": "",
        "consent": "on",
        "website": "",
    }


def send_form(form_urls, kind, number, run):
    """GET the form and POST it as a person would; the status and whether it was accepted (a redirect)."""
    person = Browser()
    status, _location, html = person.request(PORT, "GET", form_urls[kind])
    if status != 200:
        return status, False
    hidden = HiddenFields()
    hidden.feed(html)
    fields = {**form_data(kind, number, run), **hidden.fields}
    status, location, _text = person.request(PORT, "POST", form_urls[kind], fields)
    return status, status == 302 and bool(location)


def stored_counts():
    from publicforms.models import Submission
    from seminars.models import Registration

    return {
        "suggest": Submission.objects.filter(kind=Submission.Kind.ACTOR_SUGGESTION).count(),
        "contact": Submission.objects.filter(kind=Submission.Kind.CONTACT).count(),
        "register": Registration.objects.count(),
    }


def get(path):
    """One anonymous GET: status, seconds, X-Page-Cache, body."""
    began = time.monotonic()
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        body = response.read().decode("utf-8", "replace")
        return response.status, time.monotonic() - began, response.getheader("X-Page-Cache", ""), body
    except (OSError, http.client.HTTPException):
        return "error", time.monotonic() - began, "", ""
    finally:
        connection.close()


class Editor:
    """An editor logged in to the admin, who publishes a new coordinator title on one municipality page."""

    def __init__(self, page_id):
        self.page_id, self.browser = page_id, Browser()
        self.browser.request(PORT, "GET", "/admin/login/")
        status, _location, _text = self.browser.request(
            PORT,
            "POST",
            "/admin/login/",
            {
                "csrfmiddlewaretoken": self.browser.cookies.get("csrftoken", ""),
                "username": EDITOR,
                "password": PASSWORD,
            },
        )
        if status != 302:
            raise RuntimeError(f"the editor could not log in: {status}")

    def publish(self, marker):
        status, _location, html = self.browser.request(PORT, "GET", f"/admin/pages/{self.page_id}/edit/")
        if status != 200:
            return status
        form = FormFields("page-edit-form")
        form.feed(html)
        fields = [[name, marker if name == "coordinator_title" else value] for name, value in form.fields]
        fields.append(["action-publish", "action-publish"])
        status, _location, _text = self.browser.request(
            PORT, "POST", f"/admin/pages/{self.page_id}/edit/", fields
        )
        return status


def summary(latencies):
    if not latencies:
        return "no requests"
    return (
        f"{len(latencies)} requests, median {median(latencies) * 1000:.0f} ms, "
        f"p95 {percentile(latencies, 0.95) * 1000:.0f} ms"
    )


def drill(name, take_down, bring_back, *, outage, urls, form_urls, editor, page_url, log_path, run):
    """One outage under load; returns the list of (label, passed)."""
    say(f"\n{name} (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    before_counts = stored_counts()
    log_start = log_path.stat().st_size
    stop = threading.Event()
    load, probes, sent = {}, [], []
    total = WARM + outage + AFTER
    started = time.monotonic()

    def clock():
        return time.monotonic() - started

    def probe():
        while not stop.is_set():
            status, seconds, cached, _body = get(urls[0])
            probes.append((clock(), status, seconds, cached))
            time.sleep(0.1)

    def forms(schedule):
        for number, (at, kind) in enumerate(schedule):
            while clock() < at():  # at() is infinite until the outage it counts from has begun
                time.sleep(0.05)
            status, accepted = send_form(form_urls, kind, f"{name[:1]}{number}", run)
            sent.append((clock(), kind, status, accepted))

    down_at = up_at = float("inf")
    kinds = ["suggest", "contact", "register"]
    schedule = [
        (lambda: WARM - 5, kinds[0]),
        (lambda: WARM - 3, kinds[1]),
        (lambda: down_at + 1, kinds[2]),
        (lambda: down_at + 3, kinds[0]),
        (lambda: down_at + outage - 3, kinds[1]),
        (lambda: up_at + 1, kinds[2]),
        (lambda: up_at + 4, kinds[0]),
    ]
    threads = [
        threading.Thread(
            target=lambda: load.update(
                result=loadgen.run("127.0.0.1", PORT, urls, clients=6, seconds=total, record=True)
            )
        ),
        threading.Thread(target=probe),
        threading.Thread(target=forms, args=(schedule,)),
    ]
    for thread in threads:
        thread.start()
    time.sleep(WARM)
    take_down()
    down_at = clock()
    time.sleep(outage / 2)
    marker = f"Koordinator {run} {name[:1]}"
    published = editor.publish(marker)
    time.sleep(max(0, down_at + outage - clock()))
    bring_back()
    up_at = clock()
    after_return = []
    while clock() < up_at + 5:
        status, _seconds, cached, body = get(page_url)
        after_return.append((clock(), status, cached, marker in body))
        time.sleep(0.2)
    threads[0].join()
    stop.set()
    for thread in threads[1:]:
        thread.join()

    result = load["result"]
    phases = {"before": [], "during": [], "after": []}
    for sent_at, answered, _status, _url in result.timeline:
        if sent_at < down_at:
            phases["before"].append(answered - sent_at)
        elif sent_at < up_at:
            phases["during"].append(answered - sent_at)
        elif sent_at > up_at + RECOVERY_LIMIT:
            phases["after"].append(answered - sent_at)
    statuses = [status for _s, _a, status, _u in result.timeline]
    statuses += [status for _t, status, _s, _c in probes] + [status for _t, status, _c, _m in after_return]
    statuses += [status for _t, _k, status, _a in sent] + [published]
    failed = [status for status in statuses if status == "error" or status >= 500]
    hits_after = [at for at, status, _seconds, cached in probes if at > up_at and cached == "hit"]
    recovery = (min(hits_after) - up_at) if hits_after else float("inf")
    stored = {kind: count - before_counts[kind] for kind, count in stored_counts().items()}
    accepted = sum(1 for *_rest, ok in sent if ok)
    stale = [at - up_at for at, _status, _cached, shown in after_return if not shown]
    log = log_path.read_text(errors="replace")[log_start:]
    warnings, returns = log.count("is unreachable"), log.count("answers again")

    say(
        f"Redis away from {down_at:.1f} s to {up_at:.1f} s of a {result.seconds:.0f} s run, "
        f"{result.requests} requests"
    )
    for phase, latencies in phases.items():
        say(f"  {phase:7} {summary(latencies)}")
    say(
        f"  answers >= 500: {sum(1 for status in failed if status != 'error')}, failed connections: "
        f"{failed.count('error')}, of {len(statuses)}"
    )
    say(f"  forms: {len(sent)} sent, {accepted} accepted, {sum(stored.values())} stored {stored}")
    say(f"  the workers logged {warnings} warning(s) and {returns} return line(s)")
    return [
        (
            f"{name}: no response >= 500 and no failed connection ({len(failed)} of {len(statuses)})",
            not failed,
        ),
        (
            f"{name}: every valid submission stored ({len(sent)} sent, {accepted} accepted, "
            f"{sum(stored.values())} stored)",
            accepted == len(sent) == sum(stored.values()) == len(schedule),
        ),
        (f"{name}: the editor published during the outage (answer {published})", published == 302),
        (
            f"{name}: the change is on every answer of the page after Redis returned "
            f"({len(after_return)} answers, {len(stale)} without it)",
            bool(after_return) and not stale,
        ),
        (
            f"{name}: pages served from the cache again {recovery:.2f} s after Redis returned",
            recovery <= RECOVERY_LIMIT,
        ),
    ]


def run_drills(redis_server, env, work, outage):
    """Both outages against one gunicorn; the list of (label, passed)."""
    setup_django(env)
    from directory.models import MunicipalityPage

    pages = page_urls("da")
    urls = [pages[page_type] for page_type in pages] + ["/api/v1/actors", "/api/v1/seminars"]
    municipality = next(
        page
        for page in MunicipalityPage.objects.live().filter(locale__language_code="da")
        if page.url == pages["municipality page"]
    )
    form_urls = {
        "suggest": pages["municipality page"] + "suggest/",
        "contact": pages["actor page"] + "contact/",
        "register": pages["seminar page"] + "register/",
    }
    with Gunicorn(PORT, env, workers=2, log=(work / "gunicorn.log").open("w")):
        common = {
            "outage": outage,
            "urls": urls,
            "form_urls": form_urls,
            "editor": Editor(municipality.pk),
            "page_url": pages["municipality page"],
            "log_path": work / "gunicorn.log",
            "run": uuid.uuid4().hex[:6],
        }
        return [
            *drill("restarted empty", redis_server.kill, redis_server.start, **common),
            *drill("paused", redis_server.pause, redis_server.resume, **common),
        ]


def prepare_and_run(redis_server, env, work, outage):
    manage(
        "shell",
        "-c",
        "from django.contrib.auth import get_user_model; U = get_user_model(); "
        f"u, _ = U.objects.get_or_create(username='{EDITOR}', defaults={{'email': 'bench@example.org'}}); "
        f"u.is_superuser = u.is_staff = True; u.set_password('{PASSWORD}'); u.save()",
        env=env,
        quiet=True,
    )
    return run_drills(redis_server, env, work, outage)


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--outage", type=float, default=10, help="seconds Redis stays away")
    args = parser.parse_args()
    clone_database()
    work = Path(tempfile.mkdtemp(prefix="bench-redis-fault-"))
    redis_log = (work / "redis.log").open("w")
    redis_server = RedisServer(free_redis_port(), redis_log)
    env = environment(
        DATABASE,
        cache_seconds=300,
        redis_url=f"redis://127.0.0.1:{redis_server.port}/0",
        FORM_MIN_FILL_SECONDS=0,
    )
    redis_server.start()
    try:
        results = prepare_and_run(redis_server, env, work, args.outage)
    finally:
        redis_server.stop()
    say(f"\nlogs in {work}")
    for label, ok in results:
        say(f"{'ok  ' if ok else 'FAIL'} {label}")
    sys.exit(0 if all(ok for _label, ok in results) else 1)


if __name__ == "__main__":
    main()
