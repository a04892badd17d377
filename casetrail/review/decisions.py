"""Review decisions: a person accepts, edits or rejects each machine-made proposal.

Accepting turns a proposal into records that count (Person, Organisation, Place, Act,
Involvement, Claim); accepting an act accepts the entities it needs.  Every decision
records who and when, and appends to the audit chain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casetrail.errors import CasetrailError, NotFound
from casetrail.extract.dates import DateValue, parse_value
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
    Place,
    Proposal,
    ProposalKind,
    ProposalStatus,
    Role,
    Stance,
    utc_now,
)
from casetrail.store import Store, audit

ENTITY_KINDS = {ProposalKind.PERSON, ProposalKind.ORGANISATION, ProposalKind.PLACE}
EDITABLE = {"name", "act_type", "date", "role", "stance", "span_start", "span_end"}


class ReviewError(CasetrailError):
    """A decision that cannot be made (already decided, bad edit)."""


@dataclass(frozen=True)
class Decision:
    proposal_id: int
    status: str
    record: dict[str, Any] | None

    def as_dict(self) -> dict[str, Any]:
        return {"proposal_id": self.proposal_id, "status": self.status, "record": self.record}


def review_queue(store: Store, document_id: int, *, pending_only: bool = True) -> list[Proposal]:
    """A document's proposals in reading order (entities before acts and claims)."""
    order = {
        ProposalKind.PERSON: 0,
        ProposalKind.ORGANISATION: 0,
        ProposalKind.PLACE: 0,
        ProposalKind.DATE: 1,
        ProposalKind.ACT: 2,
        ProposalKind.INVOLVEMENT: 3,
        ProposalKind.CLAIM: 4,
    }
    with store.session() as session:
        if session.get(Document, document_id) is None:
            raise NotFound(f"there is no document {document_id}")
        query = select(Proposal).where(Proposal.document_id == document_id)
        if pending_only:
            query = query.where(Proposal.status == ProposalStatus.PENDING)
        rows = list(session.scalars(query))
        for row in rows:
            session.expunge(row)
    return sorted(rows, key=lambda p: (order[p.kind], p.span_start, p.id))


def _proposal(session: Session, proposal_id: int) -> Proposal:
    proposal = session.get(Proposal, proposal_id)
    if proposal is None:
        raise NotFound(f"there is no proposal {proposal_id}")
    return proposal


def _by_ref(session: Session, document_id: int, ref: str | None) -> Proposal | None:
    if not ref:
        return None
    for proposal in session.scalars(select(Proposal).where(Proposal.document_id == document_id)):
        if proposal.payload.get("ref") == ref:
            return proposal
    return None


def _record_of(proposal: Proposal) -> dict[str, Any] | None:
    record = proposal.payload.get("record")
    return record if isinstance(record, dict) else None


def _set_record(proposal: Proposal, table: str, record_id: int) -> dict[str, Any]:
    record = {"table": table, "id": record_id}
    proposal.payload = {**proposal.payload, "record": record}
    return record


def _apply_edits(session: Session, proposal: Proposal, edits: dict[str, Any]) -> None:
    unknown = set(edits) - EDITABLE
    if unknown:
        raise ReviewError(f"cannot edit {', '.join(sorted(unknown))} of a proposal")
    payload = dict(proposal.payload)
    if "span_start" in edits or "span_end" in edits:
        document = session.get(Document, proposal.document_id)
        assert document is not None
        start = int(edits.get("span_start", proposal.span_start))
        end = int(edits.get("span_end", proposal.span_end))
        if not 0 <= start <= end <= len(document.text):
            raise ReviewError(f"span {start}-{end} is outside the document's text")
        proposal.span_start, proposal.span_end = start, end
        proposal.text = document.text[start:end]
    if "name" in edits:
        payload["name"] = str(edits["name"]).strip()
    if "act_type" in edits:
        if edits["act_type"] not in act_types():
            raise ReviewError(f"unknown act type {edits['act_type']!r}; see acts.json")
        payload["act_type"] = edits["act_type"]
        payload["label"] = act_types()[edits["act_type"]].label
    if "date" in edits:
        value = parse_value(str(edits["date"]))
        if value is None:
            raise ReviewError(
                f"not a date value: {edits['date']!r} (use 2021-02-04, 2020-06, "
                "2020, 2021-02-01/2021-02-07 or 2017/..)"
            )
        payload["date"] = {**(payload.get("date") or {}), **value.as_dict()}
    if "role" in edits:
        roles = {r.value for r in Role}
        if edits["role"] not in roles:
            raise ReviewError(f"unknown role {edits['role']!r}; one of {', '.join(sorted(roles))}")
        payload["role"] = edits["role"]
    if "stance" in edits:
        stances = {s.value for s in Stance}
        if edits["stance"] not in stances:
            raise ReviewError(f"unknown stance {edits['stance']!r}")
        payload["stance"] = edits["stance"]
    proposal.payload = payload


