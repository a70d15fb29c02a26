"""Rendering handouts leaves the rest of the site's picture checks as strict as before."""

from PIL import ImageFile


def test_importing_the_renderer_keeps_truncated_pictures_refused():
    """WeasyPrint switches on Pillow's LOAD_TRUNCATED_IMAGES when imported; our forms need it off."""
    import handouts.rendering  # noqa: F401

    assert ImageFile.LOAD_TRUNCATED_IMAGES is False
