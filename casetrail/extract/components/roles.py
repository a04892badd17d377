"""Role component: who is victim, perpetrator, source, intervening party or official."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from casetrail.extract.components.acts import acts_of
from casetrail.extract.components.claims import _is_official, claims_of
from casetrail.extract.components.registry import Registry
from casetrail.extract.results import Entity, Mention, RoleMention
from casetrail.extract.vocabulary import actor_words

ROLES_KEY = "casetrail_roles"


@Language.factory("casetrail_roles")
class RoleComponent:
    """Collects roles in ``doc.user_data[ROLES_KEY]``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        registry = Registry.of(doc)
        words = actor_words()
        roles: dict[tuple[int, str], RoleMention] = {}

        def add(
            entity: Entity | None,
            role: str,
            act_id: int | None,
            evidence: Mention,
            confidence: float,
        ) -> None:
            if entity is None or not entity.is_participant or entity.kind == "place":
                return
            roles.setdefault(
                (entity.id, role), RoleMention(entity.id, role, act_id, evidence, confidence)
            )

        for act in acts_of(doc):
            for victim in act.victims:
                add(registry.get(victim), "victim", act.id, act.sentence, act.confidence)
            for perpetrator in act.perpetrators:
                add(registry.get(perpetrator), "perpetrator", act.id, act.sentence, act.confidence)
        for claim in claims_of(doc):
            add(registry.get(claim.speaker_id), "source", None, claim.sentence, claim.confidence)
        for entity in registry.entities:
            if not entity.mentions:
                continue
            first = entity.mentions[0]
            descriptors = set(entity.descriptors)
            if entity.org_kind in {"rights group", "international body"} or (
                descriptors & words.intervening_descriptors and entity.kind == "person"
            ):
                add(entity, "intervening party", None, first, 0.6)
            # state bodies, courts and office holders; security forces are judged by what
            # they do (perpetrator), not marked official for being armed
            if entity.org_kind != "security force" and (
                entity.org_kind == "court" or _is_official(entity)
            ):
                add(entity, "official", None, first, 0.5)
        doc.user_data[ROLES_KEY] = list(roles.values())
        return doc


def roles_of(doc: Doc) -> list[RoleMention]:
    return list(doc.user_data.get(ROLES_KEY, []))
