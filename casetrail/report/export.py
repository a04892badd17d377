"""Case exports (JSON, CSV), optionally pseudonymised, limited to what the exporting
account may see."""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

from sqlalchemy import select

from casetrail.errors import CasetrailError, NotFound
from casetrail.extract.gazetteer import load_gazetteer
from casetrail.extract.vocabulary import act_types
from casetrail.model import (
    Case,
    CaseAccess,
    Involvement,
    Mention,
    Person,
    Place,
    Role,
    User,
    UserRole,
)
from casetrail.review.resolve import canonical_id
from casetrail.security.pseudonyms import Pseudonymiser
from casetrail.store import Store, audit

FORMATS = ("json", "csv")


class ExportRefused(CasetrailError):
    """The exporting account may not see this case."""


def _check_access(session: Any, case_id: int, username: str | None) -> None:
    if username is None:
        return
    user = session.scalars(select(User).where(User.username == username)).first()
    if user is None:
        raise ExportRefused(f"there is no account {username!r}")
    if user.role is UserRole.ADMIN:
        return
    granted = session.scalars(
        select(CaseAccess).where(CaseAccess.user_id == user.id, CaseAccess.case_id == case_id)
    ).first()
    if granted is None:
        raise ExportRefused(f"account {username!r} may not see case {case_id}")


def _place_name(place: Place | None, coarsen: bool) -> str | None:
    if place is None:
        return None
    if not coarsen:
        return place.name
    gazetteer = load_gazetteer()
    if place.gazetteer_id and place.gazetteer_id in gazetteer.by_id:
        entry = gazetteer.by_id[place.gazetteer_id]
        if entry.parent and entry.parent in gazetteer.by_id:
            return gazetteer.by_id[entry.parent].name
        if entry.kind in {"region", "country"}:
            return entry.name
    if place.country_code:
        for entry in gazetteer.by_id.values():
            if entry.kind == "country" and entry.country == place.country_code:
                return entry.name
    return "(place withheld)"