def _decide(proposal: Proposal, status: ProposalStatus, actor: str) -> None:
    if proposal.status is not ProposalStatus.PENDING:
        raise ReviewError(f"proposal {proposal.id} was already {proposal.status.value}")
    proposal.status = status
    proposal.decided_by = actor
    proposal.decided_at = utc_now()


def _mentions(session: Session, proposal: Proposal, **target: int) -> None:
    spans = proposal.payload.get("mentions") or [
        {"start": proposal.span_start, "end": proposal.span_end, "text": proposal.text}
    ]
    for span in spans:
        session.add(
            Mention(
                document_id=proposal.document_id,
                span_start=span["start"],
                span_end=span["end"],
                text=span["text"],
                **target,
            )
        )


def _cases_of(session: Session, document_id: int) -> list[Case]:
    """Cases that hold the document: what is accepted from it joins them."""
    document = session.get(Document, document_id)
    return list(document.cases) if document is not None else []


def _accept_entity(session: Session, proposal: Proposal) -> dict[str, Any]:
    payload = proposal.payload
    name = str(payload.get("name") or proposal.text)
    if proposal.kind is ProposalKind.PERSON:
        aliases = sorted({m["text"] for m in payload.get("mentions", [])} - {name})
        person = Person(name=name, aliases=aliases)
        session.add(person)
        session.flush()
        _mentions(session, proposal, person_id=person.id)
        for case in _cases_of(session, proposal.document_id):
            case.persons.append(person)
        return _set_record(proposal, "persons", person.id)
    if proposal.kind is ProposalKind.ORGANISATION:
        organisation = session.scalars(
            select(Organisation).where(Organisation.name == name)
        ).first()
        if organisation is None:
            organisation = Organisation(name=name, kind=payload.get("org_kind"))
            session.add(organisation)
            session.flush()
            parent = _parent_from_name(session, name)
            if parent is not None:
                organisation.parent_id = parent.id
        _mentions(session, proposal, organisation_id=organisation.id)
        return _set_record(proposal, "organisations", organisation.id)
    gazetteer = payload.get("place") or {}
    place = None
    if gazetteer.get("id"):
        place = session.scalars(select(Place).where(Place.gazetteer_id == gazetteer["id"])).first()
    if place is None:
        place = Place(
            name=name,
            kind=gazetteer.get("kind"),
            country_code=gazetteer.get("country"),
            gazetteer_id=gazetteer.get("id"),
            latitude=gazetteer.get("lat"),
            longitude=gazetteer.get("lon"),
        )
        session.add(place)
        session.flush()
    _mentions(session, proposal, place_id=place.id)
    return _set_record(proposal, "places", place.id)


_UNIT_OF = re.compile(r"^(?P<unit>.+?)\s+(?:of|from)\s+(?:the\s+)?(?P<parent>[A-Z].+)$")


def _parent_from_name(session: Session, name: str) -> Organisation | None:
    """ "The anti-terror branch of the Diyarbakir police": the unit gets its force as parent."""
    match = _UNIT_OF.match(name)
    if not match:
        return None
    parent_name = match.group("parent").strip()
    parent = session.scalars(select(Organisation).where(Organisation.name == parent_name)).first()
    if parent is None:
        parent = Organisation(name=parent_name)
        session.add(parent)
        session.flush()
    return parent


def _ensure_entity(
    session: Session, document_id: int, ref: dict[str, Any] | None, actor: str
) -> tuple[str, int] | None:
    """The record behind an entity reference, accepting its proposal if still pending."""
    if not ref:
        return None
    proposal = _by_ref(session, document_id, ref.get("ref"))
    if proposal is None or proposal.status is ProposalStatus.REJECTED:
        return None
    if proposal.status is ProposalStatus.PENDING:
        _decide(proposal, ProposalStatus.ACCEPTED, actor)
        _accept_entity(session, proposal)
        audit.append(
            session,
            actor=actor,
            action="proposal.accept",
            target_type="proposal",
            target_id=proposal.id,
            details={"kind": proposal.kind.value, "implied": True},
        )
    record = _record_of(proposal)
    return (record["table"], record["id"]) if record else None


