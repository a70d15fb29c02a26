"""Who may work on translations through wagtail-localize.

Translations of pages and actors are the translators' and the coordinators' (and superusers'): the user
must hold `wagtail_localize.submit_translation` *and* be allowed to edit the translated object itself —
page permissions for a page, the model's permission policy for a snippet (for actors,
`directory.permissions.ActorPermissionPolicy`, which keeps translators off the Danish source and
municipality editors off everything but their municipality's Danish actors).

wagtail-localize asks much less. Its string and override API, PO upload, machine translation, preview and
"stop translation" ask only whether the user may edit the *model* (`user.has_perm("directory.change_actor")`
for a snippet: any municipality editor), and its submit, update and convert views ask only for
`submit_translation` or page edit permission. It has no setting or hook for its own permission check, so
`roles/wagtail_hooks.py` registers, ahead of wagtail-localize's, the same URL paths with each view wrapped
in the check below (`GUARDS`); reversing the URL names still gives wagtail-localize's paths, which are now
served by the wrapped views. See docs/internals/localize-permissions.md.
"""

import copy
import functools

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.permissions import policy_registry
from wagtail.snippets.views.snippets import get_snippet_model_from_url_params
from wagtail_localize.models import Translation, TranslationSource

SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"


def may_edit(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    policy = policy_registry.get_by_type(type(instance))
    return policy.user_has_permission_for_instance(user, "change", instance)


def may_translate(user, instance):
    """May `user` change `instance`, a translation, through wagtail-localize?"""
    return user.has_perm(SUBMIT_TRANSLATION) and may_edit(user, instance)


def may_translate_into(user, instance, locale):
    """May `user` create the translation of `instance` into `locale`?

    A page's translation is made under its parent's translation: the user needs add permission there
    (or, where no ancestor is translated yet, on the root). A snippet's is a new snippet in `locale`.
    """
    if not user.has_perm(SUBMIT_TRANSLATION):
        return False
    if isinstance(instance, Page):
        for ancestor in reversed(list(instance.get_ancestors())):
            target = ancestor if ancestor.is_root() else ancestor.get_translation_or_none(locale)
            if target is not None:
                return target.permissions_for_user(user).can_add_subpage()
        return False
    candidate = copy.copy(instance)
    candidate.locale = locale
    return policy_registry.get_by_type(type(instance)).user_has_permission_for_instance(
        user, "add", candidate
    )


def is_translation_target(instance):
    """Is `instance` the target of a wagtail-localize translation (so its editor is wagtail-localize's)?"""
    return Translation.objects.filter(
        source__object_id=instance.translation_key, target_locale_id=instance.locale_id, enabled=True
    ).exists()


def target_of(translation_id):
    translation = Translation.objects.filter(pk=translation_id).first()
    if translation is None:
        raise Http404
    try:
        return translation.get_target_instance()
    except ObjectDoesNotExist as error:
        raise Http404 from error


def check_translation(request, translation_id, **kwargs):
    return may_translate(request.user, target_of(translation_id))


def check_page_translation(request, page_id, **kwargs):
    page = Page.objects.filter(pk=page_id).first()
    return page is None or may_translate(request.user, page.specific)


def check_update(request, translation_source_id, **kwargs):
    source = TranslationSource.objects.filter(pk=translation_source_id).first()
    if source is None:
        return True
    if not request.user.has_perm(SUBMIT_TRANSLATION):
        return False
    for translation in source.translations.filter(enabled=True):
        try:
            target = translation.get_target_instance()
        except ObjectDoesNotExist:
            continue
        if not may_translate(request.user, target):
            return False
    return True


def chosen_locales(request):
    return Locale.objects.filter(pk__in=[pk for pk in request.POST.getlist("locales") if pk.isdigit()])


def check_submit_page(request, page_id, **kwargs):
    if request.method != "POST":
        return True
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return True
    page = page.specific
    return all(may_translate_into(request.user, page, locale) for locale in chosen_locales(request))


def check_submit_snippet(request, app_label, model_name, pk, **kwargs):
    if request.method != "POST":
        return True
    model = get_snippet_model_from_url_params(app_label, model_name)
    instance = model._default_manager.filter(pk=pk).first()
    if instance is None:
        return True
    return all(may_translate_into(request.user, instance, locale) for locale in chosen_locales(request))


# wagtail-localize's URL names (namespace "wagtail_localize") and the check each view is wrapped in.
# The views not listed only read: the JavaScript catalogue, the translations report and the read-only
# snippets API of the snippet chooser (tests/roles/test_admin_url_coverage.py keeps the list honest).
GUARDS = {
    "submit_page_translation": check_submit_page,
    "submit_snippet_translation": check_submit_snippet,
    "update_translations": check_update,
    "edit_string_translation": check_translation,
    "edit_override": check_translation,
    "download_pofile": check_translation,
    "upload_pofile": check_translation,
    "machine_translate": check_translation,
    "preview_translation": check_translation,
    "stop_translation": check_translation,
    "convert_to_alias": check_page_translation,
}


def guarded(view, check):
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not check(request, *args, **kwargs):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    wrapper.localize_guard = check
    return wrapper


def guard_edit_view(request, instance):
    """before_edit_page / before_edit_snippet: wagtail-localize's translation editor (and its "Start
    synced translation" and "Convert to alias" buttons) only for those who may translate `instance`."""
    localize_action = request.method == "POST" and (
        "localize-restart-translation" in request.POST or "localize-convert-to-alias" in request.POST
    )
    if not isinstance(instance, TranslatableMixin):
        return
    if (localize_action or is_translation_target(instance)) and not may_translate(request.user, instance):
        raise PermissionDenied
