"""What extraction produces: mentions and proposals that point at character spans."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from casetrail.extract.dates import DateValue
from casetrail.extract.gazetteer import Place


@dataclass
class Mention:
    start: int
    end: int
    text: str

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Entity:
    """A person, organisation or place, with every mention of it in the document."""

    id: int
    kind: str  # person | organisation | place
    name: str
    mentions: list[Mention] = field(default_factory=list)
    org_kind: str | None = None  # media, rights group, international body, state, court,
    # security force
    descriptors: list[str] = field(default_factory=list)
    place: Place | None = None
    confidence: float = 0.8
    # only ever "did not respond to a request for comment": named, but took no part
    silent: bool = False

    @property
    def is_participant(self) -> bool:
        """Outlets are channels, not participants, unless they employ someone the report
        is about ("a reporter for the broadcaster Meydan TV")."""
        media = self.org_kind == "media" and "employer" not in self.descriptors
        return not media and not self.silent

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "name": self.name,
            "org_kind": self.org_kind,
            "descriptors": self.descriptors,
            "place": self.place.as_dict() if self.place else None,
            "mentions": [m.as_dict() for m in self.mentions],
            "confidence": self.confidence,
        }


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    value: DateValue

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, **self.value.as_dict()}


@dataclass
class ActMention:
    id: int
    act_type: str
    label: str
    cue: Mention
    sentence: Mention
    date: DateMention | None = None
    place_id: int | None = None
    victims: list[int] = field(default_factory=list)
    perpetrators: list[int] = field(default_factory=list)
    negated: bool = False
    confidence: float = 0.6

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "act_type": self.act_type,
            "label": self.label,
            "cue": self.cue.as_dict(),
            "sentence": self.sentence.as_dict(),
            "date": self.date.as_dict() if self.date else None,
            "place": self.place_id,
            "victims": self.victims,
            "perpetrators": self.perpetrators,
            "negated": self.negated,
            "confidence": self.confidence,
        }


@dataclass
class ClaimMention:
    id: int
    speaker_id: int | None
    speaker_text: str
    cue: str
    content: Mention
    stance: str
    sentence: Mention
    channel_id: int | None = None
    act_ids: list[int] = field(default_factory=list)
    date: DateMention | None = None
    confidence: float = 0.6

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "speaker": self.speaker_id,
            "speaker_text": self.speaker_text,
            "channel": self.channel_id,
            "cue": self.cue,
            "stance": self.stance,
            "content": self.content.as_dict(),
            "sentence": self.sentence.as_dict(),
            "acts": self.act_ids,
            "date": self.date.as_dict() if self.date else None,
            "confidence": self.confidence,
        }


@dataclass
class RoleMention:
    entity_id: int
    role: str
    act_id: int | None
    evidence: Mention
    confidence: float = 0.6

    def as_dict(self) -> dict[str, Any]:
        return {
            "entity": self.entity_id,
            "role": self.role,
            "act": self.act_id,
            "evidence": self.evidence.as_dict(),
            "confidence": self.confidence,
        }


@dataclass
class Extraction:
    """Everything proposed for one document."""

    language: str | None
    entities: list[Entity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    acts: list[ActMention] = field(default_factory=list)
    claims: list[ClaimMention] = field(default_factory=list)
    roles: list[RoleMention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def entity(self, entity_id: int | None) -> Entity | None:
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        return None

    def as_dict(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "warnings": self.warnings,
            "entities": [e.as_dict() for e in self.entities if e.is_participant],
            "dates": [d.as_dict() for d in self.dates],
            "acts": [a.as_dict() for a in self.acts],
            "claims": [c.as_dict() for c in self.claims],
            "roles": [r.as_dict() for r in self.roles],
        }
