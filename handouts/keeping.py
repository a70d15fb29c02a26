"""Handouts kept once made: one per page, language and variant, for as long as nothing is published.

A handout is kept in the shared cache (Redis in production, so every app server and the worker use the
same copy), stamped with the page cache's generation (pagecache.generations). Any publish starts a new
generation, so a kept handout is never served after a change a reader could see. The key is made from the
request alone (host, kind, page id, language, the well-formed parameters), so a kept handout is served
without a database query: one round trip to the cache reads the generation, the file and the list below.

Which handouts readers ask for is noted in the same cache (`ASKED_KEY`): the address each was asked at,
when it was last asked, at most `ASKED_MOST` of them. After a publish the background worker renders the
ones asked for lately again, ahead of their next reader (handouts.ahead); a handout not kept yet (a new
filter combination, a worker that has not got to it) is rendered in the request, as before.

Not in media storage: there, every publish would leave a set of files behind that something would have to
delete; in the cache they expire on their own.
"""

import hashlib
import time

from django.core.cache import cache

from pagecache.generations import read_stamped_with, store_stamped

# A kept handout is dropped after this long even without a publish: a seminar's programme says
# "register" until the seminar is over, which no publish marks.
KEEP_SECONDS = 6 * 3600
ASKED_KEY = "portal:handout:asked"
# The handouts the worker renders again after a publish: those asked for in the last two weeks, the most
# recently asked first, at most this many (a large municipality's list takes about a second to render).
ASKED_MOST = 60
ASKED_SECONDS = 14 * 24 * 3600
# A kept handout's request notes the time it was asked only when the note is older than this: one extra
# write to the cache a day per handout, not one per download.
ASKED_NOTE_EVERY = 24 * 3600


def kept_key(host, kind, page_id, language_code, params):
    """The key of a handout: the host too, as the handout's links and QR codes are absolute addresses."""
    variant = "&".join(f"{name}={value}" for name, value in params)
    return f"portal:handout:{host}:{kind}:{page_id}:{language_code}:{variant}"


def kept_or_made(key, make, asked=None):
    """The handout kept under `key` in this generation, else `make()`'s, kept for the next request.

    `make()` returns (PDF bytes, file name). The result is a dict with `pdf`, `filename` and `etag`.
    `asked` describes the request (handouts.ahead.request_for reads it back): it is noted as asked for
    when given; the worker, which renders what was asked, gives none.
    """
    generation, kept, found = read_stamped_with(key, [ASKED_KEY])
    if kept is None:
        pdf, filename = make()
        etag = hashlib.md5(pdf, usedforsecurity=False).hexdigest()
        kept = {"pdf": pdf, "filename": filename, "etag": f'"{etag}"'}
        store_stamped(key, generation, kept, KEEP_SECONDS)
    if asked is not None and generation is not None:
        note_asked(key, asked, found.get(ASKED_KEY) or {})
    return kept


def note_asked(key, asked, notes):
    """Note that the handout under `key` was asked for now, unless that was noted lately.

    Two app servers noting at once may each drop the other's note (a read, then a write): the handout is
    then rendered by its next reader, not lost.
    """
    now = time.time()
    noted = notes.get(key)
    if noted is not None and now - noted[1] < ASKED_NOTE_EVERY:
        return
    others = [(other, note) for other, note in _latest(notes, now) if other != key]
    cache.set(ASKED_KEY, {**dict(others[: ASKED_MOST - 1]), key: (asked, now)}, ASKED_SECONDS)


def asked_lately():
    """[(key, what was asked)] of the handouts asked for in the last two weeks, the latest first."""
    latest = _latest(cache.get(ASKED_KEY) or {}, time.time())
    return [(key, asked) for key, (asked, _when) in latest[:ASKED_MOST]]


def _latest(notes, now):
    """The notes {key: (what was asked, when)} of the last two weeks as [(key, note)], the latest first."""
    recent = [(key, note) for key, note in notes.items() if now - note[1] < ASKED_SECONDS]
    return sorted(recent, key=lambda item: item[1][1], reverse=True)
