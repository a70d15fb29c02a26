"""Parts of pages kept per publish (`{% kept %}`, pagecache/templatetags/pagecache_tags.py).

A kept part is shared by every reader until the next publish: these tests read a page, change what it
shows the way an editor does, and read it again, as the next reader would. The page cache itself is off
in the test settings, so every request renders the page and meets the kept parts.
"""

import datetime
import re

import pytest
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from cooperation import statistics
from directory.factories import ActorFactory
from directory.models import Sector
from pagecache.generations import bump_generation
from tests.cooperation.test_cooperation import add_case_study, add_municipality
from tests.directory.test_municipality_page import add_seminar


def section(html, heading_id):
    """The HTML of the <section> labelled by `heading_id` (empty when there is none)."""
    if f'aria-labelledby="{heading_id}"' not in html:
        return ""
    start = html.index(f'aria-labelledby="{heading_id}"')
    return html[start : html.index("</section>", start)]


def card_titles(html):
    """The titles on the cards in `html`, in order."""
    return re.findall(r'class="card-heading card__title"[^>]*><a href="[^"]*">([^<]+)</a>', html)


def actor_cards(html):
    """The names on the actor cards of a municipality page."""
    return set(card_titles(html[html.index('id="actors-heading"') : html.index('class="public-form-link"')]))


def queries_of(queries, *tables):
    """The captured queries that read any of `tables`."""
    return [query for query in queries if any(f'"{table}"' in query["sql"] for table in tables)]


@pytest.fixture(autouse=True)
def settled(client, tree):
    """The first request of a fresh site stores its settings, which starts a new generation: made here,
    so that what a test reads first is kept for the reads after it."""
    client.get(tree["municipality"].url)


def read(client, url, data=None):
    return client.get(url, data or {}).content.decode()


