import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from publicforms.models import PersonalDataRecord, Submission


def submission(days_old, **fields):
    record = Submission.objects.create(
        kind=Submission.Kind.CONTACT,
        name="Olga",
        email="olga@example.net",
        consent_text="I agree …",
        consented_at=timezone.now(),
        fingerprint=f"f{days_old}",
        **fields,
    )
    Submission.objects.filter(pk=record.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=days_old)
    )
    return record


def purge(*args):
    out = StringIO()
    call_command("purge_personal_data", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
class TestPurgePersonalData:
    def test_deletes_only_what_is_past_retention(self):
        old, recent = submission(400), submission(10)
        output = purge()
        assert list(Submission.objects.all()) == [recent]
        assert not Submission.objects.filter(pk=old.pk).exists()
        assert "publicforms.Submission: 1" in output

    def test_retention_is_a_setting(self, settings):
        settings.PERSONAL_DATA_RETENTION_DAYS = 5
        submission(10)
        purge()
        assert not Submission.objects.exists()

    def test_dry_run_deletes_nothing(self):
        submission(400)
        output = purge("--dry-run")
        assert Submission.objects.count() == 1
        assert "publicforms.Submission: 1" in output and "would be deleted" in output

    def test_running_twice_is_harmless(self):
        submission(400)
        purge()
        assert "0 record(s) deleted" in purge()

    def test_the_draft_it_created_stays(self, tree):
        library = tree["library"]
        submission(400, content_object=library)
        purge()
        library.refresh_from_db()
        assert library.name


def test_every_concrete_record_is_found_by_the_command():
    from django.apps import apps

    concrete = [model for model in apps.get_models() if issubclass(model, PersonalDataRecord)]
    assert Submission in concrete
    assert all(not model._meta.abstract for model in concrete)


@pytest.mark.django_db
class TestCoordinatorsSeeSubmissions:
    def test_listing_and_inspect_show_who_sent_what_and_their_consent(self, admin_client):
        from django.urls import reverse

        record = submission(3)
        listing = admin_client.get(reverse("wagtailsnippets_publicforms_submission:list"))
        assert "Olga" in listing.content.decode()
        inspect = admin_client.get(
            reverse("wagtailsnippets_publicforms_submission:inspect", args=[record.pk])
        )
        assert "olga@example.net" in inspect.content.decode()
        assert "I agree …" in inspect.content.decode()

    def test_the_old_admin_address_leads_to_them(self, admin_client):
        record = submission(3)
        response = admin_client.get(f"/admin/snippets/home/submission/inspect/{record.pk}/", follow=True)
        assert "olga@example.net" in response.content.decode()

    def test_readers_cannot_see_them(self, client):
        from django.urls import reverse

        response = client.get(reverse("wagtailsnippets_publicforms_submission:list"))
        assert response.status_code == 302 and "/login/" in response["Location"]
