"""The Redis client of the shared cache: while Redis is unreachable it is left alone, and its return is clean.

django-redis with `IGNORE_EXCEPTIONS` already turns a failed cache call into a miss, so a page is rendered
afresh and a form is saved when Redis is down. Three things it does not do, which this client adds
(configured as django-redis's `REDIS_CLIENT_CLASS` in config/settings/base.py):

- **Back off.** After a call fails, no call from this process goes to that Redis server; each fails at
  once, without a socket. A thread of its own asks Redis every `BACKOFF_SECONDS` whether it answers again,
  so a Redis that hangs costs no request more than the one that found it hanging (socket timeouts bound
  that one), and the site is cached again about a second after Redis returns.
- **Start a new page-cache generation before the cache is used again.** A publish while Redis was
  unreachable could not increment the generation; if Redis kept its data (a pause, a network fault), the
  pages and menus stamped with the old generation would be served again. So the watching thread increments
  the generation as soon as Redis answers, and only then lets this process's requests use the cache.
  Every process that noticed the outage does this, the publishing one always among them (its own
  increment failed), and without waiting for a request to come along.
- **Log an outage once**: a warning when this process finds Redis unreachable, one info line when it
  answers again, nothing per request.

Why a `redis.Redis` subclass: every command django-redis sends goes through `Redis.execute_command`, so
one method sees them all; see docs/internals/redis-client.md for what an upgrade could break.
"""

import logging
import os
import threading
import time

import redis

from pagecache.generations import bump_generation

logger = logging.getLogger(__name__)

BACKOFF_SECONDS = 0.5
OUTAGE_ERRORS = (redis.ConnectionError, redis.TimeoutError)


class Outage:
    """One Redis server this process cannot reach, and the thread that waits for it to answer again."""

    def __init__(self, address, pool):
        self.address = address
        self.began = time.monotonic()
        self.stopped = threading.Event()
        self.relapsed = False
        self.watcher = threading.Thread(
            target=self._watch, args=(pool,), name=f"redis-outage-{address}", daemon=True
        )

    def lets_through(self):
        """Only the watching thread talks to Redis during an outage."""
        return threading.current_thread() is self.watcher

    def _watch(self, pool):
        probe = redis.Redis(connection_pool=pool)
        while not self.stopped.wait(BACKOFF_SECONDS):
            try:
                probe.ping()
            except redis.RedisError:
                continue
            self.relapsed = False
            try:
                bump_generation()
            except Exception:
                # Not Redis (django-redis ignores its errors): a bug. Keep the cache unused and try again,
                # rather than let this thread die and leave the process without its cache for good.
                logger.exception("Could not start a new page-cache generation after the Redis outage.")
                self.relapsed = True
            if self.relapsed or self.stopped.is_set():
                continue
            with _lock:
                _outages.pop(self.address, None)
            logger.info(
                "Redis at %s answers again after %.1f s; started a new page-cache generation.",
                self.address,
                time.monotonic() - self.began,
            )
            return


_outages = {}
_lock = threading.Lock()


def _address(client):
    kwargs = client.connection_pool.connection_kwargs
    return kwargs.get("path") or f"{kwargs.get('host')}:{kwargs.get('port')}"


def _failed(client, error):
    address = _address(client)
    with _lock:
        outage = _outages.get(address)
        if outage is not None:
            if outage.lets_through():
                outage.relapsed = True
            return
        outage = _outages[address] = Outage(address, client.connection_pool)
        outage.watcher.start()
    logger.warning(
        "Redis at %s is unreachable (%s): pages are served uncached, forms saved without it; "
        "trying again every %g s.",
        address,
        error,
        BACKOFF_SECONDS,
    )


class OutageAwareRedis(redis.Redis):
    """A `redis.Redis` that fails at once while its server is known to be unreachable (see above)."""

    def execute_command(self, *args, **options):
        if _outages:
            outage = _outages.get(_address(self))
            if outage is not None and not outage.lets_through():
                raise redis.ConnectionError(f"Redis at {outage.address} is unreachable; waiting for it")
        try:
            return super().execute_command(*args, **options)
        except OUTAGE_ERRORS as error:
            _failed(self, error)
            raise


def forget_outages():
    """Stop watching and forget every outage (tests; and a forked child, which has no watching threads)."""
    with _lock:
        outages = list(_outages.values())
        _outages.clear()
    for outage in outages:
        outage.stopped.set()
        if outage.watcher.is_alive() and outage.watcher is not threading.current_thread():
            outage.watcher.join(timeout=5)


os.register_at_fork(after_in_child=_outages.clear)
