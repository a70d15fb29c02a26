"""Routing: pages missing in the reader's language come from a fallback; deep paths route in two queries."""

from django.http import Http404

from languages.locales import fallback_chain, locale_for_code


def find_fallback_child(page, slug):
    """A live child `slug` of `page`'s translations in the fallback languages that `page`'s language lacks."""
    for code in fallback_chain(page.locale.language_code)[1:]:
        parent = page.get_translation_or_none(locale_for_code(code))
        if parent is None:
            continue
        child = parent.get_children().live().filter(slug=slug).first()
        if (
            child is not None
            and not child.get_translations().live().filter(locale_id=page.locale_id).exists()
        ):
            return child
    return None


def route_by_url_path(page, request, path_components):
    """Wagtail's routing in two queries however deep the path, or None to let Wagtail route level by level.

    Used for paths of two or more parts; one part costs Wagtail two queries as well.

    Wagtail reads two rows per level (the child by slug, then its specific page): eight queries for an
    actor under /ar/albaladiyat/koebenhavn/. Here the pages on the path are read in one query (by slug,
    then matched on their `url_path`), and the deepest one as its specific type in a second; that page
    routes the rest itself.
    The answer is the same as Wagtail's: pages in between must route like Wagtail's `Page.route` (or only
    add a fallback on 404), and a routable page in between must not claim the rest of the path itself.
    Anything else (a 404 included, where the fallback languages may apply) goes the usual way.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.urls import Resolver404
    from wagtail.contrib.routable_page.models import RoutablePageMixin
    from wagtail.models import Page

    depth_of, url_path = {}, page.url_path
    for depth, slug in enumerate(path_components, 1):
        url_path = f"{url_path}{slug}/"
        depth_of[url_path] = depth
    # By slug, which has an index (url_path has none), and then by url_path among the few rows found.
    rows = (
        Page.objects.filter(slug__in=path_components, path__startswith=page.path)
        .order_by()
        .values_list("pk", "url_path", "content_type_id")
    )
    on_path = {
        depth_of[url_path]: (pk, content_type_id)
        for pk, url_path, content_type_id in rows
        if url_path in depth_of
    }
    deepest = 0
    while deepest + 1 in on_path:
        deepest += 1
    if not deepest:
        return None
    for depth in range(1, deepest + 1):
        model = ContentType.objects.get_for_id(on_path[depth][1]).model_class()
        if model is None:
            return None
        if depth == deepest:
            break
        if issubclass(model, RoutablePageMixin):
            rest = "/" + "/".join(path_components[depth:]) + "/"
            try:
                model.get_resolver().resolve(rest)
            except Resolver404:
                continue
            return None
        if model.route not in (Page.route, FallbackRoutingMixin.route):
            return None
    target = model.objects.filter(pk=on_path[deepest][0]).first()
    if target is None:
        return None
    try:
        return target.route(request, path_components[deepest:])
    except Http404:
        return None


class FallbackRoutingMixin:
    """Serve children that are not yet translated into this page's language from the fallback languages.

    A Ukrainian reader following /uk/…/<slug>/ to a case study that exists only in Danish gets the Danish
    content inside the Ukrainian interface, with a notice (see the `translation_notice` template tag),
    instead of a dead end.
    """

    def route(self, request, path_components):
        if len(path_components) > 1:
            found = route_by_url_path(self, request, path_components)
            if found is not None:
                return found
        try:
            return super().route(request, path_components)
        except Http404:
            if not path_components:
                raise
            child = find_fallback_child(self, path_components[0])
            if child is None:
                raise
            return child.specific.route(request, path_components[1:])
