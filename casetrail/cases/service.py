"""Cases: documents, people and acts grouped into one file, with a timeline that keeps
date uncertainty and conflicts, and claims side by side per act."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import combinations
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from casetrail.errors import CasetrailError, NotFound
from casetrail.extract.vocabulary import act_types
from casetrail.model import (
    Act,
    Case,
    Claim,
    DatePrecision,
    Document,
    Involvement,
    Mention,
    Organisation,
    Person,
    Role,
    case_acts,
)
from casetrail.review.resolve import canonical_id
from casetrail.store import Store, audit

STANCES = ("allegation", "confirmation", "denial", "characterisation")


class CaseError(CasetrailError):
    """A case operation that cannot be done."""


def _case(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(f"there is no case {case_id}")
    return case


def create_case(
    store: Store, title: str, *, summary: str | None = None, actor: str | None = None
) -> int:
    if not title.strip():
        raise CaseError("a case needs a title")
    actor = actor or store.settings.actor
    with store.session() as session:
        case = Case(title=title.strip(), summary=summary)
        session.add(case)
        session.flush()
        audit.append(
            session,
            actor=actor,
            action="case.create",
            target_type="case",
            target_id=case.id,
            details={"title": case.title},
        )
        return case.id


def _document_records(session: Session, document_id: int) -> tuple[list[Act], list[int]]:
    acts = list(session.scalars(select(Act).where(Act.document_id == document_id)))
    people = {
        canonical_id(session, pid)
        for pid in session.scalars(
            select(Mention.person_id).where(
                Mention.document_id == document_id, Mention.person_id.is_not(None)
            )
        )
        if pid
    }
    return acts, sorted(people)


def add_to_case(
    store: Store,
    case_id: int,
    *,
    documents: list[int] | None = None,
    persons: list[int] | None = None,
    acts: list[int] | None = None,
    actor: str | None = None,
) -> dict[str, int]:
    """Add documents (with their accepted acts and people), people and acts to a case."""
    actor = actor or store.settings.actor
    added = {"documents": 0, "persons": 0, "acts": 0}
    with store.session() as session:
        case = _case(session, case_id)
        person_ids = [canonical_id(session, p) for p in persons or []]
        act_rows = []
        for document_id in documents or []:
            document = session.get(Document, document_id)
            if document is None:
                raise NotFound(f"there is no document {document_id}")
            if document not in case.documents:
                case.documents.append(document)
                added["documents"] += 1
            doc_acts, doc_people = _document_records(session, document_id)
            act_rows += doc_acts
            person_ids += doc_people
        for act_id in acts or []:
            act = session.get(Act, act_id)
            if act is None:
                raise NotFound(f"there is no act {act_id}")
            act_rows.append(act)
        for act in act_rows:
            if act not in case.acts:
                case.acts.append(act)
                added["acts"] += 1
        for person_id in dict.fromkeys(person_ids):
            person = session.get(Person, person_id)
            if person is None:
                raise NotFound(f"there is no person {person_id}")
            if person not in case.persons:
                case.persons.append(person)
                added["persons"] += 1
        audit.append(
            session,
            actor=actor,
            action="case.add",
            target_type="case",
            target_id=case_id,
            details=added | {"document_ids": documents or []},
        )
    return added


@dataclass
class TimelineEntry:
    """One dated item: an act or a claim, with its uncertainty and its source."""

    kind: str
    id: int
    label: str
    start: date | None
    end: date | None
    precision: str
    source: dict[str, Any]
    detail: dict[str, Any] = field(default_factory=dict)
    conflicts_with: list[int] = field(default_factory=list)

    @property
    def sort_key(self) -> tuple[int, date, int, int]:
        """Midpoint of the interval, so "June 2020" sorts as a span (mid-June), not as
        June 1st; undated entries go last."""
        if self.start is None:
            return (1, date.max, 0, self.id)
        end = self.end or self.start
        middle = self.start + (end - self.start) / 2
        return (0, middle, (end - self.start).days, self.id)

    @property
    def uncertain(self) -> bool:
        return self.precision != DatePrecision.DAY.value

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "label": self.label,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "precision": self.precision,
            "uncertain": self.uncertain,
            "source": self.source,
            "detail": self.detail,
            "conflicts_with": self.conflicts_with,
        }


def _source(document: Document | None) -> dict[str, Any]:
    if document is None:
        return {}
    return {
        "document_id": document.id,
        "title": document.title,
        "outlet": document.outlet,
        "published": document.published.isoformat() if document.published else None,
    }


def _party_name(involvement: Involvement) -> str:
    if involvement.person is not None:
        return involvement.person.name
    return involvement.organisation.name if involvement.organisation else "?"


def _speaker(session: Session, claim: Claim) -> str:
    if claim.speaker_person_id:
        person = session.get(Person, canonical_id(session, claim.speaker_person_id))
        return person.name if person else "?"
    if claim.speaker_organisation_id:
        organisation = session.get(Organisation, claim.speaker_organisation_id)
        return organisation.name if organisation else "?"
    return claim.speaker_text or "unattributed"


def _intervals_overlap(a: TimelineEntry, b: TimelineEntry) -> bool:
    if a.start is None or b.start is None:
        return True
    return a.start <= (b.end or date.max) and b.start <= (a.end or date.max)


CONFLICT_WINDOW = timedelta(days=31)


def _near(a: TimelineEntry, b: TimelineEntry) -> bool:
    """Dates close enough to be two accounts of one event ("the 4th" vs "the 5th"), not
    two events (an arrest in 2020 and another in 2023)."""
    if a.start is None or b.start is None:
        return False
    gap = max(a.start, b.start) - min(a.end or a.start, b.end or b.start)
    return gap <= CONFLICT_WINDOW


def timeline(store: Store, case_id: int) -> list[TimelineEntry]:
    """The case's acts and claims in date order; conflicting reports both stand."""
    kinds = act_types()
    with store.session() as session:
        _case(session, case_id)  # NotFound for an unknown case
        entries: list[TimelineEntry] = []
        victims_of: dict[int, set[int]] = {}
        acts = session.scalars(
            select(Act)
            .where(Act.id.in_(select(case_acts.c.act_id).where(case_acts.c.case_id == case_id)))
            .options(
                selectinload(Act.involvements).selectinload(Involvement.person),
                selectinload(Act.involvements).selectinload(Involvement.organisation),
                selectinload(Act.place),
            )
        ).all()
        document_ids = {a.document_id for a in acts if a.document_id}
        documents = (
            {
                d.id: d
                for d in session.scalars(select(Document).where(Document.id.in_(document_ids)))
            }
            if document_ids
            else {}
        )
        for act in acts:
            document = documents.get(act.document_id) if act.document_id else None
            victims = {
                canonical_id(session, i.person_id)
                for i in act.involvements
                if i.role is Role.VICTIM and i.person_id
            }
            victims_of[act.id] = victims
            entries.append(
                TimelineEntry(
                    kind="act",
                    id=act.id,
                    label=kinds[act.act_type].label if act.act_type in kinds else act.act_type,
                    start=act.date_start,
                    end=act.date_end or act.date_start,
                    precision=act.date_precision.value,
                    source=_source(document),
                    detail={
                        "act_type": act.act_type,
                        "date_text": act.date_text,
                        "place": act.place.name if act.place else None,
                        "victims": sorted(
                            _party_name(i) for i in act.involvements if i.role is Role.VICTIM
                        ),
                        "perpetrators": sorted(
                            _party_name(i) for i in act.involvements if i.role is Role.PERPETRATOR
                        ),
                    },
                )
            )
        act_ids = [a.id for a in acts]
        claims = (
            session.scalars(
                select(Claim).join(Claim.acts).where(Act.id.in_(act_ids)).distinct()
            ).all()
            if act_ids
            else []
        )
        for claim in claims:
            document = session.get(Document, claim.document_id)
            when = claim.claim_date or (document.published if document else None)
            entries.append(
                TimelineEntry(
                    kind="claim",
                    id=claim.id,
                    label=f"{_speaker(session, claim)}: {claim.stance.value}",
                    start=when,
                    end=when,
                    precision=DatePrecision.DAY.value if when else DatePrecision.UNKNOWN.value,
                    source=_source(document),
                    detail={
                        "content": claim.content,
                        "stance": claim.stance.value,
                        "acts": [a.id for a in claim.acts],
                    },
                )
            )
        # only acts of one type that share a victim can be two accounts of one event
        by_victim: dict[tuple[str, int], list[TimelineEntry]] = defaultdict(list)
        for entry in entries:
            if entry.kind == "act":
                for victim in victims_of[entry.id]:
                    by_victim[(entry.detail["act_type"], victim)].append(entry)
        for group in by_victim.values():
            for left, right in combinations(group, 2):
                if left.source.get("document_id") == right.source.get("document_id"):
                    continue
                if right.id in left.conflicts_with:
                    continue
                if not _intervals_overlap(left, right) and _near(left, right):
                    left.conflicts_with.append(right.id)
                    right.conflicts_with.append(left.id)
    return sorted(entries, key=lambda e: e.sort_key)


