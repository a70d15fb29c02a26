"""The page cache on a real Redis, through django-redis, as production runs it.

Needs the Redis server at REDIS_TEST_URL (default redis://127.0.0.1:6379/15, a database no one else
uses); on a laptop without one these tests are skipped, in CI (CI set) a missing Redis fails them. Each
pytest-xdist worker uses a database of its own, 15 and down (gw1: 14 …): the tests empty theirs, and two
workers sharing one emptied each other's generation mid-test.
"""

import os

import pytest
import redis
from django.core.cache import cache
from django.test import override_settings

from pagecache import generations

WORKER_NUMBER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
REDIS_TEST_URL = os.environ.get("REDIS_TEST_URL", f"redis://127.0.0.1:6379/{15 - WORKER_NUMBER % 16}")


def redis_is_up():
    try:
        return redis.Redis.from_url(REDIS_TEST_URL, socket_connect_timeout=1).ping()
    except redis.RedisError:
        return False


@pytest.fixture
def redis_cache():
    if not redis_is_up():
        if os.environ.get("CI"):
            pytest.fail(f"CI needs Redis at {REDIS_TEST_URL}")
        pytest.skip(f"no Redis at {REDIS_TEST_URL}")
    backend = {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": REDIS_TEST_URL}
    with override_settings(CACHES={"default": backend}):
        cache.clear()
        yield cache
        cache.clear()


class TestRedisClient:
    def test_one_client_is_reused_for_every_call(self, redis_cache):
        """Building a Redis client per call cost a third of a cache hit; django-redis keeps one per server.

        Fails if a django-redis upgrade stops reusing its client (docs/internals/redis-client.md).
        """
        client = redis_cache.client
        assert client.get_client(write=False) is client.get_client(write=False)
        assert client.get_client(write=True) is client.get_client(write=True)

    def test_generation_and_entry_are_read_together(self, redis_cache):
        generation, found = generations.read_stamped("portal:test:entry")
        assert found is None
        generations.store_stamped("portal:test:entry", generation, {"menu": ["Kommuner"]}, 60)
        assert generations.read_stamped("portal:test:entry") == (generation, {"menu": ["Kommuner"]})

    def test_a_publish_makes_stored_entries_stale(self, redis_cache):
        calls = []
        assert generations.memoized("menu", lambda: calls.append(1) or "first", "da") == "first"
        assert generations.memoized("menu", lambda: calls.append(1) or "second", "da") == "first"
        generations.bump_generation()
        assert generations.memoized("menu", lambda: calls.append(1) or "third", "da") == "third"
        assert len(calls) == 2

    def test_a_lost_generation_starts_a_new_one(self, redis_cache):
        """Evicted or flushed, the generation is started again with a number never used before."""
        generation, _found = generations.read_stamped("portal:test:entry")
        redis_cache.delete(generations.GENERATION_KEY)
        generations.bump_generation()
        assert redis_cache.get(generations.GENERATION_KEY) > generation
