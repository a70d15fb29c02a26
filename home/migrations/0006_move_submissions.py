from django.db import migrations


class Migration(migrations.Migration):
    """Public submissions now belong to the publicforms app: forgotten here, the table kept."""

    dependencies = [
        ('publicforms', '0001_initial'),
        ('home', '0005_search_title_body_index'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(
                    name='Submission',
                ),
            ],
        ),
    ]
