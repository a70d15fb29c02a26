"""A translator's round trip through the admin: submit, translate, publish, read in Arabic.

Everything goes through wagtail-localize's admin views with the test client, as the React editor and
the "Translate this page" / "Sync translated pages" buttons call them. wagtail-localize publishes in
`transaction.on_commit`, hence `django_capture_on_commit_callbacks(execute=True)` around each POST.
"""

import runpy
from pathlib import Path
from urllib.parse import urlencode

import polib
import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from casestudies.models import CaseStudyPage
from languages.translation import translate_with_strings
from roles.groups import TRANSLATORS_GROUP_NAME, setup_roles

ARABIC = {
    "Jobcafé på biblioteket": "مقهى الوظائف في المكتبة",
    "Biblioteket og jobcentret holdt jobcafé hver torsdag.": "نظمت المكتبة ومركز التوظيف مقهى وظائف كل خميس.",
    "Mange partnere manglede netværk.": "كان كثير من الشركاء يفتقرون إلى شبكة علاقات.",
}
DUMMY_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}


@pytest.fixture
def arabic(db):
    return Locale.objects.get(language_code="ar")


@pytest.fixture
def arabic_parents(tree, home_page, django_capture_on_commit_callbacks):
    """The Arabic home page and the pages above the case study, published, as an editor set them up."""
    for page, strings in [
        (home_page, {"Erfaringsportalen": "بوابة الخبرات"}),
        (tree["directory"], {}),
        (tree["municipality"], {}),
        (tree["case_index"], {}),
    ]:
        with django_capture_on_commit_callbacks(execute=True):
            translate_with_strings(page, "ar", strings)
    return tree


@pytest.fixture
def translator_client(client, arabic_parents, django_user_model):
    setup_roles()
    user = django_user_model.objects.create_user("mona", "mona@example.org", "pw")
    user.groups.add(Group.objects.get(name=TRANSLATORS_GROUP_NAME))
    client.force_login(user)
    return client


@pytest.fixture
def submitted(translator_client, arabic_parents, arabic, django_capture_on_commit_callbacks):
    """The case study submitted for translation into Arabic through "Translate this page"."""
    case_study = arabic_parents["case_study"]
    with django_capture_on_commit_callbacks(execute=True):
        response = translator_client.post(
            reverse("wagtail_localize:submit_page_translation", args=[case_study.pk]),
            {"locales": [arabic.pk]},
        )
    assert response.status_code == 302
    return Translation.objects.get(source__object_id=case_study.translation_key, target_locale=arabic)


def translate_strings_in_editor(client, translation_, strings):
    """PUT each translation as the React editor does when a translator saves a segment."""
    segments = StringSegment.objects.filter(source=translation_.source).select_related("string")
    for segment in segments:
        if segment.string.data in strings:
            url = reverse("wagtail_localize:edit_string_translation", args=[translation_.pk, segment.pk])
            response = client.put(
                url,
                urlencode({"value": strings[segment.string.data]}),
                content_type="application/x-www-form-urlencoded",
            )
            assert response.status_code in (200, 201)


def publish(client, page, capture):
    with capture(execute=True):
        response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"})
    assert response.status_code == 302


@pytest.mark.django_db
class TestArabicRoundTrip:
    def test_submitting_creates_a_draft_arabic_case_study_under_the_arabic_index(
        self, submitted, arabic_parents, arabic
    ):
        arabic_case = arabic_parents["case_study"].get_translation(arabic)
        assert arabic_case.get_parent().specific == arabic_parents["case_index"].get_translation(arabic)
        assert not arabic_case.live

    def test_translated_and_published_case_study_reads_right_to_left_in_arabic(
        self, translator_client, submitted, arabic_parents, arabic, django_capture_on_commit_callbacks
    ):
        translate_strings_in_editor(translator_client, submitted, ARABIC)
        arabic_case = arabic_parents["case_study"].get_translation(arabic)
        publish(translator_client, arabic_case, django_capture_on_commit_callbacks)
        arabic_case = CaseStudyPage.objects.get(pk=arabic_case.pk)
        assert arabic_case.live
        with translation.override("ar"):
            response = translator_client.get(arabic_case.url)
        html = response.content.decode()
        assert response.status_code == 200
        assert arabic_case.url.startswith("/ar/")
        assert '<html lang="ar" dir="rtl">' in html
        assert "مقهى الوظائف في المكتبة" in html
        assert "كان كثير من الشركاء يفتقرون إلى شبكة علاقات." in html

    def test_publishing_the_arabic_translation_leaves_the_danish_source_alone(
        self, translator_client, submitted, arabic_parents, arabic, django_capture_on_commit_callbacks
    ):
        danish = CaseStudyPage.objects.get(pk=arabic_parents["case_study"].pk)
        before = (danish.title, danish.summary, list(danish.body.raw_data), danish.live_revision_id)
        translate_strings_in_editor(translator_client, submitted, ARABIC)
        publish(translator_client, danish.get_translation(arabic), django_capture_on_commit_callbacks)
        danish = CaseStudyPage.objects.get(pk=danish.pk)
        assert (danish.title, danish.summary, list(danish.body.raw_data), danish.live_revision_id) == before


