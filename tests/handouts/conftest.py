"""Data and rendered handouts shared by a test file: WeasyPrint takes a second or so per handout, so each
PDF the tests read is rendered once per file (module scope), inside the file's shared transaction
(tests/conftest.py: site_tree), and the tests read it from there.

On top of the tree: Aarhus in Arabic ("آرهوس") and Ukrainian ("Орхус"), its library translated into both
(the job centre is not, so it is shown from Danish, the fallback), the case study in Arabic, and the
languages each actor serves in (Tamil among them, a script the portal's typefaces lack), and the library
in Polish.
"""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from directory.models import Language
from tests.factories_tree import ModuleData, fresh_copies, module_writes

ARABIC_MUNICIPALITY = "آرهوس"
ARABIC_LIBRARY = "مكتبة آرهوس الرئيسية"
UKRAINIAN_MUNICIPALITY = "Орхус"
UKRAINIAN_LIBRARY = "Центральна бібліотека Орхуса"
ARABIC_CASE_STUDY = "مقهى الوظائف في المكتبة"
POLISH_LIBRARY = "Główna Biblioteka w Aarhus – żłobek językowy"


def translate_page(page, language_code, **fields):
    """A published translation of `page` (and of its parents where missing) with `fields` changed."""
    locale = Locale.objects.get(language_code=language_code)
    translated = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    return translated


def translate_actor(actor, municipality, name):
    translated = actor.copy_for_translation(municipality.locale)
    translated.name = name
    translated.municipality = municipality
    translated.save()
    return translated


@pytest.fixture(scope="module")
def handouts_data(site_tree, django_db_blocker):
    with module_writes(django_db_blocker) as callbacks:
        tree = fresh_copies(site_tree.objects)
        for actor, codes in ((tree["library"], ["ar", "uk"]), (tree["job_centre"], ["da", "ta"])):
            actor.languages.set(Language.objects.filter(code__in=codes))
            actor.save()  # a ParentalManyToManyField is written when its object is saved
        arabic = translate_page(tree["municipality"], "ar", title=ARABIC_MUNICIPALITY)
        ukrainian = translate_page(tree["municipality"], "uk", title=UKRAINIAN_MUNICIPALITY)
        translate_actor(tree["library"], arabic, ARABIC_LIBRARY)
        translate_actor(tree["library"], ukrainian, UKRAINIAN_LIBRARY)
        polish = translate_page(tree["municipality"], "pl")
        translate_actor(tree["library"], polish, POLISH_LIBRARY)
        arabic_case_study = translate_page(tree["case_study"], "ar", title=ARABIC_CASE_STUDY)
    return ModuleData({"arabic_municipality": arabic, "arabic_case_study": arabic_case_study}, callbacks)


@pytest.fixture
def handouts_site(tree, handouts_data):
    return {**tree, **handouts_data.for_test()}


def handout_url(kind, page, language_code, **params):
    with translation.override(language_code):
        url = reverse("handout", kwargs={"kind": kind, "page_id": page.pk})
    if params:
        url += "?" + "&".join(f"{name}={value}" for name, value in params.items())
    return url


@pytest.fixture(scope="module")
def render_once(site_tree, handouts_data, django_db_blocker):
    """render_once(kind, page key, language, **params) -> the PDF's bytes, rendered once per test file."""
    rendered = {}

    def render(kind, key, language_code, **params):
        cache_key = (kind, key, language_code, tuple(sorted(params.items())))
        if cache_key not in rendered:
            pages = {**site_tree.objects, **handouts_data.objects}
            with django_db_blocker.unblock(), translation.override(language_code):
                response = Client().get(handout_url(kind, pages[key], language_code, **params))
            assert response.status_code == 200, response
            assert response["Content-Type"] == "application/pdf"
            rendered[cache_key] = b"".join(response.streaming_content)
        return rendered[cache_key]

    return render
