"""A process that times requests to one WSGI application in process, for bench/compare.py.

    python bench/inprocess.py MODULE:NAME        (or MODULE:FACTORY() for an application built by a call)

Run with the Python of the site it times (ours, or bakerydemo's own virtualenv), from that site's folder, so
it imports nothing of this project: it is a standalone script. It reads one JSON command a line from
standard input and answers one JSON line each:

    {"op": "time", "url": "/da/?x=1", "n": 10, "headers": {"HTTP_ACCEPT_ENCODING": "gzip"}}
        -> {"wall": [seconds …], "cpu": [seconds …], "status": 200, "bytes": 1234, "cache": "hit"}
    {"op": "queries", "url": "/da/"}  -> {"queries": 11}   (one request, its SQL statements counted)

Each request is a WSGI call of the application, as gunicorn makes it, with a fresh environ; the body is
read and the response closed, so Django's request_finished work is timed too.
"""

import importlib
import io
import json
import os
import sys
import time
from urllib.parse import unquote, urlsplit


def load(spec):
    module_name, _, name = spec.partition(":")
    module = importlib.import_module(module_name)
    if name.endswith("()"):
        return getattr(module, name[:-2])()
    return getattr(module, name)


def environ_for(url, headers):
    parts = urlsplit(url)
    return {
        "REQUEST_METHOD": "GET",
        "SCRIPT_NAME": "",
        "PATH_INFO": unquote(parts.path).encode().decode("iso-8859-1"),
        "QUERY_STRING": parts.query,
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_HOST": "127.0.0.1",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
        **headers,
    }


def call(application, url, headers):
    sent = []
    result = application(
        environ_for(url, headers), lambda status, head, exc_info=None: sent.extend([status, head])
    )
    try:
        body = b"".join(result)
    finally:
        if hasattr(result, "close"):
            result.close()
    status, head = sent
    return int(status.split()[0]), dict(head), body


def time_requests(application, url, n, headers):
    wall, cpu = [], []
    for _request in range(n):
        started, started_cpu = time.perf_counter(), time.process_time()
        status, head, body = call(application, url, headers)
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return {"wall": wall, "cpu": cpu, "status": status, "bytes": len(body), "cache": head.get("X-Page-Cache")}


def count_queries(application, url, headers):
    from django.db import connection

    statements = []
    with connection.execute_wrapper(
        lambda execute, sql, *args: statements.append(sql) or execute(sql, *args)
    ):
        call(application, url, headers)
    return {"queries": len(statements)}


def main():
    # Answers go to the real standard output; anything the site prints goes to standard error.
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "w", buffering=1)
    sys.stdout = sys.stderr
    sys.path[0] = os.getcwd()
    application = load(sys.argv[1])
    answers.write(json.dumps({"ready": True}) + "\n")
    for line in sys.stdin:
        command = json.loads(line)
        headers = command.get("headers", {})
        if command["op"] == "time":
            answer = time_requests(application, command["url"], command["n"], headers)
        elif command["op"] == "queries":
            answer = count_queries(application, command["url"], headers)
        else:
            break
        answers.write(json.dumps(answer) + "\n")


if __name__ == "__main__":
    main()
