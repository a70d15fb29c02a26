"""`python -m bench.versus`: the same addresses served by an earlier commit and by this checkout, in turns.

    python -m bench.versus --before REV [--database bench_national] [--rounds 5] [--requests 40] URL [URL ...]

The commit `REV` is checked out into a temporary git worktree (removed afterwards); each side is served in
a timing process of its own (bench/inprocess.py: WSGI calls of config.wsgi with the production settings,
the page cache off, the parts kept per publish in the process's memory, gzip accepted, as in
bench.compare), on the same database, and every address is timed on both sides one right after the other,
round after round, which side goes first alternating. The host's speed drifts by 1.5× from hour to hour, so
only a before and after measured this way can be compared. Both sides read one database, migrated by this
checkout, and this checkout's collected static files: a commit with another schema, or whose templates name
a static file this checkout no longer has, fails on those pages.
"""

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import NATIONAL_DB, ROOT, ensure_database, median, say
from bench.compare import Worker, spread
from bench.run import QUIET_REFERENCE_MS, reference_ms


def measure(workers, urls, args):
    """{url: {side: [median seconds per round]}}, each address on both sides in turns."""
    rows = {url: {side: [] for side in workers} for url in urls}
    for worker in workers.values():
        for url in urls:
            worker.time(url, 3)  # the first request keeps the per-publish parts, as a reader's would
    for round_number in range(1, args.rounds + 1):
        say(f"  round {round_number} of {args.rounds}")
        order = list(workers.items()) if round_number % 2 else list(reversed(workers.items()))
        for url in urls:
            for side, worker in order:
                rows[url][side].append(median(worker.time(url, args.requests)["wall"]))
    return rows


def report(rows, args, host):
    lines = [
        f"`{args.before}` beside this checkout on `{args.database}`, {args.rounds} rounds of {args.requests} "
        f"requests per address and side, in turns; host reference loop {host[0]:.0f} ms before, "
        f"{host[1]:.0f} ms after ({QUIET_REFERENCE_MS} ms when quiet).",
        "",
        "| address | before ms | after ms | after ÷ before (spread of rounds) |",
        "| --- | ---: | ---: | ---: |",
    ]
    for url, sides in rows.items():
        before, after = median(sides["before"]) * 1000, median(sides["after"]) * 1000
        ratios = [a / b for b, a in zip(sides["before"], sides["after"], strict=True)]
        lines.append(f"| {url} | {before:.3f} | {after:.3f} | **{median(ratios):.2f}×** ({spread(ratios)}) |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--before", required=True, help="the earlier commit (any git revision)")
    parser.add_argument("--database", default=NATIONAL_DB, help="built with the national sizes if missing")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--requests", type=int, default=40, help="per address, side and round")
    parser.add_argument("urls", nargs="+")
    args = parser.parse_args()

    env = ensure_database(args.database)
    with tempfile.TemporaryDirectory(prefix="bench-versus-") as folder:
        checkout = Path(folder) / "before"
        subprocess.run(
            ["git", "worktree", "add", "--detach", str(checkout), args.before], cwd=ROOT, check=True
        )
        try:
            host = [reference_ms()]
            workers = {}
            try:
                # The earlier commit's own modules only: nothing it lacks is taken from this checkout.
                workers["before"] = Worker(
                    "versus-before",
                    "config.wsgi:application",
                    {**env, "PYTHONPATH": str(checkout)},
                    cwd=checkout,
                )
                workers["after"] = Worker("versus-after", "config.wsgi:application", env, cwd=ROOT)
                rows = measure(workers, args.urls, args)
            finally:
                for worker in workers.values():
                    worker.close()
            host.append(reference_ms())
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(checkout)], cwd=ROOT, check=False)
    say("")
    say(report(rows, args, host))
    return 0


if __name__ == "__main__":
    sys.exit(main())
