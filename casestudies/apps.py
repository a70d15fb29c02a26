from django.apps import AppConfig


class CaseStudiesConfig(AppConfig):
    name = "casestudies"
