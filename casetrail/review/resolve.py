"""People across reports: propose that two person records are one, and let a reviewer
merge, undo a merge, or split a record.

Candidates come from blocks of folded surnames (never all pairs), are scored on the
name and on shared context (cases, places, co-victims), and are only ever *proposed*:
two people with the same surname in different cases are not merged silently.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from casetrail.errors import CasetrailError, NotFound
from casetrail.model import (
    Act,
    Claim,
    Involvement,
    Mention,
    Person,
    PersonMerge,
    case_persons,
    utc_now,
)
from casetrail.review.names import NameKey, name_key, name_similarity
from casetrail.store import Store, audit

PROPOSE_AT = 0.7


class MergeError(CasetrailError):
    """A merge, undo or split that cannot be done."""


@dataclass
class MergeCandidate:
    """Two person records that may be one, with the score and the evidence for it."""

    left_id: int
    right_id: int
    left_name: str
    right_name: str
    score: float
    evidence: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "left": {"id": self.left_id, "name": self.left_name},
            "right": {"id": self.right_id, "name": self.right_name},
            "score": round(self.score, 3),
            "evidence": self.evidence,
        }


def canonical_id(session: Session, person_id: int) -> int:
    """Follow merges to the surviving record."""
    seen = set()
    current = person_id
    while current not in seen:
        seen.add(current)
        person = session.get(Person, current)
        if person is None or person.merged_into_id is None:
            return current
        current = person.merged_into_id
    return current


def _keys(person: Person) -> list[NameKey]:
    return [name_key(n) for n in {person.name, *person.aliases}]


def _context(session: Session) -> dict[int, dict[str, set[int]]]:
    """Per person: cases, places of their acts, co-victims — the evidence beyond names."""
    context: dict[int, dict[str, set[int]]] = defaultdict(
        lambda: {"cases": set(), "places": set(), "acts": set(), "documents": set()}
    )
    for person_id, case_id in session.execute(
        select(case_persons.c.person_id, case_persons.c.case_id)
    ):
        context[person_id]["cases"].add(case_id)
    rows = session.execute(
        select(Involvement.person_id, Act.id, Act.place_id, Act.document_id)
        .join(Act, Involvement.act_id == Act.id)
        .where(Involvement.person_id.is_not(None))
    )
    for person_id, act_id, place_id, document_id in rows:
        if person_id is None:
            continue
        context[person_id]["acts"].add(act_id)
        if place_id:
            context[person_id]["places"].add(place_id)
        if document_id:
            context[person_id]["documents"].add(document_id)
    for person_id, document_id in session.execute(
        select(Mention.person_id, Mention.document_id).where(Mention.person_id.is_not(None))
    ):
        if person_id is not None:
            context[person_id]["documents"].add(document_id)
    return context


def score_pair(
    left: Person, right: Person, context: dict[int, dict[str, set[int]]]
) -> tuple[float, list[str]]:
    """Best name similarity over all spellings, adjusted by shared or separate context."""
    best = (0.0, ["different surnames"])
    for a in _keys(left):
        for b in _keys(right):
            found = name_similarity(a, b)
            if found[0] > best[0]:
                best = found
    score, evidence = best[0], list(best[1])
    mine, theirs = context.get(left.id), context.get(right.id)
    if mine and theirs:
        if mine["cases"] & theirs["cases"]:
            score += 0.15
            evidence.append("in the same case")
        elif mine["cases"] and theirs["cases"]:
            score -= 0.2
            evidence.append("in different cases")
        if mine["places"] & theirs["places"]:
            score += 0.1
            evidence.append("acts at the same place")
        if mine["documents"] & theirs["documents"]:
            score -= 0.3  # two records from one report were kept apart by the extractor
            evidence.append("both named in the same report")
    return max(0.0, min(score, 1.0)), evidence


def merge_candidates(store: Store, *, threshold: float = PROPOSE_AT) -> list[MergeCandidate]:
    """Pairs of unmerged person records that may be one person, best first."""
    with store.session() as session:
        people = list(session.scalars(select(Person).where(Person.merged_into_id.is_(None))))
        context = _context(session)
        blocks: dict[str, list[Person]] = defaultdict(list)
        for person in people:
            for key in {k.block for k in _keys(person) if k.surname}:
                blocks[key].append(person)
        seen: set[tuple[int, int]] = set()
        found = []
        for members in blocks.values():
            for left, right in combinations(sorted(members, key=lambda p: p.id), 2):
                pair = (left.id, right.id)
                if pair in seen or left.id == right.id:
                    continue
                seen.add(pair)
                score, evidence = score_pair(left, right, context)
                if score >= threshold:
                    found.append(
                        MergeCandidate(left.id, right.id, left.name, right.name, score, evidence)
                    )
    return sorted(found, key=lambda c: -c.score)


def merge(
    store: Store,
    source_id: int,
    target_id: int,
    *,
    actor: str | None = None,
    score: float | None = None,
    evidence: list[str] | None = None,
) -> int:
    """Merge ``source`` into ``target`` (reversibly); returns the merge id."""
    actor = actor or store.settings.actor
    with store.session() as session:
        source, target = session.get(Person, source_id), session.get(Person, target_id)
        if source is None or target is None:
            raise NotFound(f"there is no person {source_id if source is None else target_id}")
        if canonical_id(session, target_id) == source_id or source_id == target_id:
            raise MergeError("a person cannot be merged into itself")
        if source.merged_into_id is not None:
            raise MergeError(f"person {source_id} is already merged into {source.merged_into_id}")
        source.merged_into_id = target_id
        record = PersonMerge(
            source_id=source_id,
            target_id=target_id,
            score=score,
            evidence={"reasons": evidence or []},
            merged_by=actor,
        )
        session.add(record)
        session.flush()
        audit.append(
            session,
            actor=actor,
            action="person.merge",
            target_type="person",
            target_id=target_id,
            details={"source": source_id, "merge": record.id},
        )
        return record.id


def undo_merge(store: Store, merge_id: int, *, actor: str | None = None) -> None:
    """Undo a merge: the source record stands on its own again."""
    actor = actor or store.settings.actor
    with store.session() as session:
        record = session.get(PersonMerge, merge_id)
        if record is None:
            raise NotFound(f"there is no merge {merge_id}")
        if record.undone_at is not None:
            raise MergeError(f"merge {merge_id} was already undone")
        source = session.get(Person, record.source_id)
        assert source is not None
        source.merged_into_id = None
        record.undone_at, record.undone_by = utc_now(), actor
        audit.append(
            session,
            actor=actor,
            action="person.unmerge",
            target_type="person",
            target_id=record.target_id,
            details={"source": record.source_id, "merge": merge_id},
        )


def split(
    store: Store,
    person_id: int,
    document_ids: list[int],
    *,
    name: str | None = None,
    actor: str | None = None,
) -> int:
    """Move what one record says about the people in ``document_ids`` to a new record
    (a record that conflated two people); returns the new person's id."""
    actor = actor or store.settings.actor
    with store.session() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound(f"there is no person {person_id}")
        if not document_ids:
            raise MergeError("name the documents whose mentions belong to the other person")
        other = Person(name=name or person.name, aliases=list(person.aliases))
        session.add(other)
        session.flush()
        moved = 0
        for model, column in (
            (Mention, Mention.person_id),
            (Involvement, Involvement.person_id),
            (Claim, Claim.speaker_person_id),
        ):
            result = session.execute(
                update(model)
                .where(column == person_id, model.document_id.in_(document_ids))
                .values({column.key: other.id})
            )
            moved += result.rowcount or 0  # type: ignore[attr-defined]
        if moved == 0:
            raise MergeError(f"person {person_id} is not named in documents {document_ids}")
        audit.append(
            session,
            actor=actor,
            action="person.split",
            target_type="person",
            target_id=person_id,
            details={"new_person": other.id, "documents": document_ids},
        )
        return other.id