@pytest.mark.django_db
class TestMunicipalityPage:
    def test_a_published_actor_shows_on_the_next_request(self, client, tree):
        url = tree["municipality"].url
        assert "Aarhus Hovedbibliotek" in actor_cards(read(client, url))
        library = tree["library"]
        library.name = "Dokk1"
        library.save_revision().publish()
        assert actor_cards(read(client, url)) == {"Dokk1", "Jobcenter Aarhus"}

    def test_a_published_page_shows_on_the_next_request(self, client, tree):
        municipality = tree["municipality"]
        read(client, municipality.url)
        municipality.intro = "<p>Velkommen til Aarhus, byen med de mange foreninger.</p>"
        municipality.save_revision().publish()
        assert "<p>Velkommen til Aarhus, byen med de mange foreninger.</p>" in read(client, municipality.url)

    def test_a_published_case_study_shows_on_the_next_request(self, client, tree):
        url = tree["municipality"].url
        read(client, url)
        add_case_study(
            tree, "Sprogcafé i Aarhus", tree["municipality"], [tree["library"], tree["job_centre"]]
        )
        assert "Sprogcafé i Aarhus" in section(read(client, url), "municipality-case-studies-heading")

    def test_new_cooperation_statistics_show_without_another_publish(self, client, tree):
        """The statistics are counted after the publish that changed them, by the background worker."""
        url = tree["municipality"].url
        odense, actors = add_municipality(tree, "Odense", "461", [Sector.LIBRARY, Sector.ASSOCIATION])
        ActorFactory(municipality=tree["municipality"], name="Foreningen Sammen", sector=Sector.ASSOCIATION)
        add_case_study(tree, "Lektiecafe i Odense", odense, list(actors.values()))
        before = section(read(client, url), "cooperation-heading")
        statistics.refresh()
        after = section(read(client, url), "cooperation-heading")
        assert "Lektiecafe i Odense" not in before
        assert "Lektiecafe i Odense" in after

    def test_two_languages_never_mix(self, client, tree):
        danish = read(client, tree["municipality"].url)
        with translation.override("en"):
            english = read(client, "/en/kommuner/aarhus/")
        again = read(client, tree["municipality"].url)
        assert '<h2 id="actors-heading">Aktører</h2>' in danish
        assert '<h2 id="actors-heading">Actors</h2>' in english
        assert again == danish

    def test_two_filter_combinations_never_mix(self, client, tree):
        url = tree["municipality"].url
        libraries = actor_cards(read(client, url, {"sector": Sector.LIBRARY}))
        job_centres = actor_cards(read(client, url, {"sector": Sector.JOB_CENTRE}))
        everyone = actor_cards(read(client, url))
        assert libraries == {"Aarhus Hovedbibliotek"}
        assert job_centres == {"Jobcenter Aarhus"}
        assert everyone == {"Aarhus Hovedbibliotek", "Jobcenter Aarhus"}
        assert actor_cards(read(client, url, {"sector": Sector.LIBRARY})) == libraries

    def test_a_filter_given_empty_is_kept_apart_from_no_filter(self, client, tree):
        """An empty filter is shown chosen ("All" selected), a missing one is not; and only a filtered
        page offers "Clear filters"."""
        url = tree["municipality"].url
        plain = read(client, url)
        emptied = read(client, url, {"sector": ""})
        assert "filters__reset" not in plain
        assert "filters__reset" in emptied
        assert '<option value="" selected' in emptied

    def test_an_invalid_filter_still_shows_its_error(self, client, tree):
        url = tree["municipality"].url
        read(client, url)
        read(client, url, {"sector": "castle"})
        html = read(client, url, {"sector": "castle"})
        assert "form-error-message" in section(html, "actors-heading")
        assert actor_cards(html) == {"Aarhus Hovedbibliotek", "Jobcenter Aarhus"}
        assert "form-error-message" not in read(client, url)

    def test_a_kept_page_reads_no_actor(self, client, tree):
        url = tree["municipality"].url
        read(client, url, {"sector": Sector.LIBRARY})
        with CaptureQueriesContext(connection) as queries:
            html = read(client, url, {"sector": Sector.LIBRARY})
        assert actor_cards(html) == {"Aarhus Hovedbibliotek"}
        assert not queries_of(queries, "directory_actor")

    def test_a_valid_filter_still_reaches_the_handout_link_in_the_head(self, client, tree):
        url = tree["municipality"].url
        read(client, url, {"sector": Sector.LIBRARY})
        html = read(client, url, {"sector": Sector.LIBRARY})
        head = html[: html.index("</head>")]
        assert re.search(r'<link rel="alternate" type="application/pdf" href="[^"]*\?sector=library"', head)

    def test_the_actors_come_a_page_at_a_time_and_pages_never_mix(self, client, tree, monkeypatch):
        from directory.models import pages

        monkeypatch.setattr(pages, "ACTORS_PER_PAGE", 1)
        bump_generation()  # the page read by `settled` was kept with the real page size
        url = tree["municipality"].url
        first, second = read(client, url), read(client, url, {"page": "2"})
        # By sector in the vocabulary's order: the library before the job centre.
        assert actor_cards(first) == {"Aarhus Hovedbibliotek"}
        assert actor_cards(second) == {"Jobcenter Aarhus"}
        assert "Viser 2 aktører ud af 2." in first  # the filters match both; this page shows one
        assert pagination_links(first) == ["?page=2"]
        assert actor_cards(read(client, url, {"page": "2"})) == {"Jobcenter Aarhus"}
        assert actor_cards(read(client, url, {"page": "1"})) == {"Aarhus Hovedbibliotek"}

    def test_a_filtered_listing_pages_with_its_filters_only(self, client, tree, monkeypatch):
        from directory.models import pages

        monkeypatch.setattr(pages, "ACTORS_PER_PAGE", 1)
        ActorFactory(municipality=tree["municipality"], name="Gellerup Bibliotek").save_revision().publish()
        url = tree["municipality"].url
        html = read(client, url, {"sector": Sector.LIBRARY, "utm_source": "mail"})
        assert actor_cards(html) == {"Aarhus Hovedbibliotek"}
        assert pagination_links(html) == ["?sector=library&amp;page=2"]
        assert actor_cards(read(client, url, {"sector": Sector.LIBRARY, "page": "2"})) == {
            "Gellerup Bibliotek"
        }
        # Past the last page: Django's last page, shown and not kept.
        assert actor_cards(read(client, url, {"sector": Sector.LIBRARY, "page": "9"})) == {
            "Gellerup Bibliotek"
        }

    def test_a_seminar_that_ends_leaves_the_upcoming_list_without_a_publish(self, client, tree, monkeypatch):
        url = tree["municipality"].url
        soon = add_seminar(tree, "Seminar om sprog", tree["municipality"], days=1)
        html = read(client, url)
        assert (
            "Seminar om sprog"
            in section(html, "municipality-seminars-heading").split('class="recent-seminars"')[0]
        )
        later = soon.end + datetime.timedelta(minutes=1)
        monkeypatch.setattr(timezone, "now", lambda: later)
        upcoming = section(read(client, url), "municipality-seminars-heading")
        assert "Seminar om sprog" not in upcoming.split('class="recent-seminars"')[0]


