"""Open-data downloads of the directory, under each language prefix: /da/open-data/actors.csv …

Each format has one URL name for the national file and the municipality's (`code`, e.g. 751), so a
template asks for `{% url "open_data_actors_csv" code=page.code %}` or the same name without a code.
"""

from django.urls import path

from opendata import views

urlpatterns = [
    path("actors.csv", views.actors_csv, name="open_data_actors_csv"),
    path("actors.json", views.actors_json, name="open_data_actors_json"),
    path("hsds.json", views.actors_hsds, name="open_data_hsds"),
    path("hsds-profile.json", views.hsds_profile, name="open_data_hsds_profile"),
    path("<str:code>/actors.csv", views.actors_csv, name="open_data_actors_csv"),
    path("<str:code>/actors.json", views.actors_json, name="open_data_actors_json"),
    path("<str:code>/hsds.json", views.actors_hsds, name="open_data_hsds"),
]
