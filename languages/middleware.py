"""The admin in each editor's language, and the site's language root kept per publish."""

from django.conf import settings
from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Site

from languages.locales import localized
from outages.middleware import DATABASE_ERRORS, database_unreachable
from pagecache.generations import memoized


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


class LanguageRootMiddleware:
    """Route Wagtail pages from the site and its language root kept per publish, not read per request.

    Wagtail's `Page.route_for_request` reads the site, the active locale, the root page's translation and
    that page's specific type before it routes anything: four queries on every page. The pair
    (site, language root) changes only when a page is published, moved or deleted or a site is saved,
    which all start a new generation of `pagecache`, so it is kept with `memoized` like the menu.
    Routing below the root is left to the pages' own `route`, as Wagtail would call it; the result goes
    where Wagtail looks for it first (`request._wagtail_route_for_request`, `request._wagtail_site`).
    It also gives the page's full URLs the request's host where no site is configured for that host
    (`use_request_host`).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve or hasattr(request, "_wagtail_route_for_request"):
            return None
        try:
            self._route(request, view_args, view_kwargs)
            use_request_host(request)
        except DATABASE_ERRORS as exception:  # process_exception sees only the view's own errors
            return database_unreachable(request, exception)
        return None

    def _route(self, request, view_args, view_kwargs):
        language = translation.get_language()
        site, root = memoized("language-root", lambda: _language_root(request), request.get_host(), language)
        if site is None or root is None:
            return  # Wagtail answers as usual (a 404 without a site)
        request._wagtail_site = site
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        try:
            request._wagtail_route_for_request = root.route(
                request, [part for part in path.split("/") if part]
            )
        except Http404:
            request._wagtail_route_for_request = None


def use_request_host(request):
    """A page's full URLs (its canonical link, its calendar files, the links in the e-mails it sends) on
    the host the reader asked for, when no site is configured for that host.

    Wagtail builds a page's full URL from its site's configured hostname and port, also for a request
    that reached the site only as the default site, e.g. the demo configured for 127.0.0.1:8000 and run
    on port 8077, where every canonical link would point to a server that is not there. So when the
    request's own address (scheme, host and port as the reader wrote them, checked against
    ALLOWED_HOSTS by `get_host`) is not one of the sites' addresses, the site that answers it is given
    that address for this request. A host that is configured keeps Wagtail's URLs, other sites' included.
    Set where Wagtail looks for the site root paths first (`request._wagtail_cached_site_root_paths`);
    docs/internals/language-root.md says why and which test catches an upgrade breaking it.
    """
    paths = Site.get_site_root_paths()
    here = request_root_url(request)
    if any(path.root_url == here for path in paths):
        return
    site = Site.find_for_request(request)
    if site is None:
        return
    request._wagtail_cached_site_root_paths = [
        path._replace(root_url=here) if path.site_id == site.pk else path for path in paths
    ]


def request_root_url(request):
    """The request's "scheme://host[:port]", written as `Site.root_url` writes a site's: no default port."""
    host, port = split_domain_port(request.get_host())
    default_port = "443" if request.scheme == "https" else "80"
    return f"{request.scheme}://{host}" + (f":{port}" if port and port != default_port else "")


def _language_root(request):
    site = Site.find_for_request(request)
    return site, (localized(site.root_page).specific if site is not None else None)