@pytest.mark.django_db
class TestHomePage:
    """The home page's sections, case studies and seminars are kept per publish and until a seminar shown
    starts or its registration closes."""

    def home(self, tree):
        return tree["case_index"].get_parent().url

    def test_a_published_case_study_shows_on_the_next_request(self, client, tree):
        url = self.home(tree)
        read(client, url)
        actor = ActorFactory(municipality=tree["municipality"], name="Dokk1")
        add_case_study(tree, "Sprogcafé i Dokk1", tree["municipality"], [actor, tree["job_centre"]])
        assert "Sprogcafé i Dokk1" in section(read(client, url), "case-studies-heading")

    def test_a_seminar_that_starts_leaves_the_upcoming_list_without_a_publish(
        self, client, tree, monkeypatch
    ):
        url = self.home(tree)
        soon = add_seminar(tree, "Seminar om sprog", tree["municipality"], days=1)
        assert "Seminar om sprog" in section(read(client, url), "seminars-heading")
        monkeypatch.setattr(timezone, "now", lambda: soon.start + datetime.timedelta(minutes=1))
        assert "Seminar om sprog" not in section(read(client, url), "seminars-heading")

    def test_a_closing_registration_shows_without_a_publish(self, client, tree, monkeypatch):
        url = self.home(tree)
        seminar = add_seminar(tree, "Seminar om sprog", tree["municipality"], days=3)
        seminar.registration_deadline = seminar.start - datetime.timedelta(days=1)
        seminar.save_revision().publish()
        before = section(read(client, url), "seminars-heading")
        monkeypatch.setattr(
            timezone, "now", lambda: seminar.registration_deadline + datetime.timedelta(minutes=1)
        )
        after = section(read(client, url), "seminars-heading")
        assert "Seminar om sprog" in before and "Seminar om sprog" in after
        assert before != after  # its card no longer offers registration

    def test_a_kept_home_reads_no_case_study_or_seminar(self, client, tree):
        url = self.home(tree)
        add_seminar(tree, "Seminar om sprog", tree["municipality"], days=1)
        first = read(client, url)
        with CaptureQueriesContext(connection) as queries:
            again = read(client, url)
        assert section(again, "seminars-heading") == section(first, "seminars-heading")
        assert not queries_of(queries, "casestudies_casestudypage", "seminars_seminarpage")


@pytest.mark.django_db
class TestSeminarIndex:
    """The index's listing is kept per publish for each valid filter and page number, and until a seminar
    to come ends or a shown registration closes."""

    def test_a_published_seminar_shows_on_the_next_request(self, client, tree):
        url = tree["seminar_index"].url
        read(client, url)
        add_seminar(tree, "Seminar om sprog", tree["municipality"], days=2)
        assert "Seminar om sprog" in section(read(client, url), "upcoming-heading")

    def test_a_seminar_that_ends_moves_to_the_past_without_a_publish(self, client, tree, monkeypatch):
        url = tree["seminar_index"].url
        soon = add_seminar(tree, "Seminar om sprog", tree["municipality"], days=1)
        html = read(client, url)
        assert "Seminar om sprog" in section(html, "upcoming-heading")
        assert "Seminar om sprog" not in section(html, "past-heading")
        monkeypatch.setattr(timezone, "now", lambda: soon.end + datetime.timedelta(minutes=1))
        html = read(client, url)
        assert "Seminar om sprog" not in section(html, "upcoming-heading")
        assert "Seminar om sprog" in section(html, "past-heading")

    def test_two_filters_never_mix(self, client, tree):
        odense, _actors = add_municipality(tree, "Odense", "461", [Sector.LIBRARY])
        add_seminar(tree, "Seminar i Odense", odense, days=2)
        url = tree["seminar_index"].url
        in_odense = section(read(client, url, {"municipality": "461"}), "upcoming-heading")
        everywhere = section(read(client, url), "upcoming-heading")
        in_aarhus = section(
            read(client, url, {"municipality": tree["municipality"].code}), "upcoming-heading"
        )
        assert "Seminar i Odense" in in_odense and "Seminar i Odense" in everywhere
        assert "Seminar i Odense" not in in_aarhus

    def test_a_kept_listing_reads_no_seminar(self, client, tree):
        add_seminar(tree, "Seminar om sprog", tree["municipality"], days=2)
        url = tree["seminar_index"].url
        first = read(client, url)
        with CaptureQueriesContext(connection) as queries:
            again = read(client, url)
        assert section(again, "upcoming-heading") == section(first, "upcoming-heading")
        assert not queries_of(queries, "seminars_seminarpage")


