from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class ServiceBlock(blocks.StructBlock):
    """One thing an actor offers newcomers, e.g. a language café or help with MitID."""

    name = blocks.CharBlock(label=_("Service"), max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "list-ul"
        label = _("Service")
