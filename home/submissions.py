"""What the public forms (suggest an actor, share a case study, contact an actor) have in common.

The public never writes HTML: text arrives from plain textareas, is cleaned of invisible and
direction-overriding characters, and becomes rich text by escaping it and wrapping paragraphs in `<p>`.
Images are decoded with Pillow before anything is stored and re-encoded, so a file that only claims to be
an image, a truncated one or a decompression bomb never reaches the media folder, and location data in
the photo's metadata is dropped. Submitters' names and e-mails go to `home.models.Submission` only.
"""

import hashlib
import io
import re
import unicodedata
import uuid
import warnings
from datetime import timedelta

from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.images import ImageFile
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.html import escape
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError
from wagtail.images import get_image_model
from wagtail.models import Workflow

from home.antispam import AbuseProtectionMixin, rate_limit_exceeded
from home.mail import send_after_commit
from home.models import Submission

COORDINATOR_WORKFLOW_NAME = "Coordinator approval"
DUPLICATE_WINDOW = timedelta(minutes=30)

# Characters that change how text around them is displayed: a name could be made to read backwards.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Invisible characters that carry no meaning in a name or a sentence typed into a form.
INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]")
IMAGE_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


def clean_public_text(value, *, multiline):
    """Normalise text from the public and refuse characters that only serve to deceive or break things."""
    value = unicodedata.normalize("NFC", INVISIBLE.sub("", value))
    if BIDI_CONTROLS.search(value):
        raise forms.ValidationError(
            _("Remove the hidden characters that change the direction of the text."), code="bidi"
        )
    allowed = {"\n", "\r", "\t"} if multiline else set()
    if any(unicodedata.category(char) == "Cc" and char not in allowed for char in value):
        raise forms.ValidationError(_("Remove the control characters from the text."), code="control")
    return value.replace("\r\n", "\n").strip()


class PublicCharField(forms.CharField):
    """A one-line text field for the public: trimmed, normalised, without hidden control characters."""

    multiline = False

    def to_python(self, value):
        value = super().to_python(value)
        return clean_public_text(value, multiline=self.multiline) if value else value


class PublicTextField(PublicCharField):
    """A plain-text textarea for the public; paragraphs are separated by blank lines."""

    multiline = True

    def __init__(self, *args, rows=6, **kwargs):
        kwargs.setdefault("widget", forms.Textarea(attrs={"rows": rows}))
        super().__init__(*args, **kwargs)


def plain_text_to_rich_text(text):
    """Escaped paragraphs for a RichTextField: what the public typed, never as HTML."""
    paragraphs = [part.strip() for part in re.split(r"\n\s*\n", text or "") if part.strip()]
    return "".join("<p>{}</p>".format(escape(part).replace("\n", "<br/>")) for part in paragraphs)


class PublicImageField(forms.FileField):
    """An optional photo: JPEG, PNG or WebP, checked by decoding it, within the size limits."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "widget", forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"})
        )
        super().__init__(*args, **kwargs)

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is None:
            return None
        max_bytes = settings.FORM_MAX_IMAGE_BYTES
        if upload.size > max_bytes:
            raise forms.ValidationError(
                _("The picture is too large. The largest size is %(size)d MB.")
                % {"size": max_bytes // (1024 * 1024)},
                code="too_large",
            )
        content = upload.read()
        upload.seek(0)
        return checked_image(content)


def checked_image(content):
    """Decode the picture fully and return it re-encoded as (bytes, extension), or raise ValidationError."""
    not_an_image = forms.ValidationError(
        _("The file is not a picture we can use. Upload a JPEG, PNG or WebP picture."), code="invalid_image"
    )
    too_many_pixels = forms.ValidationError(
        _("The picture has too many pixels. Make it smaller and try again."), code="bomb"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(content)) as image:
                if image.format not in IMAGE_FORMATS:
                    raise not_an_image
                width, height = image.size
                if width * height > settings.FORM_MAX_IMAGE_PIXELS:
                    raise too_many_pixels
                image_format = image.format
                image.load()
                # Turn the photo upright, then drop its metadata (EXIF may hold where and when it was taken).
                image = ImageOps.exif_transpose(image)
                if image_format == "JPEG" and image.mode not in ("RGB", "L"):
                    image = image.convert("RGB")
                output = io.BytesIO()
                image.save(output, format=image_format)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise too_many_pixels from None
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
            raise not_an_image from None
    return output.getvalue(), IMAGE_FORMATS[image_format]


def save_public_image(checked, title):
    """Store a checked picture through Wagtail's image model, under a name we choose."""
    content, extension = checked
    image_model = get_image_model()
    image = image_model(title=title[:255])
    image.file = ImageFile(io.BytesIO(content), name=f"public-{uuid.uuid4().hex}.{extension}")
    image.file_size = len(content)
    image.save()
    return image


