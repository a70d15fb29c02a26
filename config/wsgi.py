import os

from django.core.wsgi import get_wsgi_application

from pagecache.wsgi import PageCacheApplication

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
# Page-cache hits are answered in front of Django's handler and middleware (pagecache/wsgi.py).
application = PageCacheApplication(get_wsgi_application())
