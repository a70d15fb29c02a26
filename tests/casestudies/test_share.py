import datetime
import io
import re
import warnings

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext
from PIL import Image
from wagtail.images import get_image_model
from wagtail.models import Locale, WorkflowState

from casestudies.forms import CaseStudyShareForm
from casestudies.models import CaseStudyPage, Origin
from publicforms.antispam import signed_start
from publicforms.forms import consent_wording
from publicforms.models import Submission


@pytest.fixture(autouse=True)
def fresh_limits(settings):
    cache.clear()
    settings.FORM_MIN_FILL_SECONDS = 0
    yield
    cache.clear()


@pytest.fixture
def share_url(tree):
    return f"{tree['case_index'].url}share/"


def picture(image_format="PNG", size=(40, 30), name="photo.png"):
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, format=image_format)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def bomb(side=20000):
    """A one-colour PNG of side×side pixels: a few kilobytes that would take 1.2 GB to decode."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        Image.new("1", (side, side), 0).save(buffer, format="PNG", optimize=True)
    return SimpleUploadedFile("bomb.png", buffer.getvalue(), content_type="image/png")


def story(tree, **overrides):
    data = {
        "title": "Lektiecafé for nye familier",
        "municipality": str(tree["municipality"].pk),
        "start_date": "2024-09-01",
        "summary": "Biblioteket og skolen hjalp børn med lektier.",
        "partners": "Biblioteket lagde lokaler til, skolen sendte lærere.",
        "challenge": "Mange børn manglede hjælp.",
        "approach": "Vi åbnede en lektiecafé.\n\nHver onsdag.",
        "results": "30 børn kom fast.",
        "lessons": "",
        "image_alt": "",
        "your_name": "Oksana Petrenko",
        "your_email": "oksana@example.net",
        "consent": "on",
        "started": signed_start(),
    }
    data.update(overrides)
    return data


def field_error(html, field):
    match = re.search(rf'<span class="form-error-message" id="id_{field}-error">(.*?)</span>\s*<', html, re.S)
    return match.group(1) if match else None


def in_danish(message):
    with translation.override("da"):
        return escape(gettext(message))


class TestSharePage:
    def test_shows_the_form_with_upload_and_privacy_notice(self, client, share_url):
        html = client.get(share_url).content.decode()
        assert 'enctype="multipart/form-data"' in html
        assert 'name="csrfmiddlewaretoken"' in html
        assert 'accept="image/jpeg,image/png,image/webp"' in html
        assert in_danish("How we use your details") in html

    def test_linked_from_the_case_study_index(self, client, tree, share_url):
        assert f'href="{share_url}"' in client.get(tree["case_index"].url).content.decode()

    def test_fixed_number_of_queries(self, client, share_url, django_assert_max_num_queries):
        with django_assert_max_num_queries(30):
            client.get(share_url)


class TestShare:
    def test_creates_a_draft_case_study_with_the_picture_and_starts_moderation(
        self, client, tree, share_url, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(share_url, story(tree, image=picture(), image_alt="Børn ved et bord"))
        assert response.status_code == 302
        page = CaseStudyPage.objects.get(title="Lektiecafé for nye familier")
        assert not page.live
        assert page.get_parent().pk == tree["case_index"].pk
        assert page.origin == Origin.PUBLIC_SUBMISSION
        assert [block.block_type for block in page.body] == ["challenge", "approach", "results"]
        assert page.body[1].value.source == "<p>Vi åbnede en lektiecafé.</p><p>Hver onsdag.</p>"
        assert page.municipalities.get().municipality_id == tree["municipality"].pk
        assert page.contact_name == "" and page.contact_email == ""
        image = page.listing_image
        assert re.fullmatch(r"original_images/public-[0-9a-f]{32}\.png", image.file.name)
        assert WorkflowState.objects.filter(object_id=str(page.pk), status="in_progress").exists()
        submission = Submission.objects.get()
        assert submission.content_object.specific == page
        assert submission.email == "oksana@example.net"
        assert mail.outbox[-1].to == ["oksana@example.net"]

    def test_the_draft_is_not_on_the_site(self, client, tree, share_url):
        client.post(share_url, story(tree))
        assert "Lektiecafé for nye familier" not in client.get(tree["case_index"].url).content.decode()

    def test_a_ukrainian_story_becomes_a_ukrainian_draft(self, client, tree):
        ukrainian = Locale.objects.get(language_code="uk")
        index = tree["case_index"].copy_for_translation(ukrainian, copy_parents=True)
        index.save_revision().publish()
        municipality = tree["municipality"].copy_for_translation(ukrainian, copy_parents=True)
        municipality.save_revision().publish()
        url = f"{index.url}share/"
        assert url.startswith("/uk/")
        form_html = client.get(url).content.decode()
        assert f'<option value="{municipality.pk}">' in form_html
        assert f'<option value="{tree["municipality"].pk}">' not in form_html  # one language per listing
        response = client.post(url, story(tree, municipality=str(municipality.pk), title="Історія"))
        assert response.status_code == 302
        page = CaseStudyPage.objects.get(title="Історія")
        assert page.locale == ukrainian and page.get_parent().pk == index.pk
        submission = Submission.objects.get()
        assert submission.language == "uk"
        with translation.override("uk"):
            assert submission.consent_text == consent_wording(CaseStudyShareForm.consent_purpose)

    def test_html_is_stored_as_escaped_text(self, client, tree, share_url):
        client.post(share_url, story(tree, challenge='<img src=x onerror="alert(1)">'))
        page = CaseStudyPage.objects.get(title="Lektiecafé for nye familier")
        assert page.body[0].value.source == "<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p>"

    @pytest.mark.parametrize(
        ("upload", "message"),
        [
            (
                SimpleUploadedFile("notes.png", b"just text, not a picture", content_type="image/png"),
                "The file is not a picture we can use. Upload a JPEG, PNG or WebP picture.",
            ),
            ("truncated", "The file is not a picture we can use. Upload a JPEG, PNG or WebP picture."),
            ("gif", "The file is not a picture we can use. Upload a JPEG, PNG or WebP picture."),
            ("bomb", "The picture has too many pixels. Make it smaller and try again."),
            ("small bomb", "The picture has too many pixels. Make it smaller and try again."),
        ],
    )
    def test_bad_pictures_are_refused_and_nothing_is_stored(self, client, tree, share_url, upload, message):
        if upload == "truncated":
            content = picture(size=(400, 300)).read()
            upload = SimpleUploadedFile("cut.png", content[: len(content) // 2], content_type="image/png")
        elif upload == "gif":
            upload = picture(image_format="GIF", name="anim.gif")
        elif upload == "bomb":
            upload = bomb()
        elif upload == "small bomb":  # over the portal's limit but under Pillow's own
            upload = bomb(side=7000)
        images_before = get_image_model().objects.count()
        response = client.post(share_url, story(tree, image=upload, image_alt="Et billede"))
        html = response.content.decode()
        assert response.status_code == 400
        assert in_danish(message) in field_error(html, "image")
        assert "Mange børn manglede hjælp." in html
        assert not CaseStudyPage.objects.filter(title="Lektiecafé for nye familier").exists()
        assert get_image_model().objects.count() == images_before
        assert not Submission.objects.exists()

    def test_too_large_a_file_is_refused(self, client, tree, share_url, settings):
        settings.FORM_MAX_IMAGE_BYTES = 100
        response = client.post(share_url, story(tree, image=picture(), image_alt="Et billede"))
        assert response.status_code == 400
        assert field_error(response.content.decode(), "image")

    def test_a_picture_needs_a_description(self, client, tree, share_url):
        response = client.post(share_url, story(tree, image=picture()))
        assert in_danish("Describe what the picture shows.") in field_error(
            response.content.decode(), "image_alt"
        )

    def test_location_metadata_is_removed(self, client, tree, share_url):
        buffer = io.BytesIO()
        exif = Image.Exif()
        exif[0x8825] = {2: (55.0, 40.0, 0.0)}  # GPSInfo: latitude
        Image.new("RGB", (40, 30), "blue").save(buffer, format="JPEG", exif=exif)
        upload = SimpleUploadedFile("photo.jpg", buffer.getvalue(), content_type="image/jpeg")
        client.post(share_url, story(tree, image=upload, image_alt="Blå"))
        image = CaseStudyPage.objects.get(title="Lektiecafé for nye familier").listing_image
        with image.file.open() as stored, Image.open(stored) as decoded:
            assert not decoded.getexif()

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("title", "Ny\u202ekatalog"),
            ("start_date", "2999-01-01"),
            ("start_date", "1. maj"),
            ("municipality", "999999"),
            ("summary", "z" * 700),
            ("challenge", ""),
        ],
    )
    def test_bad_fields_are_refused_and_what_was_typed_is_kept(self, client, tree, share_url, field, value):
        response = client.post(share_url, story(tree, **{field: value}))
        html = response.content.decode()
        assert response.status_code == 400
        assert field_error(html, field)
        assert "Biblioteket lagde lokaler til, skolen sendte lærere." in html
        assert not Submission.objects.exists()

    def test_the_same_story_twice_is_stored_once(self, client, tree, share_url):
        client.post(share_url, story(tree))
        response = client.post(share_url, story(tree))
        assert response.status_code == 400
        assert CaseStudyPage.objects.filter(title="Lektiecafé for nye familier").count() == 1

    def test_approval_publishes_and_tells_the_submitter(
        self, client, tree, share_url, django_user_model, django_capture_on_commit_callbacks
    ):
        client.post(share_url, story(tree))
        page = CaseStudyPage.objects.get(title="Lektiecafé for nye familier")
        state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
        coordinator = django_user_model.objects.create_superuser("k", "k@example.org", "pw")
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            state.current_task_state.approve(user=coordinator)
        page.refresh_from_db()
        assert page.live
        to_submitter = [message for message in mail.outbox if message.to == ["oksana@example.net"]]
        assert len(to_submitter) == 1 and page.full_url in to_submitter[0].body
        assert client.get(page.url).status_code == 200


class TestPurgeOfRejectedStories:
    """A rejected story's draft and its picture go with the submitter's data once retention is over."""

    def reject(self, page, django_user_model):
        state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
        coordinator = django_user_model.objects.create_superuser("k", "k@example.org", "pw")
        state.current_task_state.reject(user=coordinator, comment="Ikke et samarbejde.")

    def age(self, settings):
        Submission.objects.update(
            created_at=timezone.now() - datetime.timedelta(days=settings.PERSONAL_DATA_RETENTION_DAYS + 1)
        )

    def test_the_rejected_draft_and_its_picture_are_deleted(
        self, client, tree, share_url, settings, django_user_model, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            client.post(share_url, story(tree, image=picture(), image_alt="Børn ved et bord"))
        page = CaseStudyPage.objects.get(title="Lektiecafé for nye familier")
        image_pk = page.listing_image_id
        with django_capture_on_commit_callbacks(execute=True):
            self.reject(page, django_user_model)
        self.age(settings)

        call_command("purge_personal_data", stdout=io.StringIO())

        assert not Submission.objects.exists()
        assert not CaseStudyPage.objects.filter(pk=page.pk).exists()
        assert not get_image_model().objects.filter(pk=image_pk).exists()

    def test_a_story_that_was_published_stays(
        self, client, tree, share_url, settings, django_user_model, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            client.post(share_url, story(tree, image=picture(), image_alt="Børn ved et bord"))
        page = CaseStudyPage.objects.get(title="Lektiecafé for nye familier")
        state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
        coordinator = django_user_model.objects.create_superuser("k", "k@example.org", "pw")
        with django_capture_on_commit_callbacks(execute=True):
            state.current_task_state.approve(user=coordinator)
        self.age(settings)

        call_command("purge_personal_data", stdout=io.StringIO())

        assert not Submission.objects.exists()
        page.refresh_from_db()
        assert page.live and page.listing_image is not None
