"""The languages newcomers in Denmark most often speak, as reference data (ISO 639-1, or 639-3 where none)."""

from django.db import migrations

LANGUAGES = [
    ("da", "Dansk", "Dansk", "Danish"),
    ("en", "English", "Engelsk", "English"),
    ("uk", "Українська", "Ukrainsk", "Ukrainian"),
    ("ar", "العربية", "Arabisk", "Arabic"),
    ("pl", "Polski", "Polsk", "Polish"),
    ("de", "Deutsch", "Tysk", "German"),
    ("ro", "Română", "Rumænsk", "Romanian"),
    ("lt", "Lietuvių", "Litauisk", "Lithuanian"),
    ("lv", "Latviešu", "Lettisk", "Latvian"),
    ("bg", "Български", "Bulgarsk", "Bulgarian"),
    ("ru", "Русский", "Russisk", "Russian"),
    ("so", "Soomaali", "Somali", "Somali"),
    ("ti", "ትግርኛ", "Tigrinya", "Tigrinya"),
    ("fa", "فارسی", "Persisk", "Persian"),
    ("prs", "دری", "Dari", "Dari"),
    ("ps", "پښتو", "Pashto", "Pashto"),
    ("ku", "Kurdî", "Kurdisk", "Kurdish"),
    ("tr", "Türkçe", "Tyrkisk", "Turkish"),
    ("ur", "اردو", "Urdu", "Urdu"),
    ("es", "Español", "Spansk", "Spanish"),
    ("fr", "Français", "Fransk", "French"),
    ("it", "Italiano", "Italiensk", "Italian"),
    ("pt", "Português", "Portugisisk", "Portuguese"),
    ("vi", "Tiếng Việt", "Vietnamesisk", "Vietnamese"),
    ("tl", "Tagalog", "Tagalog", "Tagalog"),
    ("zh", "中文", "Kinesisk", "Chinese"),
    ("hi", "हिन्दी", "Hindi", "Hindi"),
    ("ta", "தமிழ்", "Tamil", "Tamil"),
    ("th", "ไทย", "Thai", "Thai"),
    ("sv", "Svenska", "Svensk", "Swedish"),
    ("no", "Norsk", "Norsk", "Norwegian"),
]


def forwards(apps, schema_editor):
    Language = apps.get_model("directory.Language")
    for code, autonym, name_da, name_en in LANGUAGES:
        Language.objects.update_or_create(
            code=code, defaults={"autonym": autonym, "name_da": name_da, "name_en": name_en}
        )


class Migration(migrations.Migration):
    dependencies = [("directory", "0002_initial")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
