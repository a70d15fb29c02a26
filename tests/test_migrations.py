import io

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_every_model_change_has_a_migration():
    out = io.StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out, stderr=out)
    except SystemExit as exit_:
        pytest.fail(f"Missing migrations:\n{out.getvalue()} ({exit_})")


@pytest.mark.django_db
def test_migrations_create_the_five_locales_and_the_danish_home(home_page):
    from wagtail.models import Locale, Site

    assert sorted(Locale.objects.values_list("language_code", flat=True)) == ["ar", "da", "en", "pl", "uk"]
    assert Site.objects.get(is_default_site=True).root_page.specific == home_page
