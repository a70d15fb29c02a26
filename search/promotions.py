"""The results coordinators promote for a query (Wagtail's search promotions), in the reader's language.

A promotion names one page, in whichever language the coordinator chose it. The reader gets that page
in their own language when it is translated, else in the nearest language of the fallback chain
(uk → en → da), as every listing on the site does; a page that is not live, or is private, is left out.
"""

from dataclasses import dataclass

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page

from languages.fallback import by_translation_key
from search.counting import normalise


@dataclass
class Promoted:
    page: Page | None = None
    url: str = ""
    title: str = ""
    description: str = ""


def promoted_for(query, language_code):
    """The promoted results for `query`, in the coordinators' order, each page in the reader's language.

    One query when nothing is promoted for `query` (the usual case).
    """
    picks = list(
        SearchPromotion.objects.filter(query__query_string=normalise(query))
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    if not picks:
        return []
    keys = [pick.page.translation_key for pick in picks if pick.page_id]
    shown = by_translation_key(Page.objects.live().public(), keys, language_code)
    specific = Page.objects.filter(pk__in=[page.pk for page in shown.values()]).specific().in_bulk()
    promoted, seen = [], set()
    for pick in picks:
        if pick.page_id is None:
            if pick.external_link_url:
                promoted.append(
                    Promoted(
                        url=pick.external_link_url,
                        title=pick.external_link_text or pick.external_link_url,
                        description=pick.description,
                    )
                )
            continue
        found = shown.get(str(pick.page.translation_key))
        page = specific.get(found.pk) if found is not None else None
        if page is None or page.pk in seen:
            continue
        seen.add(page.pk)
        # The coordinator's description is in the language of the page they chose: shown with that page only.
        description = pick.description if page.locale_id == pick.page.locale_id else ""
        promoted.append(Promoted(page=page, title=page.title, description=description))
    return promoted