@pytest.mark.django_db
class TestPoFiles:
    def test_download_is_a_po_file_of_the_danish_strings(self, translator_client, submitted):
        response = translator_client.get(reverse("wagtail_localize:download_pofile", args=[submitted.pk]))
        assert response.status_code == 200
        po = polib.pofile(response.content.decode())
        assert po.metadata["X-WagtailLocalize-TranslationID"] == str(submitted.uuid)
        assert {"Jobcafé på biblioteket", "Mange partnere manglede netværk."} <= {e.msgid for e in po}

    def test_uploading_an_edited_po_file_translates_the_page(
        self, translator_client, submitted, arabic_parents, arabic, django_capture_on_commit_callbacks
    ):
        download = translator_client.get(reverse("wagtail_localize:download_pofile", args=[submitted.pk]))
        po = polib.pofile(download.content.decode())
        for entry in po:
            entry.msgstr = ARABIC.get(entry.msgid, "")
        arabic_case = arabic_parents["case_study"].get_translation(arabic)
        edit_url = reverse("wagtailadmin_pages:edit", args=[arabic_case.pk])
        upload = SimpleUploadedFile(
            "jobcafe-ar.po", str(po).encode(), content_type="text/x-gettext-translation"
        )
        response = translator_client.post(
            reverse("wagtail_localize:upload_pofile", args=[submitted.pk]), {"file": upload, "next": edit_url}
        )
        assert response.status_code == 302
        assert response.url == edit_url
        publish(translator_client, arabic_case, django_capture_on_commit_callbacks)
        arabic_case = CaseStudyPage.objects.get(pk=arabic_case.pk)
        assert arabic_case.title == "مقهى الوظائف في المكتبة"
        assert arabic_case.summary == "نظمت المكتبة ومركز التوظيف مقهى وظائف كل خميس."


@pytest.mark.django_db
class TestSyncingTranslations:
    def test_a_changed_synchronised_field_reaches_the_arabic_page_on_sync(
        self, translator_client, submitted, arabic_parents, arabic, django_capture_on_commit_callbacks
    ):
        translate_strings_in_editor(translator_client, submitted, ARABIC)
        arabic_case = arabic_parents["case_study"].get_translation(arabic)
        publish(translator_client, arabic_case, django_capture_on_commit_callbacks)
        danish = CaseStudyPage.objects.get(pk=arabic_parents["case_study"].pk)
        danish.contact_phone = "+45 00 00 77 77"
        danish.save_revision().publish()
        source = TranslationSource.objects.get_for_instance(danish)
        with django_capture_on_commit_callbacks(execute=True):
            response = translator_client.post(
                reverse("wagtail_localize:update_translations", args=[source.pk]),
                {"publish_translations": "on"},
            )
        assert response.status_code == 302
        arabic_case = CaseStudyPage.objects.get(pk=arabic_case.pk)
        assert arabic_case.contact_phone == "+45 00 00 77 77"
        assert arabic_case.title == "مقهى الوظائف في المكتبة"


@pytest.mark.django_db
class TestMachineTranslation:
    def test_machine_translate_fills_in_every_string(
        self, translator_client, submitted, arabic_parents, arabic
    ):
        arabic_case = arabic_parents["case_study"].get_translation(arabic)
        edit_url = reverse("wagtailadmin_pages:edit", args=[arabic_case.pk])
        with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=DUMMY_TRANSLATOR):
            response = translator_client.post(
                reverse("wagtail_localize:machine_translate", args=[submitted.pk]), {"next": edit_url}
            )
        assert response.status_code == 302
        segments = StringSegment.objects.filter(source=submitted.source)
        translations = StringTranslation.objects.filter(
            translation_of__in=segments.values("string"), locale=arabic
        )
        assert translations.count() == segments.values("string", "context").distinct().count()
        assert set(translations.values_list("translation_type", flat=True)) == {
            StringTranslation.TRANSLATION_TYPE_MACHINE
        }
        # The dummy translator reverses the words.
        assert translations.filter(data="biblioteket på Jobcafé").exists()

    def test_machine_translation_is_off_without_a_key(self, translator_client, submitted, arabic):
        response = translator_client.post(
            reverse("wagtail_localize:machine_translate", args=[submitted.pk]), follow=True
        )
        assert response.status_code == 404
        assert not StringTranslation.objects.filter(
            locale=arabic, translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE
        ).exists()


def settings_with_environment(monkeypatch, **environment):
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(Path(settings.BASE_DIR) / "config" / "settings" / "base.py"))


class TestMachineTranslationSetting:
    def test_a_deepl_key_turns_on_deepl(self, monkeypatch):
        values = settings_with_environment(monkeypatch, DEEPL_API_KEY="abc:fx")
        assert values["WAGTAILLOCALIZE_MACHINE_TRANSLATOR"] == {
            "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
            "OPTIONS": {"AUTH_KEY": "abc:fx"},
        }

    def test_without_a_key_there_is_no_machine_translator(self, monkeypatch):
        monkeypatch.delenv("DEEPL_API_KEY", raising=False)
        values = settings_with_environment(monkeypatch)
        assert values.get("WAGTAILLOCALIZE_MACHINE_TRANSLATOR") is None