@pytest.mark.django_db
class TestCalendarFeed:
    """The seminar index's calendar feed is kept per publish and until its first seminar ends."""

    def feed(self, client, tree):
        url = tree["seminar_index"].url + "calendar/"
        response = client.get(url)
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/calendar")
        return response.content.decode()

    def test_a_published_seminar_shows_on_the_next_request(self, client, tree):
        self.feed(client, tree)
        add_seminar(tree, "Seminar om sprog", tree["municipality"], days=2)
        assert "SUMMARY:Seminar om sprog" in self.feed(client, tree)

    def test_a_seminar_that_ends_leaves_the_feed_without_a_publish(self, client, tree, monkeypatch):
        # Under way: it began three and a half hours ago and ends in half an hour, before a kept feed's hour.
        soon = add_seminar(tree, "Seminar om sprog", tree["municipality"], days=-3.5 / 24)
        assert "SUMMARY:Seminar om sprog" in self.feed(client, tree)
        monkeypatch.setattr(timezone, "now", lambda: soon.end + datetime.timedelta(minutes=1))
        assert "SUMMARY:Seminar om sprog" not in self.feed(client, tree)

    def test_a_kept_feed_reads_no_seminar(self, client, tree):
        add_seminar(tree, "Seminar om sprog", tree["municipality"], days=2)
        first = self.feed(client, tree)
        with CaptureQueriesContext(connection) as queries:
            again = self.feed(client, tree)
        assert again == first
        assert not queries_of(queries, "seminars_seminarpage")


def pagination_links(html):
    return re.findall(r'<a rel="(?:prev|next)" href="([^"]*)"', html)


@pytest.mark.django_db
class TestCaseStudyIndex:
    """The index's listing is kept per publish for each valid combination of filters and page number."""

    def add(self, tree, title, sector=Sector.LIBRARY):
        actor = ActorFactory(municipality=tree["municipality"], name=f"{title} aktør", sector=sector)
        return add_case_study(tree, title, tree["municipality"], [actor, tree["job_centre"]])

    def test_a_published_case_study_shows_on_the_next_request(self, client, tree):
        url = tree["case_index"].url
        assert "Lektiecafé i Gellerup" not in card_titles(read(client, url))
        self.add(tree, "Lektiecafé i Gellerup")
        assert "Lektiecafé i Gellerup" in card_titles(read(client, url))

    def test_two_filter_combinations_never_mix(self, client, tree):
        self.add(tree, "Foreningsliv", sector=Sector.ASSOCIATION)
        url = tree["case_index"].url
        associations = card_titles(read(client, url, {"sector": Sector.ASSOCIATION}))
        everything = card_titles(read(client, url))
        assert associations == ["Foreningsliv"]
        assert set(everything) > {"Foreningsliv"}
        assert card_titles(read(client, url, {"sector": Sector.ASSOCIATION})) == associations

    def test_two_pages_never_mix_and_only_real_pages_are_kept(self, client, tree):
        for number in range(12):
            self.add(tree, f"Case {number:02d}")
        url = tree["case_index"].url
        first, second = read(client, url), read(client, url, {"page": "2"})
        assert len(card_titles(first)) == 12
        assert card_titles(second) and not set(card_titles(second)) & set(card_titles(first))
        assert card_titles(read(client, url, {"page": "1"})) == card_titles(first)
        # Past the end: Django's last page, shown but not kept under a key of its own.
        with CaptureQueriesContext(connection) as queries:
            past = read(client, url, {"page": "99"})
        assert card_titles(past) == card_titles(second)
        with CaptureQueriesContext(connection) as again:
            read(client, url, {"page": "99"})
        assert len(again) == len(queries)

    def test_the_links_carry_the_filters_and_nothing_else_the_first_reader_had(self, client, tree):
        for number in range(13):
            self.add(tree, f"Case {number:02d}")
        url = tree["case_index"].url
        first_reader = read(client, url, {"sector": Sector.LIBRARY, "utm_source": "<mail>"})
        next_reader = read(client, url, {"sector": Sector.LIBRARY})
        assert (
            pagination_links(first_reader) == pagination_links(next_reader) == ["?sector=library&amp;page=2"]
        )
        assert "utm_source" not in first_reader.split('id="main"')[-1].split("</main>")[0]

    def test_an_invalid_filter_still_shows_its_error(self, client, tree):
        url = tree["case_index"].url
        read(client, url, {"sector": "castle"})
        html = read(client, url, {"sector": "castle"})
        assert "form-error-message" in html
        assert "form-error-message" not in read(client, url)

    def test_a_kept_listing_reads_no_case_study(self, client, tree):
        url = tree["case_index"].url
        titles = card_titles(read(client, url))
        with CaptureQueriesContext(connection) as queries:
            html = read(client, url)
        assert card_titles(html) == titles
        assert not queries_of(queries, "casestudies_casestudypage")