def contested_claims(store: Store, case_id: int) -> list[dict[str, Any]]:
    """Per act: who asserts, confirms, denies or characterises it, with sources and dates."""
    kinds = act_types()
    with store.session() as session:
        case = _case(session, case_id)
        result = []
        acts = session.scalars(
            select(Act)
            .where(Act.id.in_(select(case_acts.c.act_id).where(case_acts.c.case_id == case.id)))
            .options(selectinload(Act.claims))
        ).all()
        for act in sorted(acts, key=lambda a: (a.date_start or date.max, a.id)):
            sides: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for claim in act.claims:
                document = session.get(Document, claim.document_id)
                sides[claim.stance.value].append(
                    {
                        "claim_id": claim.id,
                        "speaker": _speaker(session, claim),
                        "content": claim.content,
                        "date": (claim.claim_date or (document.published if document else None)),
                        "source": _source(document),
                    }
                )
            result.append(
                {
                    "act_id": act.id,
                    "act": kinds[act.act_type].label if act.act_type in kinds else act.act_type,
                    "date_start": act.date_start,
                    "date_end": act.date_end,
                    "precision": act.date_precision.value,
                    "contested": bool(sides.get("denial"))
                    and bool(sides.get("allegation") or sides.get("confirmation")),
                    **{stance: sides.get(stance, []) for stance in STANCES},
                }
            )
    return result


