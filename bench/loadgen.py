"""A small HTTP load generator: N client threads, each with one keep-alive connection, for a fixed time.

Python threads rather than `wrk` so the bench needs no system package; each client mostly waits on its
socket, so the GIL is not what limits the numbers on a 2-core machine (the server is).
"""

import http.client
import itertools
import threading
import time
from dataclasses import dataclass, field

from bench.common import median, percentile


@dataclass
class Result:
    latencies: list = field(default_factory=list)
    statuses: dict = field(default_factory=dict)
    errors: int = 0
    seconds: float = 0.0
    timeline: list = field(default_factory=list)  # (sent, answered: seconds since start; status; url)

    @property
    def requests(self):
        return len(self.latencies)

    @property
    def server_errors(self):
        return sum(count for status, count in self.statuses.items() if status >= 500)

    def summary(self):
        return {
            "requests": self.requests,
            "rps": self.requests / self.seconds if self.seconds else 0.0,
            "median_ms": median(self.latencies) * 1000,
            "p95_ms": percentile(self.latencies, 0.95) * 1000,
            "5xx": self.server_errors,
            "errors": self.errors,
        }


def run(host, port, urls, *, clients, seconds, method="GET", record=False):
    """Request `urls` round-robin from `clients` threads for `seconds`; returns a Result."""
    result = Result()
    lock = threading.Lock()
    start = time.monotonic()
    stop_at = start + seconds

    def client(offset):
        connection = None
        for url in itertools.islice(itertools.cycle(urls), offset % len(urls), None):
            if time.monotonic() >= stop_at:
                break
            began = time.monotonic()
            try:
                if connection is None:
                    connection = http.client.HTTPConnection(host, port, timeout=30)
                connection.request(method, url, headers={"Accept-Encoding": "gzip"})
                response = connection.getresponse()
                response.read()
                status = response.status
                if response.getheader("Connection", "").lower() == "close":
                    connection.close()
                    connection = None
            except (OSError, http.client.HTTPException):
                if connection is not None:
                    connection.close()
                connection = None
                with lock:
                    result.errors += 1
                    if record:
                        result.timeline.append((began - start, time.monotonic() - start, "error", url))
                time.sleep(0.05)
                continue
            elapsed = time.monotonic() - began
            with lock:
                result.latencies.append(elapsed)
                result.statuses[status] = result.statuses.get(status, 0) + 1
                if record:
                    result.timeline.append((began - start, began - start + elapsed, status, url))
        if connection is not None:
            connection.close()

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.seconds = time.monotonic() - start
    return result
