"""Public submissions go through the coordinators' approval workflow, never straight to the site."""

from wagtail.models import Workflow

from roles.groups import WORKFLOW_NAME, setup_coordinators, setup_workflow


def coordinator_workflow(obj):
    """The workflow that has a coordinator approve public submissions to `obj`, or None.

    The "roles" part of the portal creates the "Koordinatorgodkendelse" workflow (roles/groups.py) and may
    assign it to the object's type or tree; whichever is assigned wins, the named one is the fallback.
    """
    workflow = obj.get_workflow() or Workflow.objects.filter(name=WORKFLOW_NAME, active=True).first()
    if workflow is None:
        coordinators, _created = setup_coordinators()
        workflow = setup_workflow(coordinators)
    return workflow


def submit_for_moderation(obj):
    """Save a revision of `obj` and put it into the coordinators' workflow; never publishes."""
    revision = obj.save_revision(log_action=True)
    if not obj.workflow_in_progress:
        coordinator_workflow(obj).start(obj, None)
    return revision
