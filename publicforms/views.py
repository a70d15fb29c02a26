"""The life of a public form page: show, check, store, thank."""

from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _

from publicforms.antispam import TokenReplayed, rate_limit_exceeded
from publicforms.forms import retention_months


def handle_public_form(request, form_class, *, scope, template, context, save, form_kwargs=None):
    """The life of a public form: show it, check it, store it, then redirect to a thank-you note.

    `save(form, fingerprint)` runs inside a transaction and returns the Submission; the same transaction
    spends the form's signed start time, so one shown form stores at most one submission. A rejected form
    is shown again bound (with what the person typed) and status 400, or 429 over the rate limit.
    """
    form_kwargs = form_kwargs or {}
    context = {**context, "retention_months": retention_months()}
    if request.GET.get("sent") == "1" and request.method != "POST":
        return render(request, template, {**context, "sent": True})
    if request.method != "POST":
        return private(render(request, template, {**context, "form": form_class(**form_kwargs)}))
    form = form_class(request.POST, request.FILES, **form_kwargs)
    status = 400
    if rate_limit_exceeded(request, scope):
        form.is_valid()
        form.add_error(
            None, _("You have sent many forms in a short time. Please wait an hour and try again.")
        )
        status = 429
    elif form.is_valid():
        fingerprint = form.fingerprint(scope)
        if form.is_duplicate(fingerprint):
            form.add_error(
                None, _("We have already received exactly this. You do not need to send it again.")
            )
        else:
            try:
                with transaction.atomic():
                    form.spend_token()
                    save(form, fingerprint)
            except TokenReplayed:
                pass
            else:
                return redirect(f"{request.path}?sent=1")
    return private(render(request, template, {**context, "form": form}, status=status))


def private(response):
    """A form page carries a CSRF token and a signed start time: never one reader's copy for another."""
    add_never_cache_headers(response)
    return response
