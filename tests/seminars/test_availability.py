"""The seminar badge says what registering would do now, derived from registrations, not set by an editor."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext, ngettext

from seminars.factories import SeminarPageFactory
from seminars.models import Registration, RegistrationStatus, SeminarPage

WAITING_LIST = ("Waiting list", "badge-warning")
OPEN = ("Open for registration", "badge-success")
CLOSED = ("Registration closed", "badge-info")
CANCELLED = ("Cancelled", "badge-error")


def badge(label, badge_class):
    """The badge as a Danish reader sees it."""
    with translation.override("da"):
        return f'<strong class="badge {badge_class}">{escape(gettext(label))}</strong>'


def seats_left(seats):
    with translation.override("da"):
        text = ngettext("There is %(seats)s seat left.", "There are %(seats)s seats left.", seats)
    return escape(text % {"seats": seats})


def set_seminar(page, **values):
    for name, value in values.items():
        setattr(page, name, value)
    page.save_revision().publish()


def register(seminar, count, status=RegistrationStatus.CONFIRMED):
    Registration.objects.bulk_create(
        Registration(
            seminar=seminar,
            name=f"Deltager {number}",
            email=f"{status}{number}-{seminar.pk}@example.org",
            organisation="Biblioteket",
            municipality="751",
            language="da",
            status=status,
        )
        for number in range(count)
    )


def html(client, page):
    with translation.override("da"):
        return client.get(page.url).content.decode()


@pytest.fixture
def seminar(tree):
    return tree["seminar"]


@pytest.fixture
def index(tree):
    return tree["seminar_index"]


@pytest.mark.django_db
class TestBadge:
    def test_full_seminar_shows_the_waiting_list_on_its_card(self, client, seminar, index):
        set_seminar(seminar, capacity=2)
        register(seminar, 2)
        assert badge(*WAITING_LIST) in html(client, index)

    def test_full_seminar_shows_the_waiting_list_on_its_page(self, client, seminar):
        set_seminar(seminar, capacity=2)
        register(seminar, 2)
        assert badge(*WAITING_LIST) in html(client, seminar)

    def test_the_waiting_list_does_not_take_seats(self, client, seminar, index):
        set_seminar(seminar, capacity=3)
        register(seminar, 1)
        register(seminar, 5, status=RegistrationStatus.WAITING)
        page = html(client, index)
        assert badge(*OPEN) in page
        assert seats_left(2) in page

    def test_cancelled_registrations_free_their_seat(self, client, seminar, index):
        set_seminar(seminar, capacity=2)
        register(seminar, 2)
        Registration.objects.filter(pk=Registration.objects.first().pk).update(
            status=RegistrationStatus.CANCELLED
        )
        page = html(client, index)
        assert badge(*OPEN) in page
        assert seats_left(1) in page

    def test_the_editors_fully_booked_means_the_waiting_list_while_registration_is_open(
        self, client, seminar, index
    ):
        set_seminar(seminar, status="full", capacity=50)
        assert badge(*WAITING_LIST) in html(client, index)
        assert badge(*WAITING_LIST) in html(client, seminar)

    def test_no_capacity_is_open_without_a_seat_count(self, client, seminar, index):
        set_seminar(seminar, capacity=None)
        register(seminar, 3)
        assert badge(*OPEN) + "</p>" in html(client, index)

    def test_after_the_deadline_registration_is_closed(self, client, seminar, index):
        set_seminar(seminar, registration_deadline=timezone.now() - datetime.timedelta(hours=1))
        register(seminar, 1)
        assert badge(*CLOSED) in html(client, index)
        assert badge(*CLOSED) in html(client, seminar)

    def test_a_full_seminar_after_the_deadline_is_closed_not_waiting(self, client, seminar, index):
        set_seminar(seminar, capacity=1, registration_deadline=timezone.now() - datetime.timedelta(hours=1))
        register(seminar, 1)
        page = html(client, index)
        assert badge(*CLOSED) in page
        assert badge(*WAITING_LIST) not in page

    def test_cancelled_is_shown_whatever_the_registrations(self, client, seminar, index):
        set_seminar(seminar, capacity=1, status="cancelled")
        register(seminar, 1)
        assert badge(*CANCELLED) in html(client, index)
        assert badge(*CANCELLED) in html(client, seminar)

    def test_a_past_seminar_is_held(self, client, seminar, index):
        start = timezone.now() - datetime.timedelta(days=30)
        set_seminar(seminar, start=start, end=start + datetime.timedelta(hours=5), registration_deadline=None)
        with translation.override("da"):
            assert f'<strong class="badge">{escape(gettext("Held"))}</strong>' in html(client, index)

    def test_a_translation_shows_the_danish_pages_registrations(self, client, seminar, index, english):
        index.copy_for_translation(english, copy_parents=True).save_revision().publish()
        set_seminar(seminar, capacity=1)
        seminar.copy_for_translation(english, copy_parents=True).save_revision().publish()
        register(seminar, 1)
        english_index = index.get_translation(english)
        with translation.override("en"):
            page = client.get(english_index.url).content.decode()
            assert f'<strong class="badge badge-warning">{gettext("Waiting list")}</strong>' in page

    def test_home_page_cards_show_the_badge(self, client, seminar, home_page):
        set_seminar(seminar, capacity=1)
        register(seminar, 1)
        assert badge(*WAITING_LIST) in html(client, home_page)


@pytest.mark.django_db
class TestQueries:
    """The badges of a whole page of seminars are counted in one query, however many seminars it lists."""

    def add_seminars(self, tree, count):
        for number in range(count):
            seminar = SeminarPageFactory.build(
                municipality=tree["municipality"],
                capacity=2,
                start=timezone.now() + datetime.timedelta(days=30 + number),
            )
            tree["seminar_index"].add_child(instance=seminar)
            register(seminar, number % 3)

    def count(self, client, url):
        for _warm_up in range(2):  # the locale, menu and settings caches every request shares
            client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        return len(queries)

    def test_index_runs_as_many_queries_for_2_seminars_as_for_12(self, client, tree):
        register(tree["seminar"], 1)
        self.add_seminars(tree, 1)
        url = tree["seminar_index"].url
        two = self.count(client, url)
        self.add_seminars(tree, 10)
        assert SeminarPage.objects.live().count() == 12
        assert self.count(client, url) == two

    def test_home_page_runs_as_many_queries_for_1_seminar_as_for_3(self, client, tree, home_page):
        register(tree["seminar"], 1)
        one = self.count(client, home_page.url)
        self.add_seminars(tree, 2)
        assert self.count(client, home_page.url) == one


@pytest.mark.django_db
class TestCachedCardsFollowRegistrations:
    """With the page cache on, a registration or cancellation shows on the seminar's cards at once."""

    @pytest.fixture(autouse=True)
    def page_cache(self, settings, home_page):
        from django.core.cache import cache

        from home.models import PortalSettings

        PortalSettings.for_site(home_page.get_site())
        settings.PAGE_CACHE_SECONDS = 300
        cache.clear()

    def registrant(self, number):
        return {
            "name": f"Deltager {number}",
            "email": f"deltager{number}@example.org",
            "organisation": "Biblioteket",
            "municipality": "751",
        }

    def test_last_seat_taken_and_freed(self, client, rf, seminar, index):
        from seminars import registrations

        set_seminar(seminar, capacity=1)
        assert badge(*OPEN) in html(client, index)
        assert client.get(index.url)["X-Page-Cache"] == "hit"
        request = rf.get("/")
        taken = registrations.register(
            seminar, self.registrant(1), language="da", consent_text="Ja", request=request
        )
        assert badge(*WAITING_LIST) in html(client, index)
        registrations.cancel(taken, request)
        assert badge(*OPEN) in html(client, index)
