"""The English words in Wagtail's admin templates reach a Danish librarian in Danish."""

import pytest
from django.template import engines
from django.template.loader import render_to_string
from django.utils import translation

from roles.admin_templates import FIXES


@pytest.mark.parametrize("name", sorted(FIXES))
def test_each_fix_still_applies(name):
    """Raises (TemplateFixError) once an upgrade changes the words the fix looks for."""
    template = engines["django"].engine.get_template(name)
    for _old, new in FIXES[name]:
        assert new in template.source


def test_the_action_bar_is_announced_in_danish():
    with translation.override("da"):
        html = render_to_string("wagtailadmin/shared/headers/_actions.html", {"actions": ""})
    assert 'aria-label="Handlinger"' in html
