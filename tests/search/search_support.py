"""What the search tests share: a search as a reader makes it, and the counts it left."""

from django.test import TestCase
from django.utils import translation

from search.models import SearchCount


def search(client, language, query, headers=None, **params):
    """A reader's search; what waits for the request's transaction to commit (the count) runs after it."""
    with translation.override(language), TestCase.captureOnCommitCallbacks(execute=True):
        return client.get(f"/{language}/search/", {"q": query, **params}, headers=headers)


def counts():
    """{(query, language): searches} of every counted search."""
    return {(row.query, row.language): row.searches for row in SearchCount.objects.all()}


def titles(response):
    return [result["title"] for result in response.context["results"]]
