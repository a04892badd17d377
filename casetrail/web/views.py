"""What the pages show, computed from the service layer with the viewer's access applied.

Everything here filters by what the viewer may see: a viewer of case A sees nothing of
case B, not in lists, not in search, not in counts.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from casetrail.cases.service import TimelineEntry
from casetrail.errors import NotFound
from casetrail.extract.vocabulary import act_types
from casetrail.model import (
    Act,
    Case,
    Claim,
    Document,
    Person,
    Place,
    Proposal,
    ProposalStatus,
    case_acts,
    case_documents,
)
from casetrail.security.accounts import Viewer, visible_document_ids, visible_person_ids
from casetrail.security.fields import CIPHER_ATTRIBUTE
from casetrail.store import Store


def visible_cases(session: Session, viewer: Viewer) -> list[Case]:
    query = select(Case).order_by(Case.id)
    if viewer.visible_cases is not None:
        query = query.where(Case.id.in_(viewer.visible_cases or {-1}))
    return list(session.scalars(query))


def require_case(session: Session, viewer: Viewer, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None or not viewer.sees_case(case_id):
        raise NotFound(f"there is no case {case_id}")  # the same answer as for a missing one
    return case


def require_document(session: Session, viewer: Viewer, document_id: int) -> Document:
    document = session.get(Document, document_id)
    allowed = visible_document_ids(session, viewer)
    if document is None or (allowed is not None and document_id not in allowed):
        raise NotFound(f"there is no document {document_id}")
    return document


def document_may_change(session: Session, viewer: Viewer, document_id: int) -> bool:
    if not viewer.can_edit:
        return False
    if viewer.editable_cases is None:
        return True
    cases = set(
        session.scalars(
            select(case_documents.c.case_id).where(case_documents.c.document_id == document_id)
        )
    )
    return bool(cases & viewer.editable_cases)


def documents(
    session: Session,
    viewer: Viewer,
    *,
    q: str | None = None,
    outlet: str | None = None,
    language: str | None = None,
    case_id: int | None = None,
    limit: int = 100,
    offset: int = 0,
) -> tuple[int, list[Document]]:
    query = select(Document)
    allowed = visible_document_ids(session, viewer)
    if allowed is not None:
        query = query.where(Document.id.in_(allowed or {-1}))
    if outlet:
        query = query.where(Document.outlet == outlet)
    if language:
        query = query.where(Document.language == language)
    if case_id is not None:
        query = query.join(case_documents, case_documents.c.document_id == Document.id).where(
            case_documents.c.case_id == case_id
        )
    query = query.order_by(Document.published.desc().nulls_last(), Document.id.desc())
    if q and _fields_encrypted(session):
        # the server holds only ciphertext: filter after decrypting, in the application
        rows = [d for d in session.scalars(query) if _contains(d.text, q) or _contains(d.title, q)]
        return len(rows), rows[offset : offset + limit]
    if q:
        pattern = f"%{_escape_like(q)}%"
        query = query.where(
            or_(
                Document.text.ilike(pattern, escape="\\"),
                Document.title.ilike(pattern, escape="\\"),
            )
        )
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    return int(total), list(session.scalars(query.limit(limit).offset(offset)))


def _fields_encrypted(session: Session) -> bool:
    return getattr(session.get_bind().dialect, CIPHER_ATTRIBUTE, None) is not None


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _contains(text: str | None, needle: str) -> bool:
    return bool(text) and needle.casefold() in text.casefold()  # type: ignore[union-attr]


def highlighted(document: Document, proposals: list[Proposal]) -> list[dict[str, Any]]:
    """The text cut into plain and highlighted pieces (the template escapes each)."""
    marks = sorted(
        (
            p
            for p in proposals
            if p.status is not ProposalStatus.REJECTED
            and p.kind.value in {"person", "organisation", "place", "date", "act"}
        ),
        key=lambda p: (p.span_start, -p.span_end),
    )
    pieces: list[dict[str, Any]] = []
    position = 0
    for proposal in marks:
        if proposal.span_start < position:
            continue
        pieces.append({"text": document.text[position : proposal.span_start]})
        pieces.append(
            {
                "text": document.text[proposal.span_start : proposal.span_end],
                "kind": proposal.kind.value,
                "id": proposal.id,
                "status": proposal.status.value,
            }
        )
        position = proposal.span_end
    pieces.append({"text": document.text[position:]})
    return pieces


def review_queue(session: Session, viewer: Viewer) -> list[dict[str, Any]]:
    allowed = visible_document_ids(session, viewer)
    query = (
        select(Proposal.document_id, func.count(Proposal.id))
        .where(Proposal.status == ProposalStatus.PENDING)
        .group_by(Proposal.document_id)
    )
    if allowed is not None:
        query = query.where(Proposal.document_id.in_(allowed or {-1}))
    rows = []
    for document_id, pending in session.execute(query):
        document = session.get(Document, document_id)
        if document is not None:
            rows.append({"document": document, "pending": pending})
    return sorted(rows, key=lambda r: -r["pending"])


def people(session: Session, viewer: Viewer) -> list[Person]:
    query = select(Person).where(Person.merged_into_id.is_(None)).order_by(Person.id)
    allowed = visible_person_ids(session, viewer)
    if allowed is not None:
        query = query.where(Person.id.in_(allowed or {-1}))
    return list(session.scalars(query))


def search(
    session: Session,
    viewer: Viewer,
    *,
    q: str = "",
    act_type: str | None = None,
    place: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    case_id: int | None = None,
) -> dict[str, Any]:
    """Documents, acts, people and claims matching, with facets — all within view."""
    allowed_docs = visible_document_ids(session, viewer)
    acts_query = select(Act)
    if viewer.visible_cases is not None or case_id is not None:
        cases = set(viewer.visible_cases) if viewer.visible_cases is not None else None
        if case_id is not None:
            cases = {case_id} if cases is None or case_id in cases else set()
        acts_query = acts_query.join(case_acts, case_acts.c.act_id == Act.id).where(
            case_acts.c.case_id.in_(cases or {-1})
        )
    if act_type:
        acts_query = acts_query.where(Act.act_type == act_type)
    if date_from:
        acts_query = acts_query.where(or_(Act.date_end >= date_from, Act.date_end.is_(None)))
    if date_to:
        acts_query = acts_query.where(Act.date_start <= date_to)
    if place:
        acts_query = acts_query.join(Place, Act.place_id == Place.id).where(
            Place.name.ilike(f"%{_escape_like(place)}%", escape="\\")
        )
    encrypted = _fields_encrypted(session)
    if q and not encrypted:
        pattern = f"%{_escape_like(q)}%"
        acts_query = acts_query.where(
            or_(Act.description.ilike(pattern, escape="\\"), Act.act_type.ilike(pattern))
        )
    matching = select(acts_query.with_only_columns(Act.id).distinct().subquery().c.id)
    kinds = act_types()
    type_counts = session.execute(
        select(Act.act_type, func.count()).where(Act.id.in_(matching)).group_by(Act.act_type)
    ).all()
    place_counts = session.execute(
        select(Place.name, func.count())
        .join(Act, Act.place_id == Place.id)
        .where(Act.id.in_(matching))
        .group_by(Place.name)
        .order_by(func.count().desc())
        .limit(10)
    ).all()
    year = func.extract("year", Act.date_start)
    year_counts = session.execute(
        select(year, func.count())
        .where(Act.id.in_(matching), Act.date_start.is_not(None))
        .group_by(year)
        .order_by(year)
    ).all()
    acts = list(
        session.scalars(
            select(Act)
            .where(Act.id.in_(matching))
            .options(selectinload(Act.place))
            .order_by(Act.date_start.desc().nulls_last(), Act.id)
            .limit(200)
        )
    )
    if q and encrypted:  # descriptions are ciphertext on the server: filter here
        acts = [a for a in acts if _contains(a.description, q) or _contains(a.act_type, q)]
    facets = {
        "act_type": sorted(
            ((kinds[t].label if t in kinds else t, n) for t, n in type_counts),
            key=lambda item: -item[1],
        ),
        "place": [(name, n) for name, n in place_counts],
        "year": [(int(y), n) for y, n in year_counts],
    }
    total_acts = sum(n for _, n in type_counts)
    found_docs: list[Document] = []
    found_claims: list[Claim] = []
    found_people: list[Person] = []
    if q:
        _, found_docs = documents(session, viewer, q=q, case_id=case_id, limit=50)
        claim_query = select(Claim)
        if allowed_docs is not None:
            claim_query = claim_query.where(Claim.document_id.in_(allowed_docs or {-1}))
        found_claims = [
            c
            for c in session.scalars(claim_query.limit(20000))
            if _contains(c.content, q) or _contains(c.speaker_text, q)
        ][:50]
        found_people = [
            p
            for p in people(session, viewer)
            if _contains(p.name, q) or any(_contains(a, q) for a in p.aliases)
        ][:50]
    return {
        "acts": acts,
        "act_count": total_acts,
        "documents": found_docs,
        "claims": found_claims,
        "people": found_people,
        "facets": facets,
    }


def timeline_svg(entries: list[TimelineEntry]) -> dict[str, Any]:
    """Geometry for an SVG timeline: points for days, bars for uncertain spans."""
    dated = [e for e in entries if e.start is not None]
    if not dated:
        return {"rows": [], "width": 0, "height": 0, "ticks": []}
    first = min(e.start for e in dated if e.start)
    last = max((e.end or e.start) for e in dated if e.start)
    span_days = max((last - first).days, 1)
    width, left, row_height = 900, 10, 26

    def x(value: date) -> float:
        return left + (value - first).days / span_days * (width - 2 * left)

    rows = []
    for index, entry in enumerate(dated):
        assert entry.start is not None
        end = entry.end or entry.start
        rows.append(
            {
                "y": 30 + index * row_height,
                "x1": round(x(entry.start), 1),
                "x2": round(max(x(end), x(entry.start) + 4), 1),
                "point": entry.start == end,
                "label": entry.label,
                "kind": entry.kind,
                "when": entry.start.isoformat()
                if entry.start == end
                else f"{entry.start.isoformat()} – {end.isoformat()}",
                "conflict": bool(entry.conflicts_with),
            }
        )
    years = range(first.year, last.year + 2)
    ticks = [
        {"x": round(x(date(y, 1, 1)), 1), "label": str(y)}
        for y in years
        if first <= date(y, 1, 1) <= last
    ]
    return {"rows": rows, "width": width, "height": 40 + len(rows) * row_height, "ticks": ticks}


def map_points(session: Session, case: Case) -> list[dict[str, Any]]:
    points: dict[int, dict[str, Any]] = {}
    for act in case.acts:
        place = act.place
        if place is not None and place.latitude is not None and place.longitude is not None:
            entry = points.setdefault(
                place.id,
                {"name": place.name, "lat": place.latitude, "lon": place.longitude, "acts": 0},
            )
            entry["acts"] += 1
    return list(points.values())


def count_pending(store: Store, viewer: Viewer) -> int:
    with store.session() as session:
        return sum(r["pending"] for r in review_queue(session, viewer))
