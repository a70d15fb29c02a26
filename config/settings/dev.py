"""Development settings: debug on, console e-mail, an insecure key that never leaves a laptop."""

from .base import *  # noqa: F403
from .base import SECRET_KEY, env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"
DEMO_ADMIN_LOGIN = True
# runserver shows every change at once; the page cache is tried with the production settings.
PAGE_CACHE_SECONDS = 0
