"""Security headers for the admin."""


class AdminSecurityHeadersMiddleware:
    """The Wagtail admin's own Content-Security-Policy, looser than the public site's.

    The admin (and wagtail-localize's editor) relies on inline scripts and styles, so the public
    policy from django-csp leaves /admin/ out; the admin still must not be framed by other sites,
    have its base URL rewritten, load plugins or post its forms elsewhere.
    """

    policy = (
        "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:; img-src 'self' data: blob: https:; "
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"
    )

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith("/admin/"):
            response.setdefault("Content-Security-Policy", self.policy)
        return response
