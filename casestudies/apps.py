from django.apps import AppConfig


class CaseStudiesConfig(AppConfig):
    name = "casestudies"

    def ready(self):
        """Keep the cooperation statistics in step with what is published (see casestudies.cooperation)."""
        from django.db.models.signals import post_delete, post_save, pre_save
        from wagtail.signals import page_published, page_unpublished

        from casestudies import cooperation
        from casestudies.models import CaseStudyPage
        from directory.models import Actor

        changed = cooperation.case_study_changed
        page_published.connect(changed, sender=CaseStudyPage, dispatch_uid="cooperation-published")
        page_unpublished.connect(changed, sender=CaseStudyPage, dispatch_uid="cooperation-unpublished")
        post_delete.connect(changed, sender=CaseStudyPage, dispatch_uid="cooperation-deleted")
        pre_save.connect(
            cooperation.remember_actor_sector, sender=Actor, dispatch_uid="cooperation-actor-pre"
        )
        post_save.connect(cooperation.actor_saved, sender=Actor, dispatch_uid="cooperation-actor-post")
