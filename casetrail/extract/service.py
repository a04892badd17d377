"""Extraction service: run the pipeline over a text or a stored document and turn what
it finds into Proposals that wait for review."""

from __future__ import annotations

from datetime import date
from typing import Any

from spacy.tokens import Doc
from sqlalchemy import delete, select

from casetrail.errors import NotFound
from casetrail.extract.components.acts import acts_of
from casetrail.extract.components.claims import claims_of
from casetrail.extract.components.dates_component import dates_of
from casetrail.extract.components.registry import Registry
from casetrail.extract.components.roles import roles_of
from casetrail.extract.pipeline import MODEL, english_pipeline
from casetrail.extract.results import Extraction, Mention
from casetrail.ingest.language import detect_language
from casetrail.model import Document, Proposal, ProposalKind, ProposalStatus
from casetrail.store import Store, audit

SUPPORTED_LANGUAGES = {"en"}
CHUNK_CHARS = 100_000
MADE_BY = f"casetrail-extract/1 ({MODEL})"


def _chunks(text: str) -> list[tuple[int, str]]:
    """Split long texts at paragraph breaks so the parser's memory stays bounded."""
    if len(text) <= CHUNK_CHARS:
        return [(0, text)]
    pieces: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(start + CHUNK_CHARS, len(text))
        if end < len(text):
            cut = text.rfind("\n\n", start, end)
            if cut <= start:
                cut = text.rfind(" ", start, end)
            end = cut if cut > start else end
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def _shift(mention: Mention, offset: int) -> None:
    mention.start += offset
    mention.end += offset


def _collect(doc: Doc, offset: int, into: Extraction) -> None:
    registry = Registry.of(doc)
    base = len(into.entities)
    for entity in registry.entities:
        entity.id += base
        for mention in entity.mentions:
            _shift(mention, offset)
        into.entities.append(entity)
    for found in dates_of(doc):
        found.start += offset
        found.end += offset
        into.dates.append(found)
    act_base = len(into.acts)
    for act in acts_of(doc):
        act.id += act_base
        act.victims = [v + base for v in act.victims]
        act.perpetrators = [p + base for p in act.perpetrators]
        act.place_id = act.place_id + base if act.place_id else None
        _shift(act.cue, offset)
        _shift(act.sentence, offset)
        if act.date is not None and act.date not in into.dates:
            act.date.start += offset
            act.date.end += offset
        into.acts.append(act)
    claim_base = len(into.claims)
    for claim in claims_of(doc):
        claim.id += claim_base
        claim.speaker_id = claim.speaker_id + base if claim.speaker_id else None
        claim.channel_id = claim.channel_id + base if claim.channel_id else None
        claim.act_ids = [a + act_base for a in claim.act_ids]
        _shift(claim.content, offset)
        _shift(claim.sentence, offset)
        into.claims.append(claim)
    for role in roles_of(doc):
        role.entity_id += base
        role.act_id = role.act_id + act_base if role.act_id else None
        if role.evidence not in [e.mentions[0] for e in registry.entities if e.mentions]:
            _shift(role.evidence, offset)
        into.roles.append(role)


def extract_text(
    text: str, published: date | None = None, language: str | None = None
) -> Extraction:
    """Propose entities, dates, acts, claims and roles for ``text``; never raises on odd
    input: what cannot be read becomes a warning."""
    if not text or not text.strip():
        return Extraction(language=None, warnings=["the text is empty: nothing to extract"])
    language = language or detect_language(text)
    if language not in SUPPORTED_LANGUAGES:
        return Extraction(
            language=language,
            warnings=[
                f"language {language or 'unknown'!r} is not covered by the extraction "
                "pipeline (English only for now); no proposals made"
            ],
        )
    warnings = []
    if published is None:
        warnings.append("no publication date: relative dates stay unresolved")
    nlp = english_pipeline()
    result = Extraction(language=language, warnings=warnings)
    pieces = _chunks(text)
    if len(pieces) > 1:
        result.warnings.append(
            f"long text processed in {len(pieces)} parts; entities are grouped within each part"
        )
    docs = []
    for _, piece in pieces:
        doc = nlp.make_doc(piece)
        doc.user_data["published"] = published
        docs.append(doc)
    for (offset, _), doc in zip(pieces, nlp.pipe(docs, batch_size=8), strict=True):
        _collect(doc, offset, result)
    return result


