"""`make bench-compare`: the portal beside wagtail/bakerydemo, and page-cache hits beside hello-world apps.

The portal at national scale (`bench_national`, built by `generate_scale_data` with its defaults, as
bench/run.py builds it) against the official Wagtail demo from a checkout the user passes, on the same
machine in the same minutes: every page type in Danish and Arabic against bakerydemo's comparable page
(detail ↔ a bread page, listing ↔ the breads index, home ↔ home, search ↔ search), in interleaved pairs,
in process (a WSGI call of each site's application, warm, in a process of its own) and over HTTP (gunicorn
with 2 sync workers each, `wrk`). Both run their production settings on PostgreSQL, page cache off.

Then page-cache hits (the portal with its page cache in Redis) against hello-world applications under the
same gunicorn settings: a bare WSGI app (the server's limit) and a one-view Django project, interleaved
with hits served in front of Django (config/wsgi.py, pagecache/wsgi.py) and hits served by the middleware
alone (Django's own handler, as before issue 19).

The host's speed (bench/run.py `reference_ms`) is printed before and after: this kind of machine changes
speed by 1.5× from minute to minute, which is why every ratio comes from measurements taken one right
after the other and the headline is the ratios, not the raw numbers.

bakerydemo is installed apart from the project, never committed (docs/performance.md, "Comparing with
bakerydemo"): its checkout (`--bakerydemo DIR`), a virtualenv with Wagtail 8.0.x, Django 5.2 and gunicorn
(`--bakerydemo-python`, default DIR/../bakerydemo-venv/bin/python), and its own database (created,
migrated and filled with `load_initial_data` when missing). Its figures of each run are written to
bench/bakerydemo-figures.json; without `--bakerydemo` the portal is compared with those last recorded
figures, not interleaved, and the report says so.

    python -m bench.compare [--bakerydemo DIR] [--rounds 3] [--requests 10] [--seconds 3]
"""

import argparse
import datetime
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path
from urllib.parse import quote

from bench import loadgen
from bench.common import (
    LANGUAGES,
    PG,
    PYTHON,
    ROOT,
    Gunicorn,
    ensure_database,
    environment,
    median,
    page_urls,
    psql,
    say,
    setup_django,
)
from bench.run import QUIET_REFERENCE_MS, reference_ms

FIGURES = ROOT / "bench" / "bakerydemo-figures.json"
OUT = ROOT / "var" / "bench"
REDIS_URL = os.environ.get("BENCH_COMPARE_REDIS", "redis://127.0.0.1:6379/12")
BAKERYDEMO_DB = os.environ.get("BENCH_BAKERYDEMO_DB", "bakerydemo_bench")
# Our page types and the kind of bakerydemo page each is compared with.
COMPARABLE = {
    "home": "home",
    "municipality index": "listing",
    "case-study index": "listing",
    "seminar index": "listing",
    "municipality page": "detail",
    "actor page": "detail",
    "case-study page": "detail",
    "seminar page": "detail",
    "search": "search",
}
BAKERYDEMO_PAGES = {
    "home": "/",
    "listing": "/breads/",
    "detail": "/breads/anadama-bread/",
    "search": "/search/?q=bread",
}
# The portal's goal (issue 19): at most 0.8× the time of bakerydemo's comparable page, in process and
# over HTTP; cache hits at least half the hello-world Django app's requests per second.
GOAL_TIME_RATIO = 0.8
GOAL_HIT_RATIO = 0.5
HIT_PAGES = [("home", "da"), ("municipality page", "ar"), ("actor page", "da")]
HIT_CYCLES = 3
# Both sites are asked for compressed pages, as browsers ask.
HEADERS = {"HTTP_ACCEPT_ENCODING": "gzip"}
PORTS = {"ours": 8711, "bakerydemo": 8712, "before": 8713, "after": 8714, "wsgi": 8715, "django": 8716}


def on_the_wire(url):
    """The URL as a client sends it: anything outside ASCII percent-encoded, what is encoded left alone."""
    return quote(url, safe="/?&=%:+;,@!$'()*~")


def ratio(ours, theirs):
    return ours / theirs if theirs else float("nan")


def spread(values):
    return f"{min(values):.2f}–{max(values):.2f}" if len(values) > 1 else f"{values[0]:.2f}"


