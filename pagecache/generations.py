"""The page cache's generation number, and what is computed once per generation (`memoized`).

Why a generation number instead of deleting keys: an actor is shown on its own page, on its
municipality's page, on case studies, in search results and on the home page listings in five languages;
finding every cached URL that shows it is fragile. Instead every cache entry is stamped with a site-wide
"generation" kept in the cache, and any change readers can see (a page or actor published, unpublished,
moved or deleted; a theme, language, target group or site setting saved) increments it. An entry with an
older stamp is never served again; the next reader's request replaces it. The number lives in the shared
cache (Redis in production), so every app server sees a publish at the same moment. The generation and
the entry are read together, in one round trip to Redis (`cache.get_many`), so a page served from the
cache costs one read.

Why not wagtail-cache: it clears its cache when a page is published, but a snippet (an actor) that is
published on its own leaves every page that lists it stale; the generation covers both in one place.

While Redis is unreachable every read here is a miss (the generation reads as None) and nothing is stored;
an increment that fails is made up for when Redis answers again (pagecache/redis_client.py).
"""

import math
import time

from django.core.cache import cache
from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone

GENERATION_KEY = "portal:page-cache:generation"

# Sent by `invalidate()`, inside the transaction of the change, for what is kept per generation and made
# again ahead of readers (handouts.ahead): a receiver that queues work should do so on commit.
content_changed = Signal()


def _new_generation_number():
    """Microseconds since the epoch: if the key was evicted or Redis lost its data, the number that starts
    again is still one never used (milliseconds could repeat the lost one within the same millisecond)."""
    return int(time.time() * 1_000_000)


def _start_generation():
    cache.add(GENERATION_KEY, _new_generation_number(), timeout=None)
    return cache.get(GENERATION_KEY)


def read_stamped(key):
    """The current generation and what is kept under `key` if it was stored in that generation, else None.

    One round trip: the generation and the entry are read together.
    """
    generation, value, _others = read_stamped_with(key, ())
    return generation, value


def read_stamped_with(key, others):
    """`read_stamped(key)`, and the values of the unstamped keys `others` read in the same round trip:
    (generation, value or None, {other key: value})."""
    found = cache.get_many([GENERATION_KEY, key, *others])
    generation = found.get(GENERATION_KEY)
    stamped = found.get(key)
    value = (
        stamped[1] if stamped is not None and generation is not None and stamped[0] == generation else None
    )
    if generation is None:
        generation = _start_generation()
    return generation, value, {other: found[other] for other in others if other in found}


def store_stamped(key, generation, value, timeout):
    """Keep `value` under `key`, stamped with the generation read before it was computed: should a publish
    happen meanwhile, the stamp is already old and the value is never served. Without a generation (the
    cache was unreachable when it was read) nothing is kept."""
    if generation is not None:
        cache.set(key, (generation, value), timeout)


def memoized(name, compute, *parts, timeout=3600):
    """What `compute()` derives from published content, computed once per generation and shared.

    For the parts every page repeats (the menu, the footer), which would otherwise be read from the
    database on each request. Any publish starts a new generation, so it is never stale.
    """
    key = f"portal:memo:{name}:" + ":".join(str(part) for part in parts)
    generation, found = read_stamped(key)
    if found is None:
        found = compute()
        store_stamped(key, generation, found, timeout)
    return found


def keep_until(key, compute, timeout=3600):
    """(value, until): what `compute()` returns, kept under `key` for this generation and no later than
    `until` (a datetime; None: until the next publish), and at most `timeout` seconds.

    For what changes with time alone as well as with a publish: a seminar that ends leaves a list, a
    registration closes. An `until` not in the future keeps nothing (`compute` says "do not keep this").
    """
    generation, found = read_stamped(key)
    now = timezone.now()
    if found is not None and (found[1] is None or now < found[1]):
        return found
    value, until = compute()
    seconds = timeout if until is None else min(timeout, math.ceil((until - now).total_seconds()))
    if seconds > 0:
        store_stamped(key, generation, (value, until), seconds)
    return value, until


def bump_generation():
    """Start a new generation. With Redis unreachable the increment is lost (django-redis ignores the error);
    pagecache/redis_client.py increments again as soon as Redis answers."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, _new_generation_number(), timeout=None)


def invalidate():
    """Empty the page cache now, and again once the change is committed.

    The second bump closes a race: a request that read the old rows just before the commit could
    otherwise store them under the new generation. `content_changed` tells what is made ahead of readers.
    """
    bump_generation()
    transaction.on_commit(bump_generation)
    content_changed.send(sender=None)
