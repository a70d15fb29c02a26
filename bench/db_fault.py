"""Database fault: stop PostgreSQL during a load run, start it again, and watch the site.

Runs its own throwaway PostgreSQL cluster (initdb into /tmp, port 5440, as the postgres user) filled from
bench_small, so the shared server on 5432 is never touched. Passes when
- every request during the outage gets the friendly 503 page (no 500, no dropped connection),
- the site answers 200 again by itself within 10 s of PostgreSQL being back, and
- a public form sent during the outage tells the user to try again and stores nothing.

    python -m bench.db_fault [--outage 8]
"""

import argparse
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

from bench import loadgen
from bench.common import Gunicorn, ensure_database, environment, page_urls, psql, say, setup_django
from bench.two_instances import Browser, FormFields

PGBIN = Path("/usr/lib/postgresql/15/bin")
DATA = Path("/tmp/bench-pg5440")
PORT = 5440
PG = f"postgres://postgres@127.0.0.1:{PORT}"
DATABASE = "bench_fault"
RECOVERY_LIMIT = 10


def as_postgres(*command):
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    return subprocess.run([*prefix, *command], check=True, capture_output=True, text=True)


def pg_ctl(action):
    options = f"-p {PORT} -k /tmp -c listen_addresses=127.0.0.1"
    as_postgres(
        str(PGBIN / "pg_ctl"),
        "-D",
        str(DATA),
        "-o",
        options,
        "-l",
        str(DATA / "log"),
        "-w",
        "-m",
        "fast",
        action,
    )


def start_cluster():
    if not (DATA / "PG_VERSION").exists():
        DATA.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(DATA, "postgres", "postgres")
        as_postgres(str(PGBIN / "initdb"), "-D", str(DATA), "-A", "trust", "-U", "postgres", "--no-sync")
    # A run interrupted before its last line leaves the cluster up; it is reused as it is.
    status = PGBIN / "pg_ctl"
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if subprocess.run([*prefix, str(status), "-D", str(DATA), "status"], capture_output=True).returncode != 0:
        pg_ctl("start")
    if not psql(f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE}'", pg=PG):
        psql(f'CREATE DATABASE "{DATABASE}"', pg=PG)
        dump = subprocess.Popen(
            ["pg_dump", "--format=custom", "--no-owner", "postgres://postgres@127.0.0.1:5432/bench_small"],
            stdout=subprocess.PIPE,
        )
        subprocess.run(
            ["pg_restore", "--no-owner", f"--dbname={PG}/{DATABASE}"], stdin=dump.stdout, check=True
        )
        dump.wait()


def fill_form(html):
    """The fields of the page's public form, filled the way a person would (honeypot left empty)."""
    form = FormFields("public-form")
    form.feed(html)
    values = {
        "email": "bench@example.org",
        "postcode": "8000",
        "phone": "+45 00 00 00 00",
        "web_address": "https://example.org/",
        "website": "",
    }
    fields = []
    for name, value in form.fields:
        if name == "website":
            fields.append([name, ""])
        elif value:
            fields.append([name, value])
        else:
            fields.append([name, values.get(name, "Bench Tester, test af nedbrud")])
    return fields


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--outage", type=float, default=8, help="seconds PostgreSQL stays down")
    args = parser.parse_args()
    ensure_database("bench_small")
    start_cluster()
    env = environment(DATABASE, pg=PG, cache_seconds=0)
    setup_django(env)
    urls = [url for url in page_urls("da").values() if not url.endswith("sitemap.xml")]
    form_path = urls[2] + "suggest/"  # the municipality page's "suggest an actor" form
    submissions = lambda: int(psql("SELECT count(*) FROM home_submission", DATABASE, pg=PG))  # noqa: E731
    results = []
    with Gunicorn(8704, env, workers=2) as server:
        person = Browser()
        status, _location, html = person.request(server.port, "GET", form_path)
        fields = fill_form(html)
        before = submissions()
        time.sleep(4)  # the forms refuse what is sent faster than a person types
        load = {}
        thread = threading.Thread(
            target=lambda: load.update(
                result=loadgen.run(
                    "127.0.0.1", server.port, urls, clients=6, seconds=args.outage + 22, record=True
                )
            )
        )
        started = time.monotonic()
        thread.start()
        time.sleep(6)
        pg_ctl("stop")
        down_at = time.monotonic() - started
        time.sleep(2)
        form_status, _location, form_answer = person.request(server.port, "POST", form_path, fields)
        time.sleep(max(0, args.outage - 2))
        # Requests are judged up to the moment PostgreSQL is started: pg_ctl returns a little after the
        # server accepts connections again, and those requests are rightly answered.
        starting_at = time.monotonic() - started
        pg_ctl("start")
        up_at = time.monotonic() - started
        thread.join()
        after = submissions()
    result = load["result"]
    # Sent after PostgreSQL had stopped and answered before it was started again.
    window = [
        (status, url)
        for sent, answered, status, url in result.timeline
        if down_at < sent and answered < starting_at
    ]
    during = [status for status, _url in window]
    recovered = [sent for sent, _answered, status, _url in result.timeline if sent > up_at and status == 200]
    recovery = (min(recovered) - up_at) if recovered else float("inf")
    later = [status for sent, _answered, status, _url in result.timeline if sent > up_at + RECOVERY_LIMIT]
    outage_statuses = {status: during.count(status) for status in set(during)}
    served = sorted({url for status, url in window if status != 503})
    if served:
        say(f"answered other than 503 during the outage: {served}")
    results += [
        (f"during the outage every answer is 503: {outage_statuses}", bool(during) and set(during) == {503}),
        (f"back to 200 by itself {recovery:.1f} s after PostgreSQL restarted", recovery <= RECOVERY_LIMIT),
        (f"after recovery all answers are 200: {sorted(set(later))}", bool(later) and set(later) == {200}),
        (
            f"a form sent during the outage answers {form_status} and asks to retry",
            form_status == 503 and ("igen" in form_answer or "again" in form_answer),
        ),
        (f"nothing was stored from it (submissions {before} -> {after})", before == after),
    ]
    pg_ctl("stop")
    say(
        f"outage from {down_at:.1f} s to {up_at:.1f} s of a {result.seconds:.0f} s run, "
        f"{result.requests} requests"
    )
    for label, ok in results:
        say(f"{'ok  ' if ok else 'FAIL'} {label}")
    sys.exit(0 if all(ok for _label, ok in results) else 1)


if __name__ == "__main__":
    main()
