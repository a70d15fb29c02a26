"""The directory: one page per Danish municipality and the actors (organisations) that serve newcomers there.

Split by kind: `pages` (the index and the municipality pages), `actors` (the actor snippet), `vocabularies`
(regions, sectors, languages). Every public name is importable from `directory.models`.

Translated and synchronised fields are declared explicitly on every model. The rule: what a reader reads
(names, descriptions, opening hours) is translated; facts (codes, addresses, phone numbers, dates,
relations to other objects) are synchronised from the Danish source so they can never drift apart.
"""

from directory.models.actors import LISTED_ACTOR_FIELDS, Actor, ActorQuerySet, attach_vocabularies
from directory.models.pages import MunicipalityIndexPage, MunicipalityPage
from directory.models.vocabularies import Language, Region, Sector

__all__ = [
    "LISTED_ACTOR_FIELDS",
    "Actor",
    "ActorQuerySet",
    "Language",
    "MunicipalityIndexPage",
    "MunicipalityPage",
    "Region",
    "Sector",
    "attach_vocabularies",
]
