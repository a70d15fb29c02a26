"""The public registration views, reached through SeminarPage's routes (register/, cancel/<token>/).

They run on whichever translation the reader uses (or on the Danish page served as a fallback in the
reader's language tree) and always act on the Danish source page, so every language shares one list.
"""

import time

from django.db import transaction
from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from home.templatetags.home_tags import reader_url
from publicforms.antispam import TokenReplayed, rate_limit_exceeded
from seminars import registrations
from seminars.availability import availability as seminar_availability
from seminars.forms import RegistrationForm, duplicate_message
from seminars.models import Registration, RegistrationStatus, url_token, value_from_url_token

RESULT_SALT = "seminars.registration.result"
RESULT_MAX_AGE = 24 * 3600


def page_url(request, page):
    """The seminar's address in the reader's language tree, where its sub-pages must be linked too."""
    return reader_url({"request": request}, page)


def registration_context(request, page, form=None, with_form=True):
    """What the seminar page and the registration page need to show the form or why it is closed.

    The seminar page (`with_form=False`) links to the registration page instead of holding the form: a
    form needs a CSRF token, which would make the page someone's own and keep it out of the page cache.
    """
    source = page.registration_source
    if source.status == "cancelled":
        state = "cancelled"
    elif source.registration_open:
        state = "open"
    else:
        state = "closed"
    confirmed = (
        source.registrations.filter(status=RegistrationStatus.CONFIRMED).count()
        if source.capacity is not None and state == "open"
        else None
    )
    availability = seminar_availability(source, confirmed)
    full = availability.is_waiting_list
    if form is None and state == "open" and with_form:
        form = RegistrationForm(seminar=source)
    return {
        "source": source,
        "state": state,
        "closes_at": source.registration_closes_at,
        "full": full,
        "availability": availability,
        "seats_left": None if confirmed is None else max(source.capacity - confirmed, 0),
        "form": form if state == "open" else None,
        "action": page_url(request, page) + page.reverse_subpage("register"),
        "retention_days": Registration.retention().days,
    }


def _render(request, page, template, status=200, registration=None, private=False, **context):
    response = page.render(request, template=template, context_overrides=context, registration=registration)
    response.status_code = status
    if private:
        # A person's own registration: never kept by the page cache, a CDN or a shared browser cache.
        add_never_cache_headers(response)
        patch_cache_control(response, private=True)
    return response


def register(request, page):
    source = page.registration_source
    if request.method != "POST":
        return _render(
            request, page, "seminars/registration_page.html", registration=registration_context(request, page)
        )
    form = RegistrationForm(request.POST, seminar=source)
    status = 200
    if rate_limit_exceeded(request, "register"):
        form.is_valid()
        form.add_error(
            None, _("Too many registrations have been sent from your network. Please try again in an hour.")
        )
        status = 429
    elif form.is_valid():
        try:
            # One shown form registers one person: the token is spent with the registration, or not at all.
            with transaction.atomic():
                form.spend_token()
                registration = registrations.register(
                    source,
                    form.cleaned_data,
                    language=get_language(),
                    consent_text=str(form.fields["consent"].label),
                    request=request,
                )
        except TokenReplayed:
            pass
        except registrations.AlreadyRegistered:
            form.add_error("email", duplicate_message())
        except registrations.RegistrationClosed:
            form = None
        else:
            token = url_token(RESULT_SALT, f"{registration.pk}-{int(time.time())}")
            return redirect(page_url(request, page) + page.reverse_subpage("registered", args=[token]))
    return _render(
        request,
        page,
        "seminars/registration_page.html",
        status=status,
        registration=registration_context(request, page, form=form),
    )


def registered(request, page, token):
    """After registering: confirmed, or on the waiting list with the place in the queue."""
    pk, _sep, issued = (value_from_url_token(RESULT_SALT, token) or "").partition("-")
    if not (pk.isdigit() and issued.isdigit() and time.time() - int(issued) < RESULT_MAX_AGE):
        pk = None
    registration = (
        Registration.objects.filter(pk=pk, seminar=page.registration_source).first() if pk else None
    )
    return _render(
        request,
        page,
        "seminars/registration_result.html",
        status=200 if registration else 404,
        private=True,
        result=registration,
        position=registrations.waiting_position(registration) if registration else None,
        seminar_url=page_url(request, page),
    )


def cancel(request, page, token):
    """A link in the e-mail leads here; only the POST button cancels, so link checkers cannot."""
    registration = Registration.from_cancel_token(token)
    if registration is not None and registration.seminar_id != page.registration_source.pk:
        registration = None
    cancelled_now = False
    if registration is not None and request.method == "POST":
        was_active = registration.status != RegistrationStatus.CANCELLED
        registration = registrations.cancel(registration, request)
        cancelled_now = was_active
    return _render(
        request,
        page,
        "seminars/cancel_registration.html",
        status=200 if registration else 404,
        private=True,
        cancel_registration=registration,
        cancelled_now=cancelled_now,
        seminar_url=page_url(request, page),
    )
