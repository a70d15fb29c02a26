"""Lighthouse (mobile) on every page type, and the bytes a first visit transfers, served by gunicorn.

Runs the `lighthouse` that comes with the pinned devDependency @lhci/cli, driving Debian's Chromium
(CHROME_PATH=/usr/bin/chromium, headless, no sandbox), against the production settings: WhiteNoise serves
the static files compressed, as in production. Targets: performance >= 95, accessibility 100, and at most
350 KB transferred in all on a first visit.

    python -m bench.lighthouse [--database bench_national] [--languages da ar]
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import (
    NATIONAL_DB,
    PAGE_TYPES,
    ROOT,
    Gunicorn,
    ensure_database,
    environment,
    page_urls,
    say,
    setup_django,
)

CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
TARGETS = {"performance": 95, "accessibility": 100}
MAX_KB = 350
# Not pages a person reads: a calendar file and an XML sitemap have no Lighthouse score.
SKIPPED = {"ics feed", "sitemap"}


def audit(url, out_dir):
    report = Path(out_dir) / "report.json"
    command = [
        str(ROOT / "node_modules" / ".bin" / "lighthouse"),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={report}",
        "--only-categories=performance,accessibility",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ]
    # Once more if Chromium fails to start or connect (seen now and then on a loaded machine).
    for attempt in (1, 2):
        finished = subprocess.run(
            command,
            env={**os.environ, "CHROME_PATH": CHROME},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            timeout=180,
        )
        if finished.returncode == 0:
            break
        say(f"    lighthouse failed on {url} (attempt {attempt}): {finished.stderr.strip()[-300:]}")
    else:
        raise RuntimeError(f"lighthouse could not audit {url}")
    data = json.loads(report.read_text(encoding="utf-8"))
    scores = {name: round(category["score"] * 100) for name, category in data["categories"].items()}
    weight = data["audits"]["total-byte-weight"]
    by_type = {}
    for item in weight.get("details", {}).get("items", []):
        by_type[item["url"]] = item["totalBytes"]
    failures = [
        ref["id"]
        for ref in data["categories"]["accessibility"]["auditRefs"]
        if data["audits"][ref["id"]].get("score") == 0
    ]
    return scores, weight["numericValue"] / 1024, by_type, failures


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database", default=NATIONAL_DB)
    parser.add_argument("--languages", nargs="+", default=["da", "ar"])
    args = parser.parse_args()
    ensure_database(args.database)
    env = environment(args.database, cache_seconds=0)
    setup_django(env)
    rows, ok = [], True
    with Gunicorn(8703, env, workers=2) as server, tempfile.TemporaryDirectory() as out_dir:
        for language in args.languages:
            urls = page_urls(language)
            for page_type in PAGE_TYPES:
                if page_type in SKIPPED:
                    continue
                scores, kb, by_url, failures = audit(server.url + urls[page_type], out_dir)
                passed = kb <= MAX_KB and all(
                    scores.get(name, 0) >= target for name, target in TARGETS.items()
                )
                ok &= passed
                rows.append(
                    f"| {page_type} | {language} | {scores.get('performance')} "
                    f"| {scores.get('accessibility')} "
                    f"| {kb:.0f} | {'ok' if passed else 'MISS'} {' '.join(failures)} |"
                )
                say(rows[-1])
                biggest = sorted(by_url.items(), key=lambda item: -item[1])[:3]
                say(
                    "    largest: "
                    + ", ".join(f"{url.split('/')[-1]} {size / 1024:.0f} KB" for url, size in biggest)
                )
    say("\n| page type | lang | performance | accessibility | KB transferred | verdict |")
    say("| --- | --- | ---: | ---: | ---: | --- |")
    for row in rows:
        say(row)
    say(f"lighthouse: {'PASS' if ok else 'FAIL'} (performance >= 95, accessibility 100, <= {MAX_KB} KB)")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
