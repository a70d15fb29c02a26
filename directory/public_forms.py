"""The directory's public forms: suggest an actor, correct one, and write to one.

Suggestions and corrections become drafts (a new unpublished actor, or a new revision of an existing one)
that a coordinator approves in the admin; nothing goes live from here. Messages to actors are relayed by
e-mail so the form page never shows the actor's address.
"""

from django.conf import settings
from django.http import Http404
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext

from directory.forms import ActorContactForm, ActorSuggestionForm
from home.plain_text import html_to_text
from mail import outbox
from publicforms.fields import plain_text_to_rich_text
from publicforms.models import Submission
from publicforms.receipts import notify_submitter_received
from publicforms.views import handle_public_form
from roles.workflow import submit_for_moderation

# Route names under a municipality page that an actor's slug must not take.
RESERVED_SLUGS = {"suggest"}
# Form field -> Actor field; the form cannot call the web address "website", the honeypot's name.
PLAIN_FIELDS = {
    "name": "name",
    "sector": "sector",
    "address": "address",
    "postcode": "postcode",
    "city": "city",
    "phone": "phone",
    "email": "email",
    "web_address": "website",
    "opening_hours": "opening_hours",
}


def unique_actor_slug(municipality, name):
    from directory.models import Actor

    base = slugify(name, allow_unicode=True)[:200] or "actor"
    taken = set(
        Actor.objects.filter(municipality=municipality, slug__startswith=base).values_list("slug", flat=True)
    )
    slug, number = base, 1
    while slug in taken or slug in RESERVED_SLUGS:
        number += 1
        slug = f"{base}-{number}"
    return slug


def suggest_actor(request, municipality, actor=None):
    """A new actor for `municipality`, or (with `actor`) a correction of that actor's details."""
    from directory.models import Actor

    initial = {}
    if actor is not None:
        initial = {name: getattr(actor, attribute) for name, attribute in PLAIN_FIELDS.items()}
        initial["description"] = html_to_text(actor.description)

    def save(form, fingerprint):
        data = form.cleaned_data
        if actor is None:
            target = Actor(
                locale=municipality.locale,
                municipality=municipality,
                slug=unique_actor_slug(municipality, data["name"]),
                live=False,
            )
            kind = Submission.Kind.ACTOR_SUGGESTION
        else:
            target = Actor.objects.get(pk=actor.pk)
            kind = Submission.Kind.ACTOR_CORRECTION
        for name, attribute in PLAIN_FIELDS.items():
            setattr(target, attribute, data[name])
        if actor is None or data["description"] != initial["description"]:
            target.description = plain_text_to_rich_text(data["description"])
        if actor is None:
            target.save()
        submit_for_moderation(target)
        submission = form.new_submission(kind, fingerprint, target=target, message=data["note"])
        notify_submitter_received(submission)
        return submission

    return handle_public_form(
        request,
        ActorSuggestionForm,
        scope="suggest",
        template="directory/forms/suggest_actor.html",
        context={"page": municipality, "subject_actor": actor},
        save=save,
        form_kwargs={"initial": initial},
    )


def contact_actor(request, municipality, actor):
    """Relay a message to the actor; the sender's address becomes the reply-to, the actor's stays hidden."""
    if not actor.email:
        raise Http404

    def save(form, fingerprint):
        data = form.cleaned_data
        submission = form.new_submission(
            Submission.Kind.CONTACT,
            fingerprint,
            target=actor,
            message=f"{data['subject']}\n\n{data['message']}",
        )
        submission.status = Submission.Status.FORWARDED
        submission.save(update_fields=["status"])
        with translation.override(settings.LANGUAGE_CODE):
            subject = gettext("Message via Erfaringsportalen: %(subject)s") % {"subject": data["subject"]}
            body = gettext(
                "%(name)s has written to %(actor)s through Erfaringsportalen. Answer by replying to this "
                "e-mail; it goes to %(email)s.\n\n%(message)s\n\n--\nErfaringsportalen does not publish or "
                "read your e-mail address; it only passed this message on."
            ) % {
                "name": data["your_name"],
                "actor": actor.name,
                "email": data["your_email"],
                "message": data["message"],
            }
        outbox.post(subject, body, [actor.email], reply_to=data["your_email"])
        return submission

    return handle_public_form(
        request,
        ActorContactForm,
        scope="contact",
        template="directory/forms/contact_actor.html",
        context={"page": municipality, "subject_actor": actor},
        save=save,
    )