def retention_months():
    return max(1, round(getattr(settings, "PERSONAL_DATA_RETENTION_DAYS", 365) / 30.4))


def consent_wording(purpose):
    """The consent checkbox's label: what we keep, why, and for how long, in the reader's language."""
    months = retention_months()
    return ngettext(
        "I agree that Erfaringsportalen keeps my name and e-mail address to %(purpose)s, and deletes them "
        "after %(months)d month at the latest.",
        "I agree that Erfaringsportalen keeps my name and e-mail address to %(purpose)s, and deletes them "
        "after %(months)d months at the latest.",
        months,
    ) % {"purpose": purpose, "months": months}


class SubmitterForm(AbuseProtectionMixin, forms.Form):
    """The submitter's contact details and consent, shared by every public form.

    Subclasses set `consent_purpose` (a lazy string) and list their own fields before these.
    """

    consent_purpose = _("handle what I send and tell me the outcome")
    content_fields = ()

    your_name = PublicCharField(
        label=_("Your name"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    your_email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    consent = forms.BooleanField(label="", required=True)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].label = consent_wording(self.consent_purpose)
        self.fields["consent"].error_messages["required"] = _(
            "We can only receive what you send if you agree to how we keep your details."
        )
        # Keep the submitter's details and the abuse fields last, after the form's own fields.
        for name in ("your_name", "your_email", "consent"):
            self.fields[name] = self.fields.pop(name)

    def fingerprint(self, scope):
        """A hash of what was sent, to recognise the same submission sent twice."""
        parts = [scope, self.cleaned_data.get("your_email", "").lower()]
        for name in self.content_fields:
            value = self.cleaned_data.get(name)
            if isinstance(value, tuple):  # a checked image: (content, extension)
                value = hashlib.sha256(value[0]).hexdigest()
            parts.append("" if value is None else str(value))
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()

    def is_duplicate(self, fingerprint):
        since = timezone.now() - DUPLICATE_WINDOW
        return Submission.objects.filter(fingerprint=fingerprint, created_at__gte=since).exists()

    def new_submission(self, kind, fingerprint, target=None, message=""):
        """The record of who sent this, with the consent exactly as it was shown to them."""
        submission = Submission(
            kind=kind,
            name=self.cleaned_data["your_name"],
            email=self.cleaned_data["your_email"],
            message=message,
            language=translation.get_language() or settings.LANGUAGE_CODE,
            consent_text=str(self.fields["consent"].label),
            consented_at=timezone.now(),
            fingerprint=fingerprint,
        )
        if target is not None:
            submission.content_type = ContentType.objects.get_for_model(target, for_concrete_model=True)
            submission.object_id = str(target.pk)
        submission.save()
        return submission


def coordinator_workflow(obj):
    """The workflow that has a coordinator approve public submissions to `obj`, or None.

    The "roles" part of the portal creates the "Coordinator approval" workflow (home/roles.py) and may
    assign it to the object's type or tree; whichever is assigned wins, the named one is the fallback.
    """
    workflow = (
        obj.get_workflow() or Workflow.objects.filter(name=COORDINATOR_WORKFLOW_NAME, active=True).first()
    )
    if workflow is None:
        from home.roles import setup_coordinators, setup_workflow

        coordinators, _created = setup_coordinators()
        workflow = setup_workflow(coordinators)
    return workflow


def submit_for_moderation(obj):
    """Save a revision of `obj` and put it into the coordinators' workflow; never publishes."""
    revision = obj.save_revision(log_action=True)
    if not obj.workflow_in_progress:
        coordinator_workflow(obj).start(obj, None)
    return revision


def notify_submitter_received(submission):
    """Tell the submitter we have their submission and that a coordinator will look at it."""
    with translation.override(submission.language or settings.LANGUAGE_CODE):
        subject = gettext("We have received what you sent to Erfaringsportalen")
        body = gettext(
            "Hello %(name)s,\n\nthank you. A coordinator will read what you sent before anything is "
            "published, and we will write to you when it has been decided.\n\nErfaringsportalen"
        ) % {"name": submission.name}
    send_after_commit(subject, body, [submission.email])


def handle_public_form(request, form_class, *, scope, template, context, save, form_kwargs=None):
    """The life of a public form: show it, check it, store it, then redirect to a thank-you note.

    `save(form, fingerprint)` runs inside a transaction and returns the Submission. A rejected form is
    shown again bound (with what the person typed) and status 400, or 429 over the rate limit.
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
            with transaction.atomic():
                save(form, fingerprint)
            return redirect(f"{request.path}?sent=1")
    return private(render(request, template, {**context, "form": form}, status=status))


def private(response):
    """A form page carries a CSRF token and a signed start time: never one reader's copy for another."""
    add_never_cache_headers(response)
    return response
