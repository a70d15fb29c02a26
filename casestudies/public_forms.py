"""The public's "share a case study" form: a draft case study for a coordinator, never published from here."""

from django.utils.text import slugify

from casestudies.forms import CaseStudyShareForm
from publicforms.fields import plain_text_to_rich_text, save_public_image
from publicforms.models import Submission
from publicforms.receipts import notify_submitter_received
from publicforms.views import handle_public_form
from roles.workflow import submit_for_moderation

SECTIONS = ("challenge", "approach", "results", "lessons")


def unique_child_slug(index, title):
    base = slugify(title, allow_unicode=True)[:200] or "case-study"
    taken = set(index.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 1
    while slug in taken or slug == "share":
        number += 1
        slug = f"{base}-{number}"
    return slug


def share_case_study(request, index):
    from casestudies.models import CaseStudyMunicipality, CaseStudyPage, Origin
    from directory.models import MunicipalityPage

    def save(form, fingerprint):
        data = form.cleaned_data
        image = None
        if data.get("image"):
            image = save_public_image(data["image"], data["title"])
            if hasattr(image, "description"):
                image.description = data["image_alt"]
                image.save(update_fields=["description"])
        page = CaseStudyPage(
            title=data["title"],
            slug=unique_child_slug(index, data["title"]),
            locale=index.locale,
            summary=data["summary"],
            start_date=data["start_date"],
            origin=Origin.PUBLIC_SUBMISSION,
            listing_image=image,
            body=[(name, plain_text_to_rich_text(data[name])) for name in SECTIONS if data.get(name)],
            live=False,
        )
        municipality = MunicipalityPage.objects.get(pk=data["municipality"])
        page.municipalities = [CaseStudyMunicipality(municipality=municipality)]
        index.add_child(instance=page)
        submit_for_moderation(page)
        message = data["partners"]
        if image is not None:
            message += "\n\n" + data["image_alt"]
        submission = form.new_submission(
            Submission.Kind.CASE_STUDY, fingerprint, target=page, message=message
        )
        notify_submitter_received(submission)
        return submission

    return handle_public_form(
        request,
        CaseStudyShareForm,
        scope="share",
        template="casestudies/forms/share_case_study.html",
        context={"page": index},
        save=save,
        form_kwargs={"locale": index.locale},
    )