def municipality_names(html):
    """The names in the municipality index's list."""
    html = html[html.index('id="municipality-list"') :]
    return set(re.findall(r"<li><a href=\"[^\"]*\">(?:<bdi[^>]*>)?([^<]+)", html))


@pytest.mark.django_db
class TestMunicipalityIndex:
    """The whole list is kept per publish; a search by name is not."""

    def test_a_published_municipality_shows_on_the_next_request(self, client, tree):
        url = tree["directory"].url
        assert "Aarhus" in municipality_names(read(client, url))
        odense, _actors = add_municipality(tree, "Odense", "461", [Sector.LIBRARY])
        odense.save_revision().publish()
        names = municipality_names(read(client, url))
        assert {"Aarhus", "Odense"} <= names

    def test_a_new_actor_changes_the_count_on_the_next_request(self, client, tree):
        url = tree["directory"].url
        html = read(client, url)
        counted = re.search(r"Aarhus</a> <span class=\"meta\">\((\d+)", html.replace("</bdi>", ""))
        ActorFactory(municipality=tree["municipality"], name="Dokk1").save_revision().publish()
        again = re.search(r"Aarhus</a> <span class=\"meta\">\((\d+)", read(client, url).replace("</bdi>", ""))
        assert int(again.group(1)) == int(counted.group(1)) + 1

    def test_a_search_is_never_served_the_whole_list(self, client, tree):
        add_municipality(tree, "Odense", "461", [Sector.LIBRARY])
        url = tree["directory"].url
        read(client, url)
        assert municipality_names(read(client, url, {"q": "oden"})) == {"Odense"}
        assert municipality_names(read(client, url, {"q": "aarh"})) == {"Aarhus"}
        assert {"Aarhus", "Odense"} <= municipality_names(read(client, url))

    def test_the_kept_list_reads_no_municipality(self, client, tree):
        url = tree["directory"].url
        names = municipality_names(read(client, url))
        with CaptureQueriesContext(connection) as queries:
            html = read(client, url)
        assert municipality_names(html) == names
        assert not queries_of(queries, "directory_municipalitypage")


@pytest.mark.django_db
class TestActorPage:
    def test_a_published_partner_shows_on_the_next_request(self, client, tree):
        url = tree["library"].get_url()
        assert "Jobcenter Aarhus" in section(read(client, url), "case-studies-heading")
        centre = tree["job_centre"]
        centre.name = "Jobcenter Aarhus Midt"
        centre.save_revision().publish()
        assert "Jobcenter Aarhus Midt" in section(read(client, url), "case-studies-heading")

    def test_a_published_actor_shows_on_the_next_request(self, client, tree):
        library = tree["library"]
        read(client, library.get_url())
        library.opening_hours = "Mandag til fredag 8-22"
        library.save_revision().publish()
        assert "Mandag til fredag 8-22" in read(client, library.get_url())