def proposals_for(document: Document, extraction: Extraction) -> list[Proposal]:
    """Turn an extraction into Proposal rows (pending review)."""
    text = document.text
    rows: list[Proposal] = []

    def ref(entity_id: int | None) -> dict[str, Any] | None:
        entity = extraction.entity(entity_id)
        return (
            {"ref": f"e{entity.id}", "name": entity.name, "kind": entity.kind} if entity else None
        )

    for entity in extraction.entities:
        if not entity.is_participant or not entity.mentions:
            continue
        first = entity.mentions[0]
        rows.append(
            Proposal(
                kind=ProposalKind(entity.kind),
                span_start=first.start,
                span_end=first.end,
                text=text[first.start : first.end],
                payload={"ref": f"e{entity.id}", **entity.as_dict()},
                made_by=MADE_BY,
                confidence=entity.confidence,
            )
        )
    for found in extraction.dates:
        rows.append(
            Proposal(
                kind=ProposalKind.DATE,
                span_start=found.start,
                span_end=found.end,
                text=found.text,
                payload=found.as_dict(),
                made_by=MADE_BY,
                confidence=0.85 if found.value.resolved else 0.3,
            )
        )
    for act in extraction.acts:
        payload = act.as_dict() | {
            "ref": f"a{act.id}",
            "victims": [ref(v) for v in act.victims],
            "perpetrators": [ref(p) for p in act.perpetrators],
            "place": ref(act.place_id),
        }
        rows.append(
            Proposal(
                kind=ProposalKind.ACT,
                span_start=act.cue.start,
                span_end=act.cue.end,
                text=act.cue.text,
                payload=payload,
                made_by=MADE_BY,
                confidence=act.confidence,
            )
        )
    for role in extraction.roles:
        rows.append(
            Proposal(
                kind=ProposalKind.INVOLVEMENT,
                span_start=role.evidence.start,
                span_end=role.evidence.end,
                text=role.evidence.text,
                payload={
                    "entity": ref(role.entity_id),
                    "role": role.role,
                    "act": f"a{role.act_id}" if role.act_id else None,
                },
                made_by=MADE_BY,
                confidence=role.confidence,
            )
        )
    for claim in extraction.claims:
        payload = claim.as_dict() | {
            "speaker": ref(claim.speaker_id),
            "channel": ref(claim.channel_id),
            "acts": [f"a{a}" for a in claim.act_ids],
        }
        rows.append(
            Proposal(
                kind=ProposalKind.CLAIM,
                span_start=claim.sentence.start,
                span_end=claim.sentence.end,
                text=claim.sentence.text,
                payload=payload,
                made_by=MADE_BY,
                confidence=claim.confidence,
            )
        )
    return rows


def extract_document(
    store: Store, document_id: int, *, actor: str | None = None
) -> tuple[Extraction, int]:
    """Extract from a stored document and store its proposals; pending proposals of an
    earlier run are replaced, decided ones are kept.  Returns (extraction, count)."""
    actor = actor or store.settings.actor
    with store.session() as session:
        document = session.get(Document, document_id)
        if document is None:
            raise NotFound(f"there is no document {document_id}")
        extraction = extract_text(document.text, document.published, document.language)
        session.execute(
            delete(Proposal).where(
                Proposal.document_id == document_id, Proposal.status == ProposalStatus.PENDING
            )
        )
        rows = proposals_for(document, extraction)
        for row in rows:
            row.document_id = document_id
        session.add_all(rows)
        session.flush()
        audit.append(
            session,
            actor=actor,
            action="document.extract",
            target_type="document",
            target_id=document_id,
            details={"proposals": len(rows), "made_by": MADE_BY, "warnings": extraction.warnings},
        )
        return extraction, len(rows)


def document_ids(store: Store) -> list[int]:
    with store.session() as session:
        return list(session.scalars(select(Document.id).order_by(Document.id)))
