"""The handouts, under each language prefix: /da/handouts/municipality/42.pdf and so on.

Templates link to them with `{% url "handout" kind="seminar" page_id=page.pk %}` or, with the page's
filters, through the tags in handouts_tags.
"""

from django.urls import re_path

from handouts import views

urlpatterns = [
    # At most nine digits: a page id, never a number the database cannot compare with one.
    re_path(
        r"^(?P<kind>municipality|case-study|seminar)/(?P<page_id>[0-9]{1,9})\.pdf$",
        views.handout,
        name="handout",
    ),
]
