import django.db.models.deletion
from django.db import migrations, models



def carry_content_types(apps, schema_editor):
    """Permissions given on the models in their old app stay given: their content types move with them."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in ['submission']:
        if not ContentType.objects.filter(app_label="publicforms", model=model).exists():
            ContentType.objects.filter(app_label="home", model=model).update(app_label="publicforms")


class Migration(migrations.Migration):
    """Public submissions move from home to the public forms app.

    The models keep their rows: their state moves here from `home` (which forgets them in a migration
    that depends on this one and drops nothing), then their tables get this app's names.
    """

    initial = True

    dependencies = [
        ('home', '0005_search_title_body_index'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Submission',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('created_at', models.DateTimeField(auto_now_add=True, db_index=True, verbose_name='created')),
                        ('language', models.CharField(blank=True, max_length=8, verbose_name='language')),
                        ('consent_text', models.TextField(blank=True, verbose_name='consent wording')),
                        ('consented_at', models.DateTimeField(blank=True, null=True, verbose_name='consent given')),
                        ('kind', models.CharField(choices=[('actor_suggestion', 'New actor suggested'), ('actor_correction', 'Correction of an actor'), ('case_study', 'Case study shared'), ('contact', 'Message to an actor')], max_length=32, verbose_name='kind')),
                        ('status', models.CharField(choices=[('pending', 'Waiting for approval'), ('approved', 'Approved'), ('rejected', 'Rejected'), ('forwarded', 'Forwarded')], default='pending', max_length=16, verbose_name='status')),
                        ('name', models.CharField(max_length=200, verbose_name='name')),
                        ('email', models.EmailField(max_length=254, verbose_name='e-mail')),
                        ('message', models.TextField(blank=True, verbose_name='message')),
                        ('object_id', models.CharField(blank=True, db_index=True, max_length=255)),
                        ('fingerprint', models.CharField(db_index=True, editable=False, max_length=64)),
                        ('decided_at', models.DateTimeField(blank=True, null=True, verbose_name='decided')),
                        ('content_type', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='contenttypes.contenttype')),
                    ],
                    options={
                        'db_table': 'home_submission',
                        'verbose_name': 'public submission',
                        'verbose_name_plural': 'public submissions',
                        'ordering': ['-created_at'],
                    },
                ),
            ],
        ),
        migrations.AlterModelTable(name='submission', table=None),
        migrations.RunPython(carry_content_types, migrations.RunPython.noop),
    ]