# --- The processes that time requests ------------------------------------------------------------


class Worker:
    """A process of its own that times WSGI calls of one application (bench/inprocess.py)."""

    def __init__(self, name, app, env, *, python=PYTHON, cwd=ROOT):
        OUT.mkdir(parents=True, exist_ok=True)
        self.name = name
        self.log = open(OUT / f"compare-{name}.log", "w")  # noqa: SIM115 (closed in close())
        self.process = subprocess.Popen(
            [python, str(ROOT / "bench" / "inprocess.py"), app],
            cwd=cwd,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.log,
            text=True,
            bufsize=1,
        )
        self._answer()

    def _answer(self):
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"{self.name}: the timing process ended; see {self.log.name}")
        return json.loads(line)

    def ask(self, **command):
        self.process.stdin.write(json.dumps(command) + "\n")
        return self._answer()

    def time(self, url, n):
        answer = self.ask(op="time", url=url, n=n, headers=HEADERS)
        if answer["status"] != 200:
            raise RuntimeError(f"{self.name} {url}: {answer['status']}")
        return answer

    def queries(self, url):
        return self.ask(op="queries", url=url, headers=HEADERS)["queries"]

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=30)
        self.log.close()


def throughput(url, args):
    """Requests per second over `args.seconds`, `args.connections` connections (wrk, else bench.loadgen)."""
    if shutil.which("wrk"):
        output = subprocess.run(
            [
                "wrk",
                f"-t{args.threads}",
                f"-c{args.connections}",
                f"-d{args.seconds}s",
                "--timeout",
                "10s",
                "-H",
                "Accept-Encoding: gzip",
                url,
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
        bad = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
        errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
        failed = (int(bad.group(1)) if bad else 0) + (sum(map(int, errors.groups())) if errors else 0)
    else:
        host_port, path = url.removeprefix("http://").split("/", 1)
        host, port = host_port.split(":")
        result = loadgen.run(host, int(port), ["/" + path], clients=args.connections, seconds=args.seconds)
        rps = result.summary()["rps"]
        failed = result.errors + sum(count for status, count in result.statuses.items() if status != 200)
    if failed:
        say(f"  warning: {failed} failed answers from {url}")
    return rps


# --- bakerydemo ------------------------------------------------------------------------------------


def bakerydemo_environment(directory, clean_env):
    env = dict(clean_env)
    for name in ("REDIS_URL", "REDIS_TLS_URL", "DJANGO_SETTINGS_MODULE", "PYTHONPATH"):
        env.pop(name, None)
    env.update(
        DJANGO_SETTINGS_MODULE="bakerydemo.settings.production",
        DATABASE_URL=f"{PG}/{BAKERYDEMO_DB}",
        DJANGO_SECRET_KEY="bench-only-bakerydemo-secret-key-0123456789abcdef",
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        SECURE_SSL_REDIRECT="false",
        SECURE_HSTS_SECONDS="0",
        PYTHONPATH=str(directory),
    )
    return env


def ensure_bakerydemo(directory, python, env):
    """bakerydemo's database, migrated and with its demo content, and its static files collected."""

    def manage(*command):
        done = subprocess.run(
            [python, "manage.py", *command], cwd=directory, env=env, capture_output=True, text=True
        )
        if done.returncode:
            raise RuntimeError(f"bakerydemo manage.py {' '.join(command)} failed:\n{done.stderr[-3000:]}")

    if not psql(f"SELECT 1 FROM pg_database WHERE datname = '{BAKERYDEMO_DB}'"):
        psql(f'CREATE DATABASE "{BAKERYDEMO_DB}"')
    manage("migrate", "--no-input", "-v0")
    if int(psql("SELECT count(*) FROM wagtailcore_page", BAKERYDEMO_DB)) < 3:
        manage("load_initial_data")
    manage("collectstatic", "--no-input", "-v0")


def bakerydemo_version(directory, python):
    commit = subprocess.run(
        ["git", "-C", str(directory), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    versions = subprocess.run(
        [python, "-c", "import django, wagtail; print(django.get_version(), wagtail.__version__)"],
        capture_output=True,
        text=True,
    ).stdout.split()
    return {"commit": commit or "unknown", "django": versions[0], "wagtail": versions[1]}


# --- The measurements ------------------------------------------------------------------------------


def pairs(urls):
    """(page type, language, our URL, bakerydemo page kind) for every compared page."""
    return [
        (page_type, language, urls[language][page_type], COMPARABLE[page_type])
        for page_type in COMPARABLE
        for language in LANGUAGES
    ]


def in_process(ours, reference, compared, args):
    """Median ms of each side and the ratio per round, the two sides timed one right after the other."""
    rows = {
        (page_type, language): {"ours": [], "theirs": [], "ratios": []}
        for page_type, language, *_ in compared
    }
    for round_number in range(args.rounds):
        for page_type, language, url, kind in compared:
            row = rows[(page_type, language)]
            timed = {}
            order = [("ours", ours, url), ("theirs", reference, BAKERYDEMO_PAGES[kind])]
            for side, worker, address in order if round_number % 2 == 0 else reversed(order):
                timed[side] = worker.time(address, args.requests)["wall"]
                row[side] += timed[side]
            row["ratios"].append(median(timed["ours"]) / median(timed["theirs"]))
        say(f"  in process: round {round_number + 1} of {args.rounds}")
    return rows


def over_http(servers, compared, args):
    rows = {
        (page_type, language): {"ours": [], "theirs": [], "ratios": []}
        for page_type, language, *_ in compared
    }
    for round_number in range(args.rounds):
        for page_type, language, url, kind in compared:
            row = rows[(page_type, language)]
            measured = {}
            order = [
                ("ours", servers["ours"], url),
                ("theirs", servers["bakerydemo"], BAKERYDEMO_PAGES[kind]),
            ]
            for side, server, address in order if round_number % 2 == 0 else reversed(order):
                measured[side] = throughput(server.url + on_the_wire(address), args)
                row[side].append(measured[side])
            row["ratios"].append(ratio(measured["ours"], measured["theirs"]))
        say(f"  over HTTP: round {round_number + 1} of {args.rounds}")
    return rows


def hits(urls, servers, workers, args):
    """Page-cache hits and the hello-world apps, interleaved: requests/s over HTTP and µs in process.

    Over HTTP in short cycles (1 s of each side, the order swapped every cycle), so that the host's speed
    changes as little as possible within the measurements a ratio is made of.
    """
    sides = ["wsgi", "django", "before", "after"]
    http = {side: [] for side in sides}
    ratios = {side: [] for side in [*sides, "wsgi_after", "wsgi_before"]}
    micro = {side: [] for side in sides}
    hit_urls = [urls[language][page_type] for page_type, language in HIT_PAGES]
    short = argparse.Namespace(**{**vars(args), "seconds": 1})
    for round_number in range(args.rounds):
        for url in hit_urls:
            for cycle in range(HIT_CYCLES):
                measured = {}
                for side in sides if (round_number + cycle) % 2 == 0 else reversed(sides):
                    address = url if side in ("before", "after") else "/"
                    measured[side] = throughput(servers[side].url + on_the_wire(address), short)
                    http[side].append(measured[side])
                for side in sides:
                    ratios[side].append(ratio(measured[side], measured["django"]))
                ratios["wsgi_after"].append(ratio(measured["after"], measured["wsgi"]))
                ratios["wsgi_before"].append(ratio(measured["before"], measured["wsgi"]))
            for side in sides:
                address = url if side in ("before", "after") else "/"
                micro[side] += workers[side].time(address, args.requests * 20)["wall"]
        say(f"  cache hits: round {round_number + 1} of {args.rounds}")
    return http, ratios, micro


# --- The report ------------------------------------------------------------------------------------


def comparison_table(compared, timings, http, queries, *, recorded=None):
    lines = [
        "| our page | lang | bakerydemo page | queries ours / theirs | in process ms ours / theirs "
        "| time ratio | HTTP req/s ours / theirs | req/s ratio | goal |",
        "| --- | --- | --- | --- | --- | ---: | --- | ---: | --- |",
    ]
    misses = []
    for page_type, language, _url, kind in compared:
        key = (page_type, language)
        row, served = timings[key], http.get(key)
        if recorded is None:
            ours_ms, theirs_ms = median(row["ours"]) * 1000, median(row["theirs"]) * 1000
            time_ratios = row["ratios"]
            ours_rps = median(served["ours"]) if served else None
            theirs_rps = median(served["theirs"]) if served else None
            rps_ratios = served["ratios"] if served else None
        else:
            ours_ms, theirs_ms = median(row["ours"]) * 1000, recorded[kind]["in_process_ms"]
            time_ratios = [ours_ms / theirs_ms]
            ours_rps = median(served["ours"]) if served else None
            theirs_rps = recorded[kind]["http_rps"]
            rps_ratios = [ours_rps / theirs_rps] if served else None
        time_ratio = median(time_ratios)
        rps_ratio = median(rps_ratios) if rps_ratios else None
        met = time_ratio <= GOAL_TIME_RATIO and (rps_ratio is None or rps_ratio >= 1 / GOAL_TIME_RATIO)
        if not met:
            misses.append(f"{page_type} ({language})")
        http_cells = (
            f"{ours_rps:.0f} / {theirs_rps:.0f} | **{rps_ratio:.2f}×** ({spread(rps_ratios)})"
            if rps_ratio is not None
            else "– | –"
        )
        lines.append(
            f"| {page_type} | {language} | {BAKERYDEMO_PAGES[kind]} | {queries.get(key, '–')} / "
            f"{queries.get(kind, '–')} | {ours_ms:.1f} / {theirs_ms:.1f} | **{time_ratio:.2f}×** "
            f"({spread(time_ratios)}) | {http_cells} | {'met' if met else 'MISS'} |"
        )
    return lines, misses


def hits_table(http, ratios, micro):
    names = {
        "wsgi": "hello-world WSGI app",
        "django": "hello-world Django app (startproject middleware, one view)",
        "before": "page-cache hit through the middleware chain (Django's handler; before)",
        "after": "page-cache hit in front of Django (config/wsgi.py; after)",
    }
    lines = [
        "| served | HTTP req/s (median) | × hello-world Django | × hello-world WSGI "
        "| in process µs (median) |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for side, name in names.items():
        versus_wsgi = {"after": ratios["wsgi_after"], "before": ratios["wsgi_before"]}.get(side)
        lines.append(
            f"| {name} | {median(http[side]):.0f} | {median(ratios[side]):.2f} ({spread(ratios[side])}) "
            f"| {f'{median(versus_wsgi):.2f} ({spread(versus_wsgi)})' if versus_wsgi else '–'} "
            f"| {median(micro[side]) * 1e6:.0f} |"
        )
    return lines


def theirs(rows, kind):
    """bakerydemo's median for a kind of page, over every pair it was measured in."""
    return median(
        [
            value
            for (page_type, _language), row in rows.items()
            if COMPARABLE[page_type] == kind
            for value in row["theirs"]
        ]
    )


def machine():
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        platform.processor(),
    )
    return f"{os.cpu_count()} vCPUs ({model}), Python {platform.python_version()}"


# --- Main ------------------------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--bakerydemo", type=Path, help="a checkout of wagtail/bakerydemo")
    parser.add_argument(
        "--bakerydemo-python", help="its virtualenv's python (default DIR/../bakerydemo-venv)"
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--requests", type=int, default=10, help="in process, per page and round")
    parser.add_argument("--seconds", type=int, default=3, help="over HTTP, per page and round")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--threads", type=int, default=2, help="wrk's threads")
    args = parser.parse_args()

    clean_env = dict(os.environ)
    reference = None
    if args.bakerydemo:
        directory = args.bakerydemo.resolve()
        python = args.bakerydemo_python or str(directory.parent / "bakerydemo-venv" / "bin" / "python")
        if not Path(python).exists() or not (Path(python).parent / "gunicorn").exists():
            sys.exit(f"No {python} with gunicorn: install bakerydemo's virtualenv (docs/performance.md).")
        bakery_env = bakerydemo_environment(directory, clean_env)
        say(f"bakerydemo at {directory}: database {BAKERYDEMO_DB}")
        ensure_bakerydemo(directory, python, bakery_env)
        reference = {"directory": directory, "python": python, "env": bakery_env}
    elif FIGURES.exists():
        recorded = json.loads(FIGURES.read_text(encoding="utf-8"))
        say(
            "No --bakerydemo: comparing with bakerydemo's figures recorded on "
            f"{recorded['date']} ({FIGURES.name})."
        )
    else:
        sys.exit(f"Pass --bakerydemo DIR: there are no recorded figures ({FIGURES}) to compare with.")

    env = ensure_database()
    setup_django(env)
    urls = {language: page_urls(language) for language in LANGUAGES}
    compared = pairs(urls)
    cached_env = environment(cache_seconds=300, redis_url=REDIS_URL)
    hello_env = {**clean_env, "PYTHONPATH": str(ROOT)}
    hello_env.pop("DJANGO_SETTINGS_MODULE", None)

    before = reference_ms()
    say(f"host speed: reference loop {before:.0f} ms (quiet: {QUIET_REFERENCE_MS} ms)")
    workers = {
        "ours": Worker("ours", "config.wsgi:application", env),
        "before": Worker("before", "django.core.wsgi:get_wsgi_application()", cached_env),
        "after": Worker("after", "config.wsgi:application", cached_env),
        "wsgi": Worker("wsgi", "bench.hello:application", hello_env),
        "django": Worker("django", "bench.hello:django_application()", hello_env),
    }
    # The same gunicorn settings for every server: its defaults and 2 sync workers, not the project's
    # gunicorn.conf.py (an access log line per request, workers recycled every 1,000 requests).
    config = OUT / "gunicorn-compare.conf.py"
    config.write_text('"""bench/compare.py: gunicorn\'s defaults for every server."""\n', encoding="utf-8")
    same = {"config": config}
    servers = {
        "ours": Gunicorn(PORTS["ours"], env, **same),
        "before": Gunicorn(
            PORTS["before"], cached_env, app="django.core.wsgi:get_wsgi_application()", **same
        ),
        "after": Gunicorn(PORTS["after"], cached_env, **same),
        "wsgi": Gunicorn(PORTS["wsgi"], hello_env, app="bench.hello:application", probe="/", **same),
        "django": Gunicorn(
            PORTS["django"], hello_env, app="bench.hello:django_application()", probe="/", **same
        ),
    }
    if reference:
        workers["bakerydemo"] = Worker(
            "bakerydemo",
            "bakerydemo.wsgi:application",
            reference["env"],
            python=reference["python"],
            cwd=reference["directory"],
        )
        servers["bakerydemo"] = Gunicorn(
            PORTS["bakerydemo"],
            reference["env"],
            app="bakerydemo.wsgi:application",
            cwd=reference["directory"],
            gunicorn=str(Path(reference["python"]).parent / "gunicorn"),
            probe="/",
            **same,
        )
    try:
        for server in servers.values():
            server.__enter__()
        say("warming up")
        queries = {}
        for page_type, language, url, _kind in compared:
            workers["ours"].time(url, 3)
            queries[(page_type, language)] = workers["ours"].queries(url)
            throughput_args = argparse.Namespace(**{**vars(args), "seconds": 1})
            throughput(servers["ours"].url + on_the_wire(url), throughput_args)
        for page_type, language in HIT_PAGES:
            url = urls[language][page_type]
            for side in ("before", "after"):
                workers[side].time(url, 3)
                for _request in range(4):
                    urllib.request.urlopen(
                        urllib.request.Request(
                            servers[side].url + on_the_wire(url), headers={"Accept-Encoding": "gzip"}
                        ),
                        timeout=60,
                    ).read()
                if workers[side].time(url, 1)["cache"] != "hit":
                    raise RuntimeError(
                        f"{side}: {url} is not served from the page cache (Redis at {REDIS_URL}?)"
                    )
        if reference:
            for kind, url in BAKERYDEMO_PAGES.items():
                workers["bakerydemo"].time(url, 3)
                queries[kind] = workers["bakerydemo"].queries(url)
                throughput(
                    servers["bakerydemo"].url + url, argparse.Namespace(**{**vars(args), "seconds": 1})
                )

        if reference:
            timings = in_process(workers["ours"], workers["bakerydemo"], compared, args)
            http = over_http(servers, compared, args)
        else:
            timings = {
                (page_type, language): {
                    "ours": workers["ours"].time(url, args.requests * args.rounds)["wall"]
                }
                for page_type, language, url, _kind in compared
            }
            http = {
                (page_type, language): {"ours": [throughput(servers["ours"].url + on_the_wire(url), args)]}
                for page_type, language, url, _kind in compared
            }
        hit_http, hit_ratios, hit_micro = hits(urls, servers, workers, args)
    finally:
        for server in servers.values():
            if server.process is not None:
                server.__exit__()
        for worker in workers.values():
            worker.close()
    after = reference_ms()
    say(f"host speed: reference loop {after:.0f} ms")

    today = datetime.date.today().isoformat()
    if reference:
        version = bakerydemo_version(reference["directory"], reference["python"])
        figures = {
            "date": today,
            "host_reference_ms": [round(before), round(after)],
            "bakerydemo": version,
            **{
                kind: {
                    "url": url,
                    "queries": queries[kind],
                    "in_process_ms": round(theirs(timings, kind) * 1000, 2),
                    "http_rps": round(theirs(http, kind), 1),
                }
                for kind, url in BAKERYDEMO_PAGES.items()
            },
        }
        FIGURES.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
        table, misses = comparison_table(compared, timings, http, queries)
        heading = (
            f"bakerydemo {version['commit']} on Wagtail {version['wagtail']} / Django {version['django']}, "
            "interleaved with the portal in the same minutes"
        )
    else:
        for kind in BAKERYDEMO_PAGES:
            queries[kind] = recorded[kind]["queries"]
        table, misses = comparison_table(compared, timings, http, queries, recorded=recorded)
        heading = (
            f"NOT interleaved: bakerydemo's figures recorded on {recorded['date']} (host reference loop "
            f"then {recorded['host_reference_ms'][0]}–{recorded['host_reference_ms'][1]} ms); read the "
            "ratios as ±30 %"
        )
    if reference:
        method = (
            f"{args.rounds} round(s); each times our page and bakerydemo's one right after the other (the "
            f"order swapped every round): {args.requests} warm WSGI calls each in process (median), "
            f"{args.seconds:g} s of `wrk` with {args.connections} connections over HTTP against gunicorn "
            "with 2 sync workers each. Time ratio: our median time ÷ bakerydemo's (goal ≤ 0.80); req/s "
            "ratio: ours ÷ bakerydemo's (goal ≥ 1.25); the median of the rounds' ratios, their spread in "
            "brackets."
        )
    else:
        method = (
            f"Ours only: {args.requests * args.rounds} warm WSGI calls per page in process (median), "
            f"{args.seconds:g} s of `wrk` with {args.connections} connections over HTTP against gunicorn "
            "with 2 sync workers; bakerydemo's recorded medians. Time ratio: our median time ÷ "
            "bakerydemo's (goal ≤ 0.80); req/s ratio: ours ÷ bakerydemo's (goal ≥ 1.25)."
        )
    hit_lines = hits_table(hit_http, hit_ratios, hit_micro)
    hit_ratio = median(hit_ratios["after"])
    lines = [
        f"### {today}: the portal against bakerydemo, cache hits against hello-world (`bench/compare.py`)",
        "",
        f"{machine()}; PostgreSQL on the same machine; production settings; national scale "
        f"(`generate_scale_data` defaults). {heading}. Host speed, reference loop: {before:.0f} ms before, "
        f"{after:.0f} ms after ({QUIET_REFERENCE_MS} ms when quiet).",
        "",
        method,
        "",
        *table,
        "",
        "Misses: " + ("; ".join(misses) if misses else "none"),
        "",
        f"Page-cache hits ({', '.join(f'{kind} {language}' for kind, language in HIT_PAGES)}, gzip), Redis "
        f"at {REDIS_URL}; each round serves the hello-world apps and both kinds of hit one right after the "
        f"other, 1 s each, {HIT_CYCLES} times per page and round; the median of those ratios (spread):",
        "",
        *hit_lines,
        "",
        f"Cache hits: **{hit_ratio:.2f}×** the hello-world Django app's requests/s "
        f"(goal ≥ {GOAL_HIT_RATIO}: {'met' if hit_ratio >= GOAL_HIT_RATIO else 'MISS'}).",
    ]
    text = "\n".join(lines)
    say("")
    say(text)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "compare.md").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