def _date_of(payload: dict[str, Any]) -> DateValue | None:
    found = payload.get("date") or {}
    if not found.get("start"):
        return None
    return DateValue(
        date.fromisoformat(found["start"]),
        date.fromisoformat(found["end"]) if found.get("end") else None,
        DatePrecision(found.get("precision", "unknown")),
    )


def _party(table: str, record_id: int) -> dict[str, int]:
    return {"person_id": record_id} if table == "persons" else {"organisation_id": record_id}


def _accept_act(session: Session, proposal: Proposal, actor: str) -> dict[str, Any]:
    payload = proposal.payload
    place = _ensure_entity(session, proposal.document_id, payload.get("place"), actor)
    when = _date_of(payload)
    act = Act(
        act_type=payload["act_type"],
        description=(payload.get("sentence") or {}).get("text"),
        date_start=when.start if when else None,
        date_end=when.end if when else None,
        date_precision=when.precision if when else DatePrecision.UNKNOWN,
        date_text=(payload.get("date") or {}).get("text"),
        place_id=place[1] if place and place[0] == "places" else None,
        document_id=proposal.document_id,
        span_start=proposal.span_start,
        span_end=proposal.span_end,
    )
    session.add(act)
    session.flush()
    for case in _cases_of(session, proposal.document_id):
        case.acts.append(act)
    for key, role in (("victims", Role.VICTIM), ("perpetrators", Role.PERPETRATOR)):
        for ref in payload.get(key) or []:
            party = _ensure_entity(session, proposal.document_id, ref, actor)
            if party and party[0] in {"persons", "organisations"}:
                session.add(
                    Involvement(
                        act_id=act.id, role=role, document_id=proposal.document_id, **_party(*party)
                    )
                )
    return _set_record(proposal, "acts", act.id)


def _ensure_act(session: Session, document_id: int, ref: str | None, actor: str) -> int | None:
    proposal = _by_ref(session, document_id, ref)
    if proposal is None or proposal.status is ProposalStatus.REJECTED:
        return None
    if proposal.status is ProposalStatus.PENDING:
        _decide(proposal, ProposalStatus.ACCEPTED, actor)
        _accept_act(session, proposal, actor)
    record = _record_of(proposal)
    return int(record["id"]) if record else None


def _accept_involvement(session: Session, proposal: Proposal, actor: str) -> dict[str, Any] | None:
    payload = proposal.payload
    party = _ensure_entity(session, proposal.document_id, payload.get("entity"), actor)
    act_id = _ensure_act(session, proposal.document_id, payload.get("act"), actor)
    if party is None or act_id is None or party[0] not in {"persons", "organisations"}:
        return None  # a role outside any act (a source, an intervening party) is kept on
        # the proposal; the claim or case carries it
    role = Role(payload["role"])
    party_filter = _party(*party)
    existing = session.scalars(
        select(Involvement).where(
            Involvement.act_id == act_id,
            Involvement.role == role,
            *(getattr(Involvement, k) == v for k, v in party_filter.items()),
        )
    ).first()
    if existing is None:
        existing = Involvement(
            act_id=act_id, role=role, document_id=proposal.document_id, **party_filter
        )
        session.add(existing)
        session.flush()
    return _set_record(proposal, "involvements", existing.id)


