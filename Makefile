# Erfaringsportalen — `make run` sets up and serves the demo site, `make test` runs the whole suite.
# Both create the virtualenv in .venv and build the front end (DKFDS, from npm) on first use;
# only Python 3.11+ and Node.js 18+ are needed beforehand.

SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=
# make test runs on every core (pytest-xdist); PYTEST_WORKERS=0 runs in one process.
PYTEST_WORKERS ?= auto
# make serve applies the migrations first; set SERVE_MIGRATE=0 on all app servers but one.
SERVE_MIGRATE ?= 1
# make serve runs the background worker beside gunicorn; SERVE_WORKER=0 where it runs as a service of its own.
SERVE_WORKER ?= 1
LANGUAGES := da en uk ar pl
NPM_STAMP := node_modules/.package-lock.json
FRONTEND_STAMP := site/static/dist/.built
MAKEMESSAGES_IGNORE := --ignore=.venv --ignore=var --ignore=tests
SYSTEM_PYTHON := $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && { echo $$p; break; }; done)

.DEFAULT_GOAL := help
.PHONY: bench bench-scaling bench-load bench-faults guide help run test install install-dev frontend node-check messages makemessages migrate demo serve worker lint format check-migrations clean

help: ## Show the targets and what they do
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-18s\033[0m %s\n", $$1, $$2}'

$(VENV)/.python:
	@if [ -z "$(SYSTEM_PYTHON)" ]; then echo "Python 3.11 or newer is required for the site (https://www.python.org/downloads/). Install it and run make again." >&2; exit 1; fi
	$(SYSTEM_PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	@touch $@

$(VENV)/.installed: requirements.txt $(VENV)/.python
	$(PY) -m pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt $(VENV)/.installed
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@touch $@

install: $(VENV)/.installed ## Create .venv and install the runtime requirements

install-dev: $(VENV)/.installed-dev ## Create .venv and install the runtime and test requirements

node-check:
	@command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 \
		&& node -e 'process.exit(Number(process.versions.node.split(".")[0]) < 18 ? 1 : 0)' \
		|| { echo "Node.js 18 or newer is required for the front end (https://nodejs.org). Install it (npm comes with it) and run make again." >&2; exit 1; }

$(NPM_STAMP): package.json package-lock.json | node-check
	npm ci --no-audit --no-fund
	@touch $@

$(FRONTEND_STAMP): $(NPM_STAMP) frontend/build.mjs
	node frontend/build.mjs
	@touch $@

frontend: node-check $(FRONTEND_STAMP) ## Install the npm packages and build DKFDS, its RTL variant and fonts into site/static/dist/

messages: $(VENV)/.installed ## Compile the gettext catalogues in locale/ (.po -> .mo)
	$(PY) manage.py compile_catalogues

makemessages: $(VENV)/.installed ## Update locale/*/LC_MESSAGES/django.po from the code and templates
	$(PY) manage.py makemessages $(foreach l,$(LANGUAGES),-l $(l)) --no-obsolete --add-location file $(MAKEMESSAGES_IGNORE)

migrate: $(VENV)/.installed ## Apply the database migrations
	@mkdir -p var
	$(PY) manage.py migrate --no-input

# Loading runs the search index and reference index updates it causes at once (TASKS_BACKEND=immediate):
# queued, they were about 6,000 tasks that kept the worker busy for minutes after `make run` started, and
# until it was done a search in the translations found nothing.
demo: migrate messages ## Load the demo content (safe to run again)
	TASKS_BACKEND=immediate $(PY) manage.py load_demo
	$(PY) manage.py refresh_readability

# The background worker (manage.py db_worker: e-mail, reminders, Wagtail's tasks) in its own process group
# beside the command that follows it; when that command ends (Ctrl-C), the trap stops the worker too.
WITH_WORKER = set -m; $(PY) manage.py db_worker & worker=$$!; \
	trap 'kill -TERM -- -$$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT;

run: frontend demo ## Set up everything and serve the demo site at http://127.0.0.1:8000, with the background worker
	@$(WITH_WORKER) $(PY) manage.py runserver $(HOST):$(PORT)

serve: frontend install messages ## Serve with production settings, gunicorn and the background worker (needs SECRET_KEY and ALLOWED_HOSTS; see README)
	@mkdir -p var
	DJANGO_SETTINGS_MODULE=config.settings.production $(PY) manage.py collectstatic --no-input --verbosity 0
	@if [ "$(SERVE_MIGRATE)" != "0" ]; then DJANGO_SETTINGS_MODULE=config.settings.production $(PY) manage.py migrate --no-input \
		&& DJANGO_SETTINGS_MODULE=config.settings.production $(PY) manage.py setup_roles; fi
	@export DJANGO_SETTINGS_MODULE=config.settings.production GUNICORN_BIND=$(HOST):$(PORT); \
	if [ "$(SERVE_WORKER)" != "0" ]; then $(WITH_WORKER) $(VENV)/bin/gunicorn --config gunicorn.conf.py; \
	else $(VENV)/bin/gunicorn --config gunicorn.conf.py; fi

worker: install messages ## Run only the background worker, with production settings (a service of its own beside make serve SERVE_WORKER=0)
	DJANGO_SETTINGS_MODULE=config.settings.production $(PY) manage.py db_worker

test: frontend install-dev messages ## Run the whole test suite (on DATABASE_URL if set, else SQLite)
	@mkdir -p var
	$(PY) -m pytest --numprocesses $(PYTEST_WORKERS) --dist loadgroup $(PYTEST_ARGS)

guide: frontend install-dev messages ## Refresh the editor's guide screenshots in docs/images/
	@mkdir -p var
	UPDATE_EDITOR_GUIDE=1 $(PY) -m pytest tests/browser/test_editor_guide.py $(PYTEST_ARGS)

bench: frontend install-dev messages ## Benchmarks at national scale on PostgreSQL (bench_national, built if missing), then Lighthouse (see README)
	@mkdir -p var
	$(PY) -m bench.run
	$(PY) -m bench.lighthouse

bench-compare: frontend install-dev messages ## The site beside bakerydemo (BAKERYDEMO=its checkout, see docs/performance.md), cache hits beside hello-world
	$(PY) -m bench.compare $(if $(BAKERYDEMO),--bakerydemo $(BAKERYDEMO))

bench-scaling: frontend install-dev messages ## Every page type at national scale beside ten times the content (bench_tenfold, built if missing: ~15 min)
	$(PY) -m bench.scaling

bench-load: frontend install-dev messages ## 100 concurrent clients for 60 s at national scale, with the production page cache in Redis
	$(PY) -m bench.load

bench-faults: frontend install-dev messages ## PostgreSQL, Redis and the mail server failing during load, two instances sharing PostgreSQL and Redis, backup and restore
	$(PY) -m bench.db_fault
	$(PY) -m bench.redis_fault
	$(PY) -m bench.mail_fault
	$(PY) -m bench.two_instances
	bench/backup_restore.sh

check-migrations: $(VENV)/.installed ## Fail if a model change has no migration
	$(PY) manage.py makemigrations --check --dry-run

lint: install-dev ## Check style with ruff
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install-dev ## Format the code with ruff
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

clean: ## Remove the virtualenv, node_modules, the built front end, the local database and media
	rm -rf $(VENV) var node_modules site/static/dist
