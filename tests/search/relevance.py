"""The relevance set (relevance.yaml) as a reader meets it: each query searched through the site, the rank
of the first expected result among what the page shows.

`python -m tests.search.relevance` prints the ranks on the site of DATABASE_URL (after `load_demo`), so a
change to the ranking can be measured before the expectations are written down.
"""

from dataclasses import dataclass
from pathlib import Path

import yaml
from django.test import Client
from django.utils import translation

SET = Path(__file__).with_name("relevance.yaml")
TOP = 3
# How far down a municipality page without actors must not be, unless the query names it.
NO_EMPTY_MUNICIPALITY_IN = 10


@dataclass
class Case:
    language: str
    query: str
    expect: list

    def __str__(self):
        return f"{self.language}: {self.query}"

    def matches(self, result):
        found = result.get("object")
        for expected in self.expect:
            if expected.startswith("sector:"):
                if is_actor(found) and found.sector == expected.removeprefix("sector:"):
                    return True
            elif result["title"] == expected:
                return True
        return False


def is_actor(found):
    """Without importing the models: the script imports this module before Django is set up."""
    return found is not None and found._meta.label == "directory.Actor"


def cases():
    data = yaml.safe_load(SET.read_text(encoding="utf-8"))
    return [
        Case(language, item["query"], item["expect"]) for language, items in data.items() for item in items
    ]


def results(client, case):
    with translation.override(case.language):
        return client.get(f"/{case.language}/search/", {"q": case.query}).context["results"]


def ranked(client, case):
    """The titles of the first results shown for `case`'s query, and the rank of the first expected one."""
    shown = results(client, case)
    rank = next((number for number, result in enumerate(shown, 1) if case.matches(result)), None)
    return rank, [result["title"] for result in shown[:TOP]]


def empty_municipalities(client, case):
    """The municipality pages without actors among the first results, except one the query names."""
    return [
        result["title"]
        for result in results(client, case)[:NO_EMPTY_MUNICIPALITY_IN]
        if result.get("actors") == 0 and result["title"].casefold() != case.query.casefold()
    ]


def main():
    import django

    django.setup()
    from django.conf import settings
    from django.test.utils import setup_test_environment

    setup_test_environment()
    settings.ALLOWED_HOSTS = ["*"]
    client = Client()
    passed = first = empty = 0
    reciprocal = 0.0
    for case in cases():
        empty += bool(empty_municipalities(client, case))
        rank, top = ranked(client, case)
        good = rank is not None and rank <= TOP
        passed += good
        first += rank == 1
        reciprocal += 1 / rank if rank else 0
        mark = "ok  " if good else "MISS"
        print(f"{mark} {rank or '-':>3}  {case}   top: {' | '.join(top)}")  # noqa: T201
    count = len(cases())
    mrr = reciprocal / count
    print(f"{passed} of {count} in the top {TOP}, {first} first, mean reciprocal rank {mrr:.2f}")  # noqa: T201
    print(f"{empty} with a municipality without actors in the first {NO_EMPTY_MUNICIPALITY_IN}")  # noqa: T201


if __name__ == "__main__":
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    main()
