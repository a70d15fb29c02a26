"""What the bench scripts share: the environment, the database at national scale, the page URLs, gunicorn.

Every script runs against PostgreSQL on 127.0.0.1 with the production settings (so the numbers are the
production configuration's), a throwaway secret key and no HTTPS redirect, since nothing leaves this machine.
"""

import os
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
NATIONAL_DB = os.environ.get("BENCH_DB", "bench_national")
# For the fault, two-instance and backup scripts, which need a working site, not a national one.
SMALL_DB = "bench_small"
SMALL_SIZES = ("--municipalities", "10", "--actors", "200", "--case-studies", "20", "--seminars", "10")
STATIC_ROOT = Path(os.environ.get("BENCH_STATIC_ROOT", "/tmp/bench-static"))
LANGUAGES = ["da", "ar"]
PAGE_TYPES = [
    "home",
    "municipality index",
    "municipality page",
    "actor page",
    "case-study index",
    "case-study index with facets",
    "case-study page",
    "seminar index",
    "seminar page",
    "search",
    "ics feed",
    "sitemap",
]


def say(text):
    """The scripts' output is their report, so it goes to standard output as it is produced."""
    sys.stdout.write(f"{text}\n")
    sys.stdout.flush()


def environment(database=NATIONAL_DB, *, cache_seconds=0, redis_url="", pg=PG, **extra):
    """Environment variables for a process serving `database` with the production settings."""
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        DATABASE_URL=f"{pg}/{database}",
        SECRET_KEY="bench-only-secret-key-not-for-production-use-0123456789",
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        SECURE_SSL_REDIRECT="false",
        SECURE_HSTS_SECONDS="0",
        PAGE_CACHE_SECONDS=str(cache_seconds),
        STATIC_ROOT=str(STATIC_ROOT),
        REDIS_URL=redis_url,
        PYTHONPATH=str(ROOT),
    )
    env.update({key: str(value) for key, value in extra.items()})
    return env


def manage(*args, env, check=True, quiet=False):
    output = subprocess.DEVNULL if quiet else None
    return subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=check, stdout=output)


def psql(sql, database="postgres", pg=PG):
    return subprocess.run(
        ["psql", f"{pg}/{database}", "-v", "ON_ERROR_STOP=1", "-Atqc", sql],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()


def ensure_database(database=NATIONAL_DB, *, sizes=(), pg=PG):
    """Create, migrate and fill `database` with generate_scale_data unless it is there already."""
    sizes = sizes or (SMALL_SIZES if database == SMALL_DB else ())
    if not psql(f"SELECT 1 FROM pg_database WHERE datname = '{database}'", pg=pg):
        psql(f'CREATE DATABASE "{database}"', pg=pg)
    env = environment(database, pg=pg)
    manage("migrate", "--no-input", "-v0", env=env)
    filled = psql("SELECT count(*) FROM directory_municipalitypage", database, pg=pg)
    if filled == "0":
        started = time.monotonic()
        manage("generate_scale_data", *sizes, env=env)
        say(f"{database}: generated in {time.monotonic() - started:.0f} s")
    # Always: a template may name a static file added since the last run; unchanged files are skipped.
    manage("collectstatic", "--no-input", "-v0", env=env)
    return env


def percentile(values, fraction):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def median(values):
    return statistics.median(values) if values else float("nan")


class Gunicorn:
    """A gunicorn serving the site on 127.0.0.1:`port`, started and stopped by the script that needs it."""

    def __init__(
        self,
        port,
        env,
        workers=2,
        threads=1,
        log=None,
        *,
        app="config.wsgi:application",
        cwd=ROOT,
        gunicorn=None,
        probe="/robots.txt",
        config=None,
    ):
        """`app`, `cwd`, `gunicorn` (the executable) and `probe` (a URL that answers once it is up) serve
        another WSGI application the same way (bench/compare.py: the reference site, hello-world apps);
        `config` replaces the gunicorn.conf.py gunicorn otherwise reads from `cwd`."""
        self.port, self.env, self.workers, self.threads = port, env, workers, threads
        self.log = log
        self.app, self.cwd, self.probe, self.config = app, cwd, probe, config
        self.gunicorn = gunicorn or str(Path(PYTHON).parent / "gunicorn")
        self.process = None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        self.process = subprocess.Popen(
            [
                self.gunicorn,
                self.app,
                f"--bind=127.0.0.1:{self.port}",
                f"--workers={self.workers}",
                f"--threads={self.threads}",
                "--timeout=60",
                "--log-level=warning",
                *([f"--config={self.config}"] if self.config else []),
            ],
            cwd=self.cwd,
            env=self.env,
            stdout=self.log or subprocess.DEVNULL,
            stderr=self.log or subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{self.url}{self.probe}", timeout=5).read()
                return self
            except OSError as error:
                if self.process.poll() is not None:
                    message = f"gunicorn on port {self.port} exited with {self.process.returncode}"
                    raise RuntimeError(message) from error
                time.sleep(0.5)
        raise RuntimeError(f"gunicorn on port {self.port} did not answer within 60 s")

    def __exit__(self, *exc):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()

    def worker_rss_mb(self):
        """Resident memory of each worker process (children of the gunicorn master), in MB."""
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read_text().split()
        sizes = []
        for pid in children:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    sizes.append(int(line.split()[1]) / 1024)
        return sizes


def setup_django(env):
    """Configure Django in this process with `env` (for finding URLs and timing requests in process)."""
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def page_urls(language):
    """One URL of every page type in `language`, chosen the same way on every run (needs setup_django)."""
    from django.db.models import Count
    from django.utils import timezone
    from wagtail.models import Locale

    from casestudies.models import CaseStudyIndexPage, CaseStudyPage, Theme
    from directory.models import Actor, MunicipalityIndexPage, MunicipalityPage
    from seminars.models import SeminarIndexPage, SeminarPage

    locale = Locale.objects.get(language_code=language)
    # The municipality with the most actors: the heaviest directory page there is.
    municipality = (
        MunicipalityPage.objects.live()
        .filter(locale=locale)
        .annotate(actor_total=Count("directory_actors"))
        .order_by("-actor_total", "code")
        .first()
    )
    actor = Actor.objects.filter(live=True, municipality=municipality).order_by("name").first()
    case_study = CaseStudyPage.objects.live().filter(locale=locale).order_by("path").first()
    seminar = (
        SeminarPage.objects.live().filter(locale=locale, start__gte=timezone.now()).order_by("start").first()
    )
    theme = Theme.objects.filter(locale=locale).order_by("slug").first()
    cases = CaseStudyIndexPage.objects.get(locale=locale)
    seminars = SeminarIndexPage.objects.get(locale=locale)
    return {
        "home": f"/{language}/",
        "municipality index": MunicipalityIndexPage.objects.get(locale=locale).url,
        "municipality page": municipality.url,
        "actor page": f"{municipality.url}{actor.slug}/",
        "case-study index": cases.url,
        "case-study index with facets": f"{cases.url}?theme={theme.slug}&sector=library&region=DK-82",
        "case-study page": case_study.url,
        "seminar index": seminars.url,
        "seminar page": seminar.url,
        "search": f"/{language}/search/?q={quote('bibliotek' if language == 'da' else 'مكتبة')}",
        "ics feed": f"{seminars.url}calendar/",
        "sitemap": "/sitemap.xml",
    }
