"""Two gunicorn instances sharing one PostgreSQL database and one Redis serve the same site consistently.

Checks, with the production settings and the page cache on:
1. a reader's page is cached on instance B;
2. an editor logged in on instance A is logged in on instance B too (one session store);
3. the editor publishes a change through A's admin (the ordinary edit form, "Publish"), and the reader
   sees it at once through B (the page cache is emptied for every instance);
4. each instance runs its background worker (`manage.py db_worker`): forms sent through both instances
   leave their e-mails in the one queue in the database, both workers send some, and an SMTP server on
   127.0.0.1 receives each e-mail exactly once.

    python -m bench.two_instances [--database bench_small] [--ports 8711,8712]
"""

import argparse
import collections
import http.client
import re
import subprocess
import sys
import time
import urllib.parse
from html.parser import HTMLParser

from bench.common import ROOT, Gunicorn, ensure_database, environment, manage, psql, say, setup_django
from bench.mail_fault import (
    MailServer,
    Worker,
    exactly_once,
    form_targets,
    now,
    registration,
    send_form,
    status_counts,
    wait_until_settled,
)

REDIS_URL = "redis://127.0.0.1:6379/14"
EDITOR, PASSWORD = "bench-editor", "bench-editor-password-2026"


class FormFields(HTMLParser):
    """The fields a browser would submit from the form whose id or one of whose classes is `form_id`."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id, self.inside, self.fields = form_id, False, []
        self.textarea = self.select = None
        self.select_value = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = self.form_id in (attrs.get("id"), *attrs.get("class", "").split())
        if not self.inside:
            return
        if tag == "input" and attrs.get("name"):
            kind = attrs.get("type", "text")
            if kind in ("submit", "button", "image", "file"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.fields.append([attrs["name"], attrs.get("value", "on" if kind == "checkbox" else "")])
        elif tag == "textarea" and attrs.get("name"):
            self.textarea = [attrs["name"], ""]
            self.fields.append(self.textarea)
        elif tag == "select" and attrs.get("name"):
            self.select, self.select_value = attrs["name"], None
        elif tag == "option" and self.select and (self.select_value is None or "selected" in attrs):
            self.select_value = attrs.get("value", "")

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea":
            self.textarea = None
        elif tag == "select" and self.select:
            self.fields.append([self.select, self.select_value or ""])
            self.select = None

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data


class Browser:
    """Cookies by hand, so the same session can be carried from one instance to the other."""

    def __init__(self):
        self.cookies = {}

    def request(self, port, method, path, fields=None):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if fields is not None:
            body = urllib.parse.urlencode(
                fields if isinstance(fields, dict) else [tuple(pair) for pair in fields]
            )
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://127.0.0.1:{port}{path}"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _sep, rest = value.partition("=")
                self.cookies[name] = rest.split(";")[0]
        connection.close()
        return response.status, response.getheader("Location"), text


def shared_queue(instances, env, count=40):
    """4. A worker beside each instance, one queue: `count` forms sent through both, each e-mail once."""
    setup_django(env)
    from django_tasks_db.models import DBTaskResult

    register_path, _contact_path = form_targets()
    server = MailServer()
    server.recorder.delay = 0.1  # so that both workers find work waiting
    server.start()
    started = now()
    with open(ROOT / "var" / "two_instances_workers.log", "w") as log:
        workers = [
            Worker({**env, "EMAIL_URL": f"smtp://127.0.0.1:{server.port}"}, log).start() for _ in instances
        ]
        run = f"two{int(time.time())}"
        answers = [
            send_form(instances[number % 2].port, register_path, registration(run, number))[0]
            for number in range(count)
        ]
        settled = wait_until_settled(started, count, 300, "two instances")
        for worker in workers:
            worker.stop()
    server.stop()
    ok, twice, missing, stored = exactly_once(started, server.recorder.take())
    deliveries = DBTaskResult.objects.filter(
        task_path="mail.outbox.deliver", enqueued_at__gte=started, return_value="sent"
    )
    senders = collections.Counter(ids[-1] for ids in deliveries.values_list("worker_ids", flat=True) if ids)
    return [
        (
            f"{answers.count(302)} of {count} registrations through A and B answered 302",
            answers.count(302) == count,
        ),
        (
            f"their e-mails: {stored - missing} of {stored} delivered, {twice} twice "
            f"({status_counts(started)})",
            settled and ok and stored == count,
        ),
        (f"both workers sent from the one queue: {sorted(senders.values())}", len(senders) == 2),
    ]


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database", default="bench_small")
    parser.add_argument("--ports", default="8711,8712", help="the two instances' ports")
    args = parser.parse_args()
    ensure_database(args.database)
    # The forms of check 4: behind a trusted proxy (each person their own address) and sent at once.
    env = environment(
        args.database,
        cache_seconds=300,
        redis_url=REDIS_URL,
        TRUSTED_PROXIES="127.0.0.1",
        FORM_MIN_FILL_SECONDS=0,
    )
    subprocess.run(["redis-cli", "-n", "14", "FLUSHDB"], check=True, capture_output=True)
    manage(
        "shell",
        "-c",
        "from django.contrib.auth import get_user_model; U = get_user_model(); "
        f"u, _ = U.objects.get_or_create(username='{EDITOR}', defaults={{'email': 'bench@example.org'}}); "
        f"u.is_superuser = u.is_staff = True; u.set_password('{PASSWORD}'); u.save()",
        env=env,
    )
    page_id, path = psql(
        "SELECT p.id, p.url_path FROM wagtailcore_page p "
        "JOIN directory_municipalitypage m ON m.page_ptr_id = p.id "
        "JOIN wagtailcore_locale l ON l.id = p.locale_id "
        "WHERE l.language_code = 'da' ORDER BY p.path LIMIT 1",
        args.database,
    ).split("|")
    public_path = "/da/" + path.split("/", 2)[2]
    results = []
    port_a, port_b = (int(port) for port in args.ports.split(","))
    with Gunicorn(port_a, env, workers=1) as a, Gunicorn(port_b, env, workers=1) as b:
        reader, editor = Browser(), Browser()
        status, _location, before = reader.request(b.port, "GET", public_path)
        reader.request(b.port, "GET", public_path)
        results.append(("reader gets the page through B", status == 200))

        editor.request(a.port, "GET", "/admin/login/")
        status, location, _text = editor.request(
            a.port,
            "POST",
            "/admin/login/",
            {
                "csrfmiddlewaretoken": editor.cookies.get("csrftoken", ""),
                "username": EDITOR,
                "password": PASSWORD,
            },
        )
        results.append(("editor logs in through A", status == 302 and "login" not in (location or "")))
        status, location, _text = editor.request(b.port, "GET", "/admin/")
        results.append(("the session from A is valid on B", status == 200))

        status, _location, form_html = editor.request(a.port, "GET", f"/admin/pages/{page_id}/edit/")
        form = FormFields("page-edit-form")
        form.feed(form_html)
        marker = f"Koordinator for nytilkomne {int(time.time())}"
        fields = [[name, marker if name == "coordinator_title" else value] for name, value in form.fields]
        fields.append(["action-publish", "action-publish"])
        started = time.monotonic()
        status, location, text = editor.request(a.port, "POST", f"/admin/pages/{page_id}/edit/", fields)
        published = status == 302
        if not published:
            errors = re.findall(r'class="error-message"[^>]*>\s*<span>([^<]+)', text)
            say(f"publish through A answered {status}: {errors[:5]}")
        results.append(("editor publishes through A's edit form", published))
        _status, _location, after = reader.request(b.port, "GET", public_path)
        seen = marker in after and marker not in before
        results.append((f"reader sees it at once through B ({time.monotonic() - started:.2f} s)", seen))
        results += shared_queue([a, b], env)
    for label, ok in results:
        say(f"{'ok  ' if ok else 'FAIL'} {label}")
    sys.exit(0 if all(ok for _label, ok in results) else 1)


if __name__ == "__main__":
    main()
