from django.db import migrations


class Migration(migrations.Migration):
    """The cooperation statistics now belong to the cooperation app: forgotten here, their tables kept."""

    dependencies = [
        ('cooperation', '0001_initial'),
        ('casestudies', '0004_actor_cooperation_stat'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(
                    name='ActorCooperationStat',
                ),
                migrations.DeleteModel(
                    name='SectorPairStat',
                ),
                migrations.DeleteModel(
                    name='SectorStat',
                ),
            ],
        ),
    ]
