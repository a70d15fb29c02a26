"""`{% kept %}`: the rendered HTML of a part of a page, kept until the next publish.

    {% load pagecache_tags %}
    {% kept "actor-cooperation" actor.pk page.pk %} … {% endkept %}

The page cache keeps whole pages for anonymous readers, but only for minutes and only for the exact
address; every filter combination and every reader with a cookie renders the page again. The expensive
parts of a detail page (the cooperation finder, a municipality's actor cards) change only when something
is published, so their HTML is kept per generation (pagecache/generations.py), shared by every reader and
never stale: any publish starts a new generation and the next reader renders the part again.

For a kept part to pay, its database work must happen inside the block: the view hands the template
lazy objects (`cached_property`) that only the block reads, so a hit skips their queries.

The key is the name and the parts the template passes, plus what any rendered HTML may depend on without
saying so: the active language, the host (Wagtail writes absolute URLs when a site has several hosts) and
the path. A part that resolves to None (a missing variable, or a view saying "do not keep this", such as
a filter form with errors) renders the block without keeping it. Nothing is kept in a preview (a draft
is not what readers see) or when the block used the CSRF token (the token is one reader's own).

What changes with time alone (a seminar that ends, a registration deadline) is kept only until then:
`{% kept_until moment %}` inside the block makes the kept HTML expire at `moment` (the earliest wins).
"""

import hashlib

from django import template
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from pagecache.generations import keep_until

register = template.Library()

# An hour, as for `memoized`: a generation rarely lasts that long on a working day, and a kept part that
# nobody asks for again leaves the cache on its own.
KEPT_SECONDS = 3600
CSRF_FIELD = "csrfmiddlewaretoken"
# Where `{% kept_until %}` finds the block it is in.
UNTIL = "_kept_until"


def kept_key(name, parts, request):
    described = "\x1f".join(
        [str(name), get_language() or "", request.get_host(), request.path, *(str(part) for part in parts)]
    )
    return f"portal:kept:{name}:" + hashlib.sha256(described.encode()).hexdigest()


class KeptNode(template.Node):
    def __init__(self, nodelist, name, parts):
        self.nodelist = nodelist
        self.name = name
        self.parts = parts

    def render_body(self, context):
        """The body's HTML and the moment it expires (None: at the next publish). Variables the block sets
        (`{% … as name %}`) stay inside it, on a miss as on a hit."""
        moments = []
        with context.push({UNTIL: moments}):
            html = self.nodelist.render(context)
        return html, min(moments, default=None)

    def render(self, context):
        html, until = self.render_kept(context)
        enclosing = context.get(UNTIL)  # a block kept inside another expires the other with it
        if enclosing is not None and until is not None:
            enclosing.append(until)
        return html

    def render_kept(self, context):
        request = context.get("request")
        parts = [part.resolve(context, ignore_failures=True) for part in self.parts]
        if request is None or getattr(request, "is_preview", False) or any(part is None for part in parts):
            return self.render_body(context)

        def render():
            csrf_before = request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            html, until = self.render_body(context)
            used_csrf = CSRF_FIELD in html or request.META.get("CSRF_COOKIE_NEEDS_UPDATE") != csrf_before
            # A block that used the CSRF token is kept no time at all: the token is one reader's own.
            return str(html), timezone.now() if used_csrf else until

        html, until = keep_until(kept_key(self.name.resolve(context), parts, request), render, KEPT_SECONDS)
        return mark_safe(html), until


@register.tag
def kept(parser, token):
    """{% kept "name" part … %}…{% endkept %}: the body's HTML, kept per generation under its parts."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError('{% kept %} needs a name: {% kept "name" part … %}')
    name, *parts = (parser.compile_filter(bit) for bit in bits[1:])
    nodelist = parser.parse(("endkept",))
    parser.delete_first_token()
    return KeptNode(nodelist, name, parts)


@register.simple_tag(takes_context=True)
def kept_until(context, moment):
    """Inside `{% kept %}`: keep the block's HTML no later than `moment` (a datetime; None: no limit)."""
    moments = context.get(UNTIL)
    if moments is not None and moment is not None:
        moments.append(moment)
    return ""
