"""gunicorn's settings for `make serve` and for production app servers.

Every value can be overridden from the environment, so one file serves a laptop and a cluster. Workers
are processes (not threads): a Wagtail request is mostly Python and templates, and processes use all
cores. One worker stays well under 250 MB resident; `max_requests` recycles a worker now and then so
that slow growth from caches and fragmentation never piles up.
"""

import multiprocessing
import os

# gunicorn runs the production settings unless told otherwise (config/wsgi.py defaults to development).
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

wsgi_app = "config.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Two workers per core plus one, gunicorn's own advice; WEB_CONCURRENCY caps it on small machines.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 30
keepalive = 5
max_requests = 1000
max_requests_jitter = 100
# Heartbeat files in memory, not on a possibly slow or read-only disk.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
# The load balancer's address, trusted for X-Forwarded-Proto (https) and the client's address.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