@dataclass(frozen=True)
class CaseSuggestion:
    case_id: int
    title: str
    score: float
    reasons: list[str]

    def as_dict(self) -> dict[str, Any]:
        return {
            "case_id": self.case_id,
            "title": self.title,
            "score": round(self.score, 2),
            "reasons": self.reasons,
        }


def suggest_cases(store: Store, document_id: int) -> list[CaseSuggestion]:
    """Which existing cases a document probably belongs to: shared victims weigh most,
    then shared places and acts within two months of the case's acts."""
    with store.session() as session:
        if session.get(Document, document_id) is None:
            raise NotFound(f"there is no document {document_id}")
        acts, people = _document_records(session, document_id)
        victims = {
            canonical_id(session, i.person_id)
            for a in acts
            for i in a.involvements
            if i.person_id and i.role is Role.VICTIM
        }
        mentioned = set(people)
        places = {a.place_id for a in acts if a.place_id}
        dates = [a.date_start for a in acts if a.date_start]
        suggestions = []
        for case in session.scalars(select(Case)):
            if any(d.id == document_id for d in case.documents):
                continue
            reasons: list[str] = []
            score = 0.0
            case_people = {canonical_id(session, p.id) for p in case.persons}
            shared_victims = victims & case_people
            shared_people = (mentioned - victims) & case_people
            if shared_victims:
                score += 3 * len(shared_victims)
                reasons.append(
                    "shared victims: "
                    + ", ".join(sorted(p.name for p in case.persons if p.id in shared_victims))
                )
            if shared_people:
                score += 1 * len(shared_people)
                reasons.append(f"{len(shared_people)} other people in common")
            shared_places = places & {a.place_id for a in case.acts if a.place_id}
            if shared_places:
                score += len(shared_places)
                reasons.append(f"{len(shared_places)} places in common")
            case_dates = [a.date_start for a in case.acts if a.date_start]
            if (
                dates
                and case_dates
                and min(abs(x - y) for x in dates for y in case_dates) <= (timedelta(days=60))
            ):
                score += 1
                reasons.append("acts within two months of the case's acts")
            if score > 0:
                suggestions.append(CaseSuggestion(case.id, case.title, score, reasons))
    return sorted(suggestions, key=lambda s: -s.score)


def case_overview(store: Store, case_id: int) -> dict[str, Any]:
    with store.session() as session:
        case = _case(session, case_id)
        return {
            "id": case.id,
            "title": case.title,
            "summary": case.summary,
            "status": case.status,
            "documents": [_source(d) for d in case.documents],
            "persons": [
                {"id": p.id, "name": p.name} for p in case.persons if p.merged_into_id is None
            ],
            "acts": len(case.acts),
        }


def list_cases(store: Store) -> list[dict[str, Any]]:
    with store.session() as session:
        return [
            {
                "id": c.id,
                "title": c.title,
                "documents": len(c.documents),
                "acts": len(c.acts),
                "persons": len(c.persons),
            }
            for c in session.scalars(select(Case).order_by(Case.id))
        ]


def cases_from_shared_victims(store: Store, *, actor: str | None = None) -> list[int]:
    """Open one case per group of documents that share a victim (after merges) and that
    are in no case yet; returns the new case ids."""
    with store.session() as session:
        in_cases = {d.id for c in session.scalars(select(Case)) for d in c.documents}
        victims: dict[int, set[int]] = defaultdict(set)
        rows = session.execute(
            select(Act.document_id, Involvement.person_id)
            .join(Involvement, Involvement.act_id == Act.id)
            .where(Involvement.role == Role.VICTIM, Involvement.person_id.is_not(None))
        )
        for document_id, person_id in rows:
            if document_id and person_id and document_id not in in_cases:
                victims[document_id].add(canonical_id(session, person_id))
        titles = {
            d.id: d.title or f"document {d.id}"
            for d in session.scalars(select(Document).where(Document.id.in_(list(victims))))
        }
    groups: list[tuple[set[int], set[int]]] = []  # (documents, victims)
    for document_id in sorted(victims):
        joined = [g for g in groups if g[1] & victims[document_id]]
        documents, people = {document_id}, set(victims[document_id])
        for group in joined:
            documents |= group[0]
            people |= group[1]
            groups.remove(group)
        groups.append((documents, people))
    created = []
    for documents, _ in groups:
        first = min(documents)
        case_id = create_case(store, titles[first], actor=actor)
        add_to_case(store, case_id, documents=sorted(documents), actor=actor)
        created.append(case_id)
    return created
