"""The site's own files, as the handouts read them: static files (the stylesheet, the fonts) and media."""

import mimetypes

from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage


def content_type(name):
    """The Content-Type header of a file: WeasyPrint ignores a stylesheet not served as text/css."""
    return {"Content-Type": mimetypes.guess_type(name)[0] or "application/octet-stream"}


def read_static(name):
    """A static file: collected (production, hashed names), else found in the apps and site/static/."""
    try:
        with staticfiles_storage.open(name) as file:
            return file.read()
    except (OSError, SuspiciousFileOperation, ValueError):
        pass
    path = finders.find(name)
    if not path:
        raise FileNotFoundError(name)
    with open(path, "rb") as file:
        return file.read()


def read_media(name):
    try:
        with default_storage.open(name) as file:
            return file.read()
    except SuspiciousFileOperation as error:
        raise FileNotFoundError(name) from error
