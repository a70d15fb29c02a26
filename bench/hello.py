"""Hello-world applications for bench/compare.py: what gunicorn serves when the application does nothing.

`application` is a bare WSGI callable (the app server's own limit); `django_application()` builds a Django
project of one view with the middleware `django-admin startproject` gives, as a hello-world Django app is
usually written. Both answer "Hello, world" at every address.
"""

from django.http import HttpResponse
from django.urls import path

BODY = b"Hello, world"


def application(environ, start_response):
    start_response(
        "200 OK", [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(BODY)))]
    )
    return [BODY]


def hello(request, rest=""):
    return HttpResponse(BODY, content_type="text/plain; charset=utf-8")


urlpatterns = [path("", hello), path("<path:rest>", hello)]


def django_application():
    import django
    from django.conf import settings
    from django.core.wsgi import get_wsgi_application

    settings.configure(
        DEBUG=False,
        SECRET_KEY="bench-hello-world-only-0123456789-abcdefghijklmnopqrstuvwxyz",
        ALLOWED_HOSTS=["127.0.0.1", "localhost", "testserver"],
        ROOT_URLCONF=__name__,
        INSTALLED_APPS=[
            "django.contrib.auth",
            "django.contrib.contenttypes",
            "django.contrib.sessions",
            "django.contrib.messages",
        ],
        MIDDLEWARE=[
            "django.middleware.security.SecurityMiddleware",
            "django.contrib.sessions.middleware.SessionMiddleware",
            "django.middleware.common.CommonMiddleware",
            "django.middleware.csrf.CsrfViewMiddleware",
            "django.contrib.auth.middleware.AuthenticationMiddleware",
            "django.contrib.messages.middleware.MessageMiddleware",
            "django.middleware.clickjacking.XFrameOptionsMiddleware",
        ],
        DATABASES={},
        USE_TZ=True,
    )
    django.setup()
    return get_wsgi_application()
