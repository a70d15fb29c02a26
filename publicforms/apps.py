from django.apps import AppConfig


class PublicFormsConfig(AppConfig):
    name = "publicforms"
    verbose_name = "Public forms"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        """Submitters hear what became of their submission when a coordinator decides (receipts)."""
        from wagtail.signals import workflow_approved, workflow_rejected

        from publicforms import receipts

        workflow_approved.connect(receipts.tell_submitters_approved, dispatch_uid="publicforms_approved")
        workflow_rejected.connect(receipts.tell_submitters_rejected, dispatch_uid="publicforms_rejected")
