"""The e-mails to the people who registered for a seminar, each in the language they registered in.

Each is rendered here, where the change that causes it happens (a registration, a cancellation, a seat
from the waiting list, a reminder, a summary), and stored in the outbox in the same transaction
(`mail.outbox.post`); the worker only sends it. Links lead to the seminar in the registrant's language.
"""

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from mail import outbox
from seminars.calendar import calendar_file, calendar_filename
from seminars.models import RegistrationStatus


def seminar_url_in(seminar, language, request=None):
    """The seminar's address in `language`: its translation, else the Danish page inside that language's
    tree (served through the fallback), else the Danish page itself."""
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return seminar.get_full_url(request)
    translation_page = seminar.get_translation_or_none(locale)
    if translation_page is not None and translation_page.live:
        return translation_page.get_full_url(request)
    parent = seminar.get_parent()
    parent_translation = (
        Page.objects.live().filter(translation_key=parent.translation_key, locale=locale).first()
    )
    if parent_translation is not None and locale.language_code != seminar.locale.language_code:
        return f"{parent_translation.get_full_url(request)}{seminar.slug}/"
    return seminar.get_full_url(request)


def cancel_url(registration, request=None):
    seminar = registration.seminar
    base = seminar_url_in(seminar, registration.language, request)
    return base + seminar.reverse_subpage("cancel_registration", args=[registration.cancel_token])


def post(registration, template, subject, *, request=None, with_calendar=False, **context):
    """Render `template` for `registration` in its language and store it in the outbox."""
    with translation.override(registration.language or None):
        seminar = registration.seminar
        shown = seminar.get_translation_or_none(Locale.get_active()) or seminar
        context = {
            "registration": registration,
            "seminar": shown,
            "seminar_url": seminar_url_in(seminar, registration.language, request),
            "cancel_url": cancel_url(registration, request),
            **context,
        }
        body = render_to_string(template, context)
        subject = str(subject) % {"title": shown.title}
        attachments = []
        if with_calendar:
            ics = calendar_file([shown], shown.title, request).decode()
            attachments.append((calendar_filename(shown.title), ics, "text/calendar"))
    return outbox.post(subject, body, [registration.email], attachments=attachments)


def registered(registration, request=None, position=None):
    """Confirmed, with the cancel link; or on the waiting list, with the place in the queue."""
    if registration.status == RegistrationStatus.WAITING:
        return post(
            registration,
            "seminars/email/waiting_list.txt",
            _("On the waiting list: %(title)s"),
            request=request,
            position=position,
        )
    return post(
        registration, "seminars/email/confirmed.txt", _("Registration confirmed: %(title)s"), request=request
    )


def moved_up(registration, request=None):
    return post(registration, "seminars/email/moved_up.txt", _("You have a seat: %(title)s"), request=request)


def cancelled(registration, was_waiting, request=None):
    return post(
        registration,
        "seminars/email/cancelled.txt",
        _("Registration cancelled: %(title)s"),
        request=request,
        was_waiting=was_waiting,
    )


def reminder(registration):
    """The day before: when and where, the programme's page, the calendar file and the cancel link."""
    return post(registration, "seminars/email/reminder.txt", _("Reminder: %(title)s"), with_calendar=True)


def summary_online(registration):
    return post(registration, "seminars/email/summary.txt", _("The summary is online: %(title)s"))
