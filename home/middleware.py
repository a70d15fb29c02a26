from django.conf import settings
from django.utils import translation


class AdminLanguageMiddleware:
    """Speak Danish in the Wagtail admin unless the user chose another language in their preferences.

    Wagtail falls back to the browser's language for users without a preference; the portal's editors
    are Danish librarians, so the admin's default is the site's source language instead.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/admin/"):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
        return self.get_response(request)
