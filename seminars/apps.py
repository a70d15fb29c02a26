from django.apps import AppConfig


class SeminarsConfig(AppConfig):
    name = "seminars"

    def ready(self):
        """Move the waiting list up when a seminar is published with more seats (seminars.registrations)."""
        from wagtail.signals import page_published

        from seminars import registrations
        from seminars.models import SeminarPage

        page_published.connect(
            registrations.seminar_published, sender=SeminarPage, dispatch_uid="seminars_refill_waiting_list"
        )
