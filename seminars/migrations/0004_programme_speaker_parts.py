"""The programme's speaker in three parts: the part taken (a choice the interface names in each
language), the name (never translated) and the role (translated).

The old single "Name and role." text is split where it can be read: a leading "Værter:" or "Ordstyrer:"
becomes the part (hosts are organisations, so their name goes to the translated role), and the text
before the first comma becomes the name, the rest the role. Items already split are left alone, so the
step can run again.
"""

import wagtail.fields
from django.db import migrations

PARTS = {"værter:": "hosts", "vært:": "hosts", "hosts:": "hosts", "ordstyrer:": "moderator", "moderator:": "moderator"}


def split_speaker(text):
    text = (text or "").strip()
    part = "speaker"
    for prefix, value in PARTS.items():
        if text.lower().startswith(prefix):
            part, text = value, text[len(prefix) :].strip()
            break
    if part == "hosts":
        return part, "", text
    name, _comma, role = text.partition(",")
    return part, name.strip(), role.strip()


def split_programmes(apps, schema_editor):
    SeminarPage = apps.get_model("seminars", "SeminarPage")
    field = SeminarPage._meta.get_field("programme")
    for page in SeminarPage.objects.only("pk", "programme").iterator():
        raw = list(page.programme.raw_data)
        changed = False
        for item in raw:
            value = item.get("value") or {}
            if item.get("type") != "item" or "part" in value:
                continue
            value["part"], value["speaker"], value["speaker_role"] = split_speaker(value.get("speaker"))
            changed = True
        if changed:
            SeminarPage.objects.filter(pk=page.pk).update(programme=field.to_python(raw))


class Migration(migrations.Migration):

    dependencies = [
        ('seminars', '0003_venue_postcode_four_digits'),
    ]

    operations = [
        migrations.AlterField(
            model_name='seminarpage',
            name='programme',
            field=wagtail.fields.StreamField([('item', 6)], blank=True, block_lookup={0: ('wagtail.blocks.TimeBlock', (), {'label': 'Time'}), 1: ('wagtail.blocks.CharBlock', (), {'label': 'Title', 'max_length': 255}), 2: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('speaker', 'Speaker'), ('hosts', 'Hosts'), ('moderator', 'Moderator')], 'help_text': "Shown before the name in the reader's language, e.g. 'Hosts:' or 'Moderator:'.", 'label': 'Taking part as', 'required': False}), 3: ('seminars.blocks.NameBlock', (), {'default': '', 'help_text': "The person's name, e.g. 'Mette Lund'. Written the same in every language.", 'label': 'Name', 'required': False}), 4: ('wagtail.blocks.CharBlock', (), {'default': '', 'help_text': "What they do and where, e.g. 'librarian, Aarhus Main Library'. For hosts, the organisation. Translated with the page.", 'label': 'Role', 'max_length': 255, 'required': False}), 5: ('wagtail.blocks.TextBlock', (), {'label': 'Description', 'required': False}), 6: ('wagtail.blocks.StructBlock', [[('time', 0), ('title', 1), ('part', 2), ('speaker', 3), ('speaker_role', 4), ('description', 5)]], {})}, verbose_name='programme'),
        ),
        migrations.RunPython(split_programmes, migrations.RunPython.noop),
    ]
