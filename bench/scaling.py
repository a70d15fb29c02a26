"""`python -m bench.scaling`: every page type at national scale and with ten times the content, side by side.

Two databases filled by `generate_scale_data` with the same seed:

- `bench_national`: its default sizes, 98 municipalities, 5,000 actors, 500 case studies, 200 seminars
  (each in every language);
- `bench_tenfold` (`BENCH_TENFOLD_DB`): the same 98 municipalities (Denmark has no more) with ten times the
  rest: 50,000 actors, 5,000 case studies, 2,000 seminars. Building it takes a quarter of an hour.

Each is served in a timing process of its own (bench/inprocess.py: WSGI calls of config.wsgi, production
settings, the page cache off, the parts kept per publish in the process's memory, as in bench.compare),
and the two are timed in turns, page by page, round after round, so a change in the host's speed falls
on both. The pages are `bench.common.page_urls`' picks in each database: the municipality with the most
actors, its first actor, the first case study and seminar, the search for "bibliotek" / "مكتبة".

Goal (issue 19): no page type more than 1.2× slower with ten times the content; the same queries.

    python -m bench.scaling [--rounds 3] [--requests 10]
"""

import argparse
import json
import os
import subprocess
import sys
from datetime import date

from bench.common import (
    LANGUAGES,
    NATIONAL_DB,
    PAGE_TYPES,
    PYTHON,
    ROOT,
    ensure_database,
    median,
    say,
)
from bench.compare import HEADERS, Worker, spread
from bench.run import QUIET_REFERENCE_MS, reference_ms

TENFOLD_DB = os.environ.get("BENCH_TENFOLD_DB", "bench_tenfold")
TENFOLD_SIZES = ("--actors", "50000", "--case-studies", "5000", "--seminars", "2000")
GOAL_RATIO = 1.2
OUT = ROOT / "var" / "bench"


def urls_in(env):
    """{language: {page type: URL}} as bench.common.page_urls picks them in the database of `env`."""
    script = (
        "import json, sys; from bench.common import page_urls, setup_django; import os; "
        "setup_django(dict(os.environ)); "
        f"print(json.dumps({{language: page_urls(language) for language in {LANGUAGES!r}}}))"
    )
    output = subprocess.run(
        [PYTHON, "-c", script], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def measure(workers, urls, args):
    """{(page type, language): {side: {"ms": [medians per round], "queries": n}}}, interleaved."""
    rows = {}
    for (page_type, language), _ in _pages(urls):
        for side, worker in workers.items():
            url = urls[side][language][page_type]
            worker.time(url, 3)  # a first request keeps the per-publish parts, as a reader's would
            rows.setdefault((page_type, language), {})[side] = {"ms": [], "queries": worker.queries(url)}
    for round_number in range(1, args.rounds + 1):
        say(f"  round {round_number} of {args.rounds}")
        for (page_type, language), _ in _pages(urls):
            for side, worker in workers.items():
                answer = worker.time(urls[side][language][page_type], args.requests)
                rows[(page_type, language)][side]["ms"].append(median(answer["wall"]) * 1000)
    return rows


def _pages(urls):
    for language in LANGUAGES:
        for page_type in PAGE_TYPES:
            yield (page_type, language), urls["national"][language][page_type]


def report(rows, before, after, args):
    lines = [
        f"## {date.today():%-d %B %Y}: ten times the content (`python -m bench.scaling`)",
        "",
        f"`{NATIONAL_DB}` (98 municipalities, 5,000 actors, 500 case studies, 200 seminars) beside "
        f"`{TENFOLD_DB}` (the same 98 municipalities, 50,000 actors, 5,000 case studies, 2,000 seminars), "
        "each in every language; in process, production settings, page cache off, parts kept per publish; "
        f"{args.rounds} rounds of {args.requests} requests per page, the two databases in turns. Host speed, "
        f"reference loop: {before:.0f} ms before, {after:.0f} ms after ({QUIET_REFERENCE_MS} ms when quiet).",
        "",
        "| page type | lang | queries national / tenfold | ms national / tenfold (median of rounds) | "
        "× (spread of rounds) | goal ≤ 1.2× |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    misses = []
    for (page_type, language), sides in rows.items():
        national, tenfold = sides["national"], sides["tenfold"]
        ratios = [ten / nat for nat, ten in zip(national["ms"], tenfold["ms"], strict=True)]
        ratio = median(ratios)
        met = ratio <= GOAL_RATIO and tenfold["queries"] <= national["queries"]
        if not met:
            misses.append(f"{page_type} ({language})")
        lines.append(
            f"| {page_type} | {language} | {national['queries']} / {tenfold['queries']} | "
            f"{median(national['ms']):.1f} / {median(tenfold['ms']):.1f} | "
            f"**{ratio:.2f}×** ({spread(ratios)}) | {'met' if met else 'MISS'} |"
        )
    lines += ["", f"Misses: {', '.join(misses)}" if misses else "Every page type meets the goal.", ""]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--requests", type=int, default=10, help="per page, database and round")
    args = parser.parse_args()

    envs = {"national": ensure_database(), "tenfold": ensure_database(TENFOLD_DB, sizes=TENFOLD_SIZES)}
    urls = {side: urls_in(env) for side, env in envs.items()}
    before = reference_ms()
    say(f"host speed: reference loop {before:.0f} ms (quiet: {QUIET_REFERENCE_MS} ms)")
    workers = {side: Worker(f"scaling-{side}", "config.wsgi:application", env) for side, env in envs.items()}
    try:
        rows = measure(workers, urls, args)
    finally:
        for worker in workers.values():
            worker.close()
    after = reference_ms()
    text = report(rows, before, after, args)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "scaling.md").write_text(text, encoding="utf-8")
    say("")
    say(text)
    say(f"(written to {OUT / 'scaling.md'}; headers as browsers send them: {HEADERS})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
