"""The sitemap index counts its sections once per publish, through Django's private `Paginator.count`.

`home.sitemaps.TranslatedSitemap.paginator` writes the kept count into the paginator's `__dict__`, where
Django's `cached_property` keeps it (docs/internals/django-private-attributes.md). Should Django turn
`count` into something else, the index would count every translation key again on each request.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext


def counting_queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return [query["sql"] for query in queries if "COUNT(" in query["sql"].upper()]


@pytest.mark.django_db
class TestSitemapCount:
    def test_the_index_counts_only_on_its_first_request(self, client, tree):
        assert counting_queries(client, "/sitemap.xml") != []
        assert counting_queries(client, "/sitemap.xml") == []

    def test_a_publish_counts_again(self, client, tree):
        counting_queries(client, "/sitemap.xml")
        tree["directory"].save_revision().publish()
        assert counting_queries(client, "/sitemap.xml") != []
