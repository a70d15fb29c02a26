from django.apps import AppConfig


class CooperationConfig(AppConfig):
    name = "cooperation"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        """Keep the cooperation statistics in step with what is published (cooperation.statistics)."""
        from django.db.models.signals import post_delete, post_save, pre_save
        from wagtail.signals import page_published, page_unpublished

        from casestudies.models import CaseStudyPage
        from cooperation import statistics
        from directory.models import Actor

        changed = statistics.case_study_changed
        page_published.connect(changed, sender=CaseStudyPage, dispatch_uid="cooperation-published")
        page_unpublished.connect(changed, sender=CaseStudyPage, dispatch_uid="cooperation-unpublished")
        post_delete.connect(changed, sender=CaseStudyPage, dispatch_uid="cooperation-deleted")
        pre_save.connect(statistics.remember_actor_sector, sender=Actor, dispatch_uid="cooperation-actor-pre")
        post_save.connect(statistics.actor_saved, sender=Actor, dispatch_uid="cooperation-actor-post")
