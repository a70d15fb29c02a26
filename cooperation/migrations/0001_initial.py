from django.db import migrations, models



def carry_content_types(apps, schema_editor):
    """Permissions given on the models in their old app stay given: their content types move with them."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in ['actorcooperationstat', 'sectorstat', 'sectorpairstat']:
        if not ContentType.objects.filter(app_label="cooperation", model=model).exists():
            ContentType.objects.filter(app_label="casestudies", model=model).update(app_label="cooperation")


class Migration(migrations.Migration):
    """The cooperation statistics move from casestudies to their own app.

    The models keep their rows: their state moves here from `casestudies` (which forgets them in a migration
    that depends on this one and drops nothing), then their tables get this app's names.
    """

    initial = True

    dependencies = [
        ('casestudies', '0004_actor_cooperation_stat'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='ActorCooperationStat',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('actor_key', models.UUIDField(unique=True, verbose_name='actor')),
                        ('sector', models.CharField(choices=[('library', 'Library'), ('job_centre', 'Job centre'), ('citizen_service', 'International citizen service / citizen service'), ('language_school', 'Language school'), ('education', 'Education'), ('health', 'Health'), ('housing', 'Housing'), ('association', 'Association / NGO'), ('employer', 'Employer / business'), ('culture', 'Cultural institution'), ('other', 'Other')], db_index=True, max_length=32, verbose_name='sector')),
                        ('case_count', models.PositiveIntegerField(default=0, verbose_name='number of case studies')),
                    ],
                    options={
                        'db_table': 'casestudies_actorcooperationstat',
                        'verbose_name': 'actor cooperation statistic',
                        'verbose_name_plural': 'actor cooperation statistics',
                        'ordering': ['-case_count', 'actor_key'],
                    },
                ),
                migrations.CreateModel(
                    name='SectorStat',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('sector', models.CharField(choices=[('library', 'Library'), ('job_centre', 'Job centre'), ('citizen_service', 'International citizen service / citizen service'), ('language_school', 'Language school'), ('education', 'Education'), ('health', 'Health'), ('housing', 'Housing'), ('association', 'Association / NGO'), ('employer', 'Employer / business'), ('culture', 'Cultural institution'), ('other', 'Other')], max_length=32, unique=True, verbose_name='sector')),
                        ('case_count', models.PositiveIntegerField(default=0, verbose_name='number of case studies')),
                    ],
                    options={
                        'db_table': 'casestudies_sectorstat',
                        'verbose_name': 'sector statistic',
                        'verbose_name_plural': 'sector statistics',
                        'ordering': ['-case_count', 'sector'],
                    },
                ),
                migrations.CreateModel(
                    name='SectorPairStat',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('sector_a', models.CharField(choices=[('library', 'Library'), ('job_centre', 'Job centre'), ('citizen_service', 'International citizen service / citizen service'), ('language_school', 'Language school'), ('education', 'Education'), ('health', 'Health'), ('housing', 'Housing'), ('association', 'Association / NGO'), ('employer', 'Employer / business'), ('culture', 'Cultural institution'), ('other', 'Other')], max_length=32, verbose_name='sector')),
                        ('sector_b', models.CharField(choices=[('library', 'Library'), ('job_centre', 'Job centre'), ('citizen_service', 'International citizen service / citizen service'), ('language_school', 'Language school'), ('education', 'Education'), ('health', 'Health'), ('housing', 'Housing'), ('association', 'Association / NGO'), ('employer', 'Employer / business'), ('culture', 'Cultural institution'), ('other', 'Other')], max_length=32, verbose_name='other sector')),
                        ('case_count', models.PositiveIntegerField(default=0, verbose_name='number of case studies')),
                        ('case_keys', models.JSONField(blank=True, default=list, verbose_name='case studies')),
                    ],
                    options={
                        'db_table': 'casestudies_sectorpairstat',
                        'verbose_name': 'sector pair statistic',
                        'verbose_name_plural': 'sector pair statistics',
                        'ordering': ['-case_count', 'sector_a', 'sector_b'],
                        'constraints': [models.UniqueConstraint(fields=('sector_a', 'sector_b'), name='casestudies_sectorpairstat_unique'), models.CheckConstraint(condition=models.Q(('sector_a__lt', models.F('sector_b'))), name='casestudies_sectorpairstat_ordered')],
                    },
                ),
            ],
        ),
        migrations.AlterModelTable(name='actorcooperationstat', table=None),
        migrations.AlterModelTable(name='sectorstat', table=None),
        migrations.AlterModelTable(name='sectorpairstat', table=None),
        migrations.RunPython(carry_content_types, migrations.RunPython.noop),
    ]
