"""Reference data every installation needs: the content locales, the target groups, and a Danish home page
as the root of the default site (replacing the placeholder page Wagtail creates)."""

import uuid

from django.conf import settings
from django.db import migrations

TARGET_GROUPS = ["workers", "partners", "families", "students", "refugees"]

HOME_INTRO = (
    "Erfaringsportalen samler bibliotekernes erfaringer med at byde nytilkomne velkommen: "
    "hvem man kan samarbejde med i kommunen, hvad der virkede andre steder, og hvor man mødes."
)


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")
    TargetGroup = apps.get_model("home.TargetGroup")

    for order, code in enumerate(TARGET_GROUPS):
        TargetGroup.objects.get_or_create(code=code, defaults={"sort_order": order})

    locales = {}
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        locales[code], _created = Locale.objects.get_or_create(language_code=code)

    if HomePage.objects.exists():
        return
    page_type = ContentType.objects.get(app_label="wagtailcore", model="page")
    Page.objects.filter(content_type=page_type, depth=2, slug="home").delete()
    Site.objects.all().delete()
    root = Page.objects.get(depth=1)
    home_type, _created = ContentType.objects.get_or_create(app_label="home", model="homepage")
    last_child = Page.objects.filter(depth=2).order_by("-path").first()
    position = int(last_child.path[4:8], 36) + 1 if last_child else 1
    home = HomePage.objects.create(
        title="Erfaringsportalen",
        draft_title="Erfaringsportalen",
        slug="da",
        content_type=home_type,
        path=root.path + _base36(position).rjust(4, "0"),
        depth=2,
        numchild=0,
        url_path="/da/",
        locale=locales[settings.LANGUAGE_CODE],
        translation_key=uuid.uuid4(),
        intro=HOME_INTRO,
        live=True,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.create(
        hostname="localhost", port=80, site_name="Erfaringsportalen", root_page=home, is_default_site=True
    )


def _base36(number):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    while True:
        number, remainder = divmod(number, 36)
        out = digits[remainder] + out
        if not number:
            return out


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
