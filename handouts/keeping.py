"""Handouts kept once made: one per page, language and variant, for as long as nothing is published.

A handout is rendered on the first request after a publish and kept in the shared cache (Redis in
production, so every app server uses the same copy), stamped with the page cache's generation
(pagecache.generations). Any publish starts a new generation, so a kept handout is never served after a
change a reader could see: the next request renders it afresh. The key is made from the request alone
(host, kind, page id, language, the well-formed parameters), so a kept handout is served without a database
query: one round trip to the cache reads the generation and the file together.

Not in media storage: there, every publish would leave a set of files behind that something would have to
delete; in the cache they expire on their own. Rendering happens in the request: the background
worker (django-tasks, `manage.py db_worker`) arrived after this was built; rendering the changed pages'
handouts on it after a publish, ahead of the first reader, is the next step (docs/handouts.md).
"""

import hashlib

from pagecache.generations import read_stamped, store_stamped

# A kept handout is dropped after this long even without a publish: a seminar's programme says
# "register" until the seminar is over, which no publish marks.
KEEP_SECONDS = 6 * 3600


def kept_key(host, kind, page_id, language_code, params):
    """The key of a handout: the host too, as the handout's links and QR codes are absolute addresses."""
    variant = "&".join(f"{name}={value}" for name, value in params)
    return f"portal:handout:{host}:{kind}:{page_id}:{language_code}:{variant}"


def kept_or_made(key, make):
    """The handout kept under `key` in this generation, else `make()`'s, kept for the next request.

    `make()` returns (PDF bytes, file name). The result is a dict with `pdf`, `filename` and `etag`.
    """
    generation, kept = read_stamped(key)
    if kept is None:
        pdf, filename = make()
        etag = hashlib.md5(pdf, usedforsecurity=False).hexdigest()
        kept = {"pdf": pdf, "filename": filename, "etag": f'"{etag}"'}
        store_stamped(key, generation, kept, KEEP_SECONDS)
    return kept
