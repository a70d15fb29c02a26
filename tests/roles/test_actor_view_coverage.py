"""Every snippet view Wagtail offers for actors is either scoped to the editor's municipality or left to
Wagtail on purpose (docs/internals/actor-snippet-views.md).

A view that a Wagtail upgrade adds to `SnippetViewSet` would otherwise be served by Wagtail's own class,
which asks only whether the user may change actors at all — any actor, in any municipality.
"""

from wagtail.snippets.views.snippets import SnippetViewSet

from directory.wagtail_hooks import ActorViewSet

# Views reviewers and Wagtail's own machinery use, which never show or change one municipality's actor
# beyond what the workflow task or the model-wide permission allows.
LEFT_TO_WAGTAIL = {
    "workflow_action_view_class",
    "collect_workflow_action_data_view_class",
    "workflow_preview_view_class",
    "preview_on_add_view_class",
    "reorder_view_class",
    # Built by Wagtail from edit_view_class, so it inherits the actor edit view's checks.
    "revisions_revert_view_class",
    # Chooser views pick an actor for a case study; what they list is filtered by the viewset's queryset.
    "chooser_viewset_class",
}


def view_class_attributes(cls):
    return {name for name in dir(cls) if name.endswith("_view_class") or name == "chooser_viewset_class"}


class TestActorViewCoverage:
    def test_every_wagtail_snippet_view_is_scoped_or_left_on_purpose(self):
        unscoped = {
            name
            for name in view_class_attributes(SnippetViewSet)
            if getattr(ActorViewSet, name) is getattr(SnippetViewSet, name)
        }
        assert unscoped - LEFT_TO_WAGTAIL == set()

    def test_the_list_of_views_left_to_wagtail_is_not_stale(self):
        assert LEFT_TO_WAGTAIL - view_class_attributes(SnippetViewSet) == set()
