"""The site, users and admin requests the role tests share: one user per role, two municipalities."""

from django.test import Client
from django.urls import reverse
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html

from directory.models import Actor
from tests.directory.test_actors import actor_form

ROLES = ["coordinator", "editor", "translator", "organiser"]


def permission_denied(response):
    """Wagtail answers a refused admin view with a redirect to the dashboard (or 403)."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    )


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def page_edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def actor_url(name, actor):
    return reverse(f"wagtailsnippets_directory_actor:{name}", args=[actor.pk])


def page_form(admin, page, **changes):
    """What the page's edit form posts, read from the form itself (as a superuser sees it)."""
    html = client_for(admin).get(page_edit_url(page)).content.decode()
    data = querydict_from_html(html, form_id="page-edit-form").dict()
    # Stream fields are drawn by JavaScript, so the HTML has none of their inputs: post them empty.
    for model_field in page.specific._meta.fields:
        if isinstance(model_field, StreamField):
            data.setdefault(f"{model_field.name}-count", "0")
    data.update(changes)
    return data


def actor_post(actor, **changes):
    return {**actor_form(actor.municipality, name=actor.name, slug=actor.slug), **changes}


def fresh(obj):
    return Page.objects.get(pk=obj.pk).specific if isinstance(obj, Page) else Actor.objects.get(pk=obj.pk)


def submit_page(user, admin, page, **changes):
    """Submit the page for moderation as `user` (through the edit form, as an editor would)."""
    data = page_form(admin, page, **changes)
    return client_for(user).post(page_edit_url(page), {**data, "action-submit": "submit"})


def submit_actor(user, actor, **changes):
    return client_for(user).post(
        actor_url("edit", actor), {**actor_post(actor, **changes), "action-submit": "submit"}
    )


def current_task_state(obj):
    return fresh(obj).current_workflow_task_state


def workflow_action(user, obj, action, comment=""):
    """Approve or reject (`action`) the current task of `obj` as `user`, as the admin's buttons do."""
    task_state = current_task_state(obj)
    if isinstance(obj, Page):
        url = reverse("wagtailadmin_pages:workflow_action", args=[obj.pk, action, task_state.pk])
    else:
        url = reverse("wagtailsnippets_directory_actor:workflow_action", args=[obj.pk, action, task_state.pk])
    return client_for(user).post(url, {"comment": comment})