def _accept_claim(session: Session, proposal: Proposal, actor: str) -> dict[str, Any]:
    payload = proposal.payload
    speaker = _ensure_entity(session, proposal.document_id, payload.get("speaker"), actor)
    channel = _ensure_entity(session, proposal.document_id, payload.get("channel"), actor)
    if channel is None and (payload.get("channel") or {}).get("name"):
        # news agencies are not participants, so they have no proposal of their own
        name = payload["channel"]["name"]
        outlet = session.scalars(select(Organisation).where(Organisation.name == name)).first()
        if outlet is None:
            outlet = Organisation(name=name, kind="media")
            session.add(outlet)
            session.flush()
        channel = ("organisations", outlet.id)
    content = payload.get("content") or {}
    claim_date = _date_of({"date": payload.get("date")}) if payload.get("date") else None
    claim = Claim(
        document_id=proposal.document_id,
        speaker_person_id=speaker[1] if speaker and speaker[0] == "persons" else None,
        speaker_organisation_id=speaker[1] if speaker and speaker[0] == "organisations" else None,
        channel_organisation_id=channel[1] if channel and channel[0] == "organisations" else None,
        speaker_text=payload.get("speaker_text"),
        cue=payload.get("cue"),
        content=content.get("text", proposal.text),
        stance=Stance(payload.get("stance", "allegation")),
        claim_date=claim_date.start if claim_date else None,
        span_start=content.get("start", proposal.span_start),
        span_end=content.get("end", proposal.span_end),
    )
    act_ids = []
    for ref in payload.get("acts") or []:
        act_proposal = _by_ref(session, proposal.document_id, ref)
        record = _record_of(act_proposal) if act_proposal else None
        if record:
            act_ids.append(record["id"])
    session.add(claim)
    session.flush()
    for act_id in act_ids:
        act = session.get(Act, act_id)
        if act is not None:
            claim.acts.append(act)
    return _set_record(proposal, "claims", claim.id)


def _accept_in(
    session: Session, proposal: Proposal, actor: str, edits: dict[str, Any] | None
) -> Decision:
    if edits:
        _apply_edits(session, proposal, edits)
    _decide(proposal, ProposalStatus.EDITED if edits else ProposalStatus.ACCEPTED, actor)
    record: dict[str, Any] | None
    if proposal.kind in ENTITY_KINDS:
        record = _accept_entity(session, proposal)
    elif proposal.kind is ProposalKind.ACT:
        record = _accept_act(session, proposal, actor)
    elif proposal.kind is ProposalKind.INVOLVEMENT:
        record = _accept_involvement(session, proposal, actor)
    elif proposal.kind is ProposalKind.CLAIM:
        record = _accept_claim(session, proposal, actor)
    else:  # a date is accepted as a reading of the text; acts carry their own dates
        record = None
    audit.append(
        session,
        actor=actor,
        action="proposal.edit" if edits else "proposal.accept",
        target_type="proposal",
        target_id=proposal.id,
        details={"kind": proposal.kind.value, "record": record, "edits": edits or {}},
    )
    return Decision(proposal.id, proposal.status.value, record)


def accept(
    store: Store, proposal_id: int, *, actor: str | None = None, edits: dict[str, Any] | None = None
) -> Decision:
    """Accept a proposal (with edits, if given), creating the records it stands for."""
    actor = actor or store.settings.actor
    with store.session() as session:
        return _accept_in(session, _proposal(session, proposal_id), actor, edits)


def edit(
    store: Store, proposal_id: int, changes: dict[str, Any], *, actor: str | None = None
) -> Decision:
    """Change type, date, role, stance, name or span, then accept."""
    if not changes:
        raise ReviewError("nothing to change")
    return accept(store, proposal_id, actor=actor, edits=changes)


def reject(
    store: Store, proposal_id: int, *, actor: str | None = None, reason: str | None = None
) -> Decision:
    """Reject a proposal; it stays on record as rejected, with who and why."""
    actor = actor or store.settings.actor
    with store.session() as session:
        proposal = _proposal(session, proposal_id)
        _decide(proposal, ProposalStatus.REJECTED, actor)
        if reason:
            proposal.payload = {**proposal.payload, "rejection_reason": reason}
        audit.append(
            session,
            actor=actor,
            action="proposal.reject",
            target_type="proposal",
            target_id=proposal.id,
            details={"kind": proposal.kind.value, "reason": reason},
        )
        return Decision(proposal.id, proposal.status.value, None)


def accept_all_above(
    store: Store, document_id: int, confidence: float, *, actor: str | None = None
) -> list[Decision]:
    """Bulk-accept a document's pending proposals at or above ``confidence``."""
    if not 0 <= confidence <= 1:
        raise ReviewError("confidence must be between 0 and 1")
    actor = actor or store.settings.actor
    decisions = []
    for proposal in review_queue(store, document_id):
        if proposal.confidence < confidence:
            continue
        with store.session() as session:
            current = _proposal(session, proposal.id)
            if current.status is not ProposalStatus.PENDING:
                continue  # accepted already as something an act needed
            decisions.append(_accept_in(session, current, actor, None))
    return decisions
