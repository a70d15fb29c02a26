"""Group and workflow names in Danish (see roles/groups.py): rename what earlier versions stored in English.

The names are written out here rather than imported, so that the migration keeps doing the same thing
whatever roles/groups.py says later.
"""

from django.db import migrations

GROUPS = {
    "Translators": "Oversættere",
    "Coordinators": "Koordinatorer",
    "Seminar organisers": "Seminararrangører",
}
EDITORS = ("Editors: ", "Redaktører: ")
WORKFLOW = ("Coordinator approval", "Koordinatorgodkendelse")


def rename(apps, groups, editors, workflow):
    group_model = apps.get_model("auth", "Group")
    for old, new in groups.items():
        if not group_model.objects.filter(name=new).exists():
            group_model.objects.filter(name=old).update(name=new)
    old_prefix, new_prefix = editors
    for group in group_model.objects.filter(name__startswith=old_prefix):
        new_name = new_prefix + group.name.removeprefix(old_prefix)
        if not group_model.objects.filter(name=new_name).exists():
            group.name = new_name
            group.save(update_fields=["name"])
    old_name, new_name = workflow
    for model_name in ("Workflow", "Task"):
        apps.get_model("wagtailcore", model_name).objects.filter(name=old_name).update(name=new_name)


def to_danish(apps, schema_editor):
    rename(apps, GROUPS, EDITORS, WORKFLOW)


def to_english(apps, schema_editor):
    rename(apps, {new: old for old, new in GROUPS.items()}, EDITORS[::-1], WORKFLOW[::-1])


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(to_danish, to_english)]