@pytest.mark.django_db
class TestCaseStudyPage:
    def test_a_published_case_study_shows_on_the_next_request(self, client, tree):
        case_study = tree["case_study"]
        read(client, case_study.url)
        case_study.summary = "Biblioteket og jobcentret holder nu jobcafé hver dag."
        case_study.save_revision().publish()
        html = read(client, case_study.url)
        assert '<p class="lead">Biblioteket og jobcentret holder nu jobcafé hver dag.</p>' in html

    def test_a_published_related_case_study_shows_on_the_next_request(self, client, tree):
        case_study = tree["case_study"]
        read(client, case_study.url)
        other = add_case_study(
            tree, "Jobcafé i Skejby", tree["municipality"], [tree["library"]], publish=False
        )
        other.themes.set([tree["theme"]])
        other.save_revision().publish()
        related = read(client, case_study.url).split('id="related-heading"')[1].split("</aside>")[0]
        assert "Jobcafé i Skejby" in related

    def test_a_published_participant_shows_on_the_next_request(self, client, tree):
        case_study = tree["case_study"]
        read(client, case_study.url)
        library = tree["library"]
        library.name = "Dokk1"
        library.save_revision().publish()
        assert "Dokk1" in section(read(client, case_study.url), "participants-heading")


@pytest.mark.django_db
class TestKeptTag:
    """The tag itself, on a template of its own."""

    TEMPLATE = Template(
        '{% load pagecache_tags %}{% kept "test" part %}{{ value|safe }}{% kept_until until %}{% endkept %}'
    )

    def render(self, request, **context):
        return self.TEMPLATE.render(Context({"request": request, "until": None, **context}))

    def test_the_html_is_kept_until_the_next_publish(self, rf):
        request = rf.get("/da/")
        assert self.render(request, part=1, value="first") == "first"
        assert self.render(request, part=1, value="second") == "first"
        bump_generation()
        assert self.render(request, part=1, value="third") == "third"

    def test_a_missing_part_keeps_nothing(self, rf):
        request = rf.get("/da/")
        assert self.render(request, value="first") == "first"
        assert self.render(request, value="second") == "second"

    def test_each_path_and_host_has_its_own(self, rf):
        assert self.render(rf.get("/da/a/"), part=1, value="a") == "a"
        assert self.render(rf.get("/da/b/"), part=1, value="b") == "b"
        assert self.render(rf.get("/da/a/", HTTP_HOST="localhost"), part=1, value="c") == "c"

    def test_a_preview_is_never_kept(self, rf):
        request = rf.get("/da/")
        request.is_preview = True
        assert self.render(request, part=1, value="draft") == "draft"
        del request.is_preview
        assert self.render(request, part=1, value="published") == "published"

    def test_a_csrf_token_is_never_kept(self, rf):
        request = rf.get("/da/")
        token = '<input type="hidden" name="csrfmiddlewaretoken" value="abc">'
        assert self.render(request, part=1, value=token) == token
        assert self.render(request, part=1, value="other") == "other"

    def test_kept_until_a_moment(self, monkeypatch, rf):
        request = rf.get("/da/")
        now = timezone.now()
        until = now + datetime.timedelta(hours=1)
        assert self.render(request, part=1, value="first", until=until) == "first"
        assert self.render(request, part=1, value="second", until=until) == "first"
        monkeypatch.setattr(timezone, "now", lambda: until)
        assert self.render(request, part=1, value="third", until=until) == "third"

    def test_with_the_cache_unreachable_every_request_renders_its_own(self, monkeypatch, rf):
        """Redis down: django-redis answers every read with nothing (IGNORE_EXCEPTIONS). The page is
        rendered in full each time and nothing is kept to be served stale once Redis is back."""
        from django.core.cache import cache

        stored = []
        monkeypatch.setattr(cache, "get_many", lambda keys, **kwargs: {})
        monkeypatch.setattr(cache, "get", lambda key, default=None, **kwargs: default)
        monkeypatch.setattr(cache, "add", lambda *args, **kwargs: False)
        monkeypatch.setattr(cache, "set", lambda *args, **kwargs: stored.append(args[0]))
        request = rf.get("/da/")
        assert self.render(request, part=1, value="first") == "first"
        assert self.render(request, part=1, value="second") == "second"
        assert stored == []