def export_case(
    store: Store,
    case_id: int,
    *,
    fmt: str = "json",
    pseudonymise: bool = False,
    coarsen_places: bool = False,
    username: str | None = None,
    actor: str | None = None,
) -> str:
    """The case as JSON or CSV text."""
    if fmt not in FORMATS:
        raise CasetrailError(f"unknown export format {fmt!r}; use json or csv")
    kinds = act_types()
    with store.session() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise NotFound(f"there is no case {case_id}")
        _check_access(session, case_id, username)
        masks = Pseudonymiser()
        people: dict[int, Person] = {}
        at_risk: set[int] = set()
        for act in case.acts:
            for involvement in act.involvements:
                if involvement.person_id:
                    pid = canonical_id(session, involvement.person_id)
                    people[pid] = session.get(Person, pid)  # type: ignore[assignment]
                    if involvement.role is Role.VICTIM:
                        at_risk.add(pid)
            for claim in act.claims:
                if claim.speaker_person_id:
                    pid = canonical_id(session, claim.speaker_person_id)
                    people[pid] = session.get(Person, pid)  # type: ignore[assignment]
                    at_risk.add(pid)  # witnesses and other sources
        for person in case.persons:
            pid = canonical_id(session, person.id)
            people.setdefault(pid, session.get(Person, pid))  # type: ignore[arg-type]
        perpetrators = {
            canonical_id(session, i.person_id)
            for a in case.acts
            for i in a.involvements
            if i.person_id and i.role is Role.PERPETRATOR
        }
        at_risk -= perpetrators
        if pseudonymise:
            for pid in sorted(at_risk):
                merged = [
                    p for p in session.scalars(select(Person).where(Person.merged_into_id == pid))
                ]
                names = [people[pid].name, *people[pid].aliases]
                for other in merged:
                    names += [other.name, *other.aliases]
                masks.register(pid, names)

        def person_name(person_id: int | None) -> str | None:
            if person_id is None:
                return None
            pid = canonical_id(session, person_id)
            return masks.label(pid) or (people[pid].name if pid in people else None)

        def party(involvement: Involvement) -> str | None:
            if involvement.person_id:
                return person_name(involvement.person_id)
            return involvement.organisation.name if involvement.organisation else None

        place_words: dict[str, str] = {}
        if coarsen_places:
            document_ids = [d.id for d in case.documents]
            rows = session.execute(
                select(Mention.text, Place)
                .join(Place, Mention.place_id == Place.id)
                .where(Mention.document_id.in_(document_ids))
            )
            for surface, place in rows:
                coarse = _place_name(place, True)
                if coarse and coarse != place.name and place.kind not in {"country", "region"}:
                    place_words[surface] = coarse
                    place_words[place.name] = coarse

        def scrub(value: str | None) -> str | None:
            if pseudonymise:
                value = masks.scrub(value)
            for surface in sorted(place_words, key=len, reverse=True):
                if value:
                    value = re.sub(rf"\b{re.escape(surface)}\b", place_words[surface], value)
            return value

        acts: list[dict[str, Any]] = []
        for act in sorted(case.acts, key=lambda a: (a.date_start is None, a.date_start, a.id)):
            acts.append(
                {
                    "id": act.id,
                    "type": act.act_type,
                    "label": kinds[act.act_type].label if act.act_type in kinds else act.act_type,
                    "date_start": act.date_start.isoformat() if act.date_start else None,
                    "date_end": act.date_end.isoformat() if act.date_end else None,
                    "precision": act.date_precision.value,
                    "place": _place_name(act.place, coarsen_places),
                    "victims": [party(i) for i in act.involvements if i.role is Role.VICTIM],
                    "perpetrators": [
                        party(i) for i in act.involvements if i.role is Role.PERPETRATOR
                    ],
                    "description": scrub(act.description),
                    "source_document": act.document_id,
                }
            )
        claims: list[dict[str, Any]] = []
        seen = set()
        for act in case.acts:
            for claim in act.claims:
                if claim.id in seen:
                    continue
                seen.add(claim.id)
                speaker = person_name(claim.speaker_person_id) or (
                    claim.speaker_text and scrub(claim.speaker_text)
                )
                claims.append(
                    {
                        "id": claim.id,
                        "speaker": speaker,
                        "stance": claim.stance.value,
                        "content": scrub(claim.content),
                        "date": claim.claim_date.isoformat() if claim.claim_date else None,
                        "acts": [a.id for a in claim.acts],
                        "source_document": claim.document_id,
                    }
                )
        payload = {
            "case": {"id": case.id, "title": scrub(case.title), "summary": scrub(case.summary)},
            "pseudonymised": pseudonymise,
            "places_coarsened": coarsen_places,
            "documents": [
                {
                    "id": d.id,
                    "outlet": d.outlet,
                    "title": scrub(d.title),
                    "published": d.published.isoformat() if d.published else None,
                    "sha256": d.sha256,
                }
                for d in case.documents
            ],
            "people": sorted({person_name(pid) or "" for pid in people}),
            "acts": acts,
            "claims": claims,
        }
        audit.append(
            session,
            actor=actor or store.settings.actor,
            action="case.export",
            target_type="case",
            target_id=case_id,
            details={
                "format": fmt,
                "pseudonymised": pseudonymise,
                "places_coarsened": coarsen_places,
                "account": username,
            },
        )
    if fmt == "json":
        return json.dumps(payload, ensure_ascii=False, indent=2)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        [
            "kind",
            "id",
            "type_or_stance",
            "date_start",
            "date_end",
            "precision",
            "place",
            "victims_or_speaker",
            "perpetrators",
            "text",
            "source_document",
        ]
    )
    for row in acts:
        writer.writerow(
            [
                "act",
                row["id"],
                row["type"],
                row["date_start"],
                row["date_end"],
                row["precision"],
                row["place"],
                "; ".join(filter(None, row["victims"])),
                "; ".join(filter(None, row["perpetrators"])),
                row["description"],
                row["source_document"],
            ]
        )
    for item in claims:
        writer.writerow(
            [
                "claim",
                item["id"],
                item["stance"],
                item["date"],
                "",
                "",
                "",
                item["speaker"],
                "",
                item["content"],
                item["source_document"],
            ]
        )
    return buffer.getvalue()
