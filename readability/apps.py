from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReadabilityConfig(AppConfig):
    name = "readability"
    verbose_name = _("Readability")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        """Keep the stored LIX of each Danish text in step with what is published (readability.scores),
        and forget at the start of each request which form the last one rendered (readability.editor)."""
        from django.core.signals import request_started
        from wagtail.signals import page_published, page_unpublished, published, unpublished

        from directory.models import Actor
        from readability import editor, scores

        request_started.connect(editor.forget, dispatch_uid="readability-request-started")

        for model in scores.PAGE_KINDS:
            label = model._meta.label_lower
            page_published.connect(
                scores.published, sender=model, dispatch_uid=f"readability-published-{label}"
            )
            page_unpublished.connect(
                scores.unpublished, sender=model, dispatch_uid=f"readability-unpublished-{label}"
            )
        published.connect(scores.published, sender=Actor, dispatch_uid="readability-published-actor")
        unpublished.connect(scores.unpublished, sender=Actor, dispatch_uid="readability-unpublished-actor")
