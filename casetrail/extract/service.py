"""Extraction service: run the pipeline over a text or a stored document and turn what
it finds into Proposals that wait for review."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import Any

from spacy.tokens import Doc
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from casetrail.errors import NotFound
from casetrail.extract.components.acts import acts_of
from casetrail.extract.components.claims import claims_of
from casetrail.extract.components.dates_component import dates_of
from casetrail.extract.components.registry import TEXT_KEY, Registry
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
    # The registry and the components' results refer back to the doc: left in its
    # user_data they make a reference cycle that only the garbage collector frees, and
    # its collections over them cost about 3% of extraction time.
    doc.user_data.clear()


BATCH_SIZE = 16
BATCH_CHARS = 120_000


def _prepare(
    text: str, published: date | None, language: str | None
) -> tuple[Extraction, list[tuple[int, Doc, int]]]:
    """The empty result for one text and the pieces the pipeline still has to read."""
    if not text or not text.strip():
        return Extraction(language=None, warnings=["the text is empty: nothing to extract"]), []
    language = language or detect_language(text)
    if language not in SUPPORTED_LANGUAGES:
        warning = (
            f"language {language or 'unknown'!r} is not covered by the extraction "
            "pipeline (English only for now); no proposals made"
        )
        return Extraction(language=language, warnings=[warning]), []
    result = Extraction(language=language, warnings=[])
    if published is None:
        result.warnings.append("no publication date: relative dates stay unresolved")
    pieces = _chunks(text)
    if len(pieces) > 1:
        result.warnings.append(
            f"long text processed in {len(pieces)} parts; entities are grouped within each part"
        )
    nlp = english_pipeline()
    docs = []
    for offset, piece in pieces:
        doc = nlp.make_doc(piece)
        doc.user_data["published"] = published
        doc.user_data[TEXT_KEY] = piece
        docs.append((offset, doc, len(piece)))
    return result, docs


def extract_texts(
    items: Iterable[tuple[str, date | None, str | None]], batch_size: int = BATCH_SIZE
) -> Iterator[Extraction]:
    """Extract from many (text, published, language) items, in order, feeding the model
    in batches: its network runs faster on a batch than on one text at a time. A batch
    holds at most ``batch_size`` pieces and ``BATCH_CHARS`` characters, so the parser's
    working memory stays bounded however long a report is."""
    nlp = english_pipeline()
    pending: deque[list[Any]] = deque()  # [result, pieces not yet read], in input order
    batch: list[tuple[Doc, list[Any], int]] = []  # (piece, its entry, its offset)
    batch_chars = 0

    def run() -> None:
        docs = [doc for doc, _, _ in batch]
        for doc, (_, entry, offset) in zip(
            nlp.pipe(docs, batch_size=len(docs)), batch, strict=True
        ):
            _collect(doc, offset, entry[0])
            entry[1] -= 1
        batch.clear()

    def finished() -> Iterator[Extraction]:
        while pending and pending[0][1] == 0:
            yield pending.popleft()[0]

    for text, published, language in items:
        result, pieces = _prepare(text, published, language)
        entry: list[Any] = [result, len(pieces)]
        pending.append(entry)
        for offset, doc, length in pieces:
            if batch and (len(batch) >= batch_size or batch_chars + length > BATCH_CHARS):
                run()
                batch_chars = 0
                yield from finished()
            batch.append((doc, entry, offset))
            batch_chars += length
        yield from finished()
    if batch:
        run()
    yield from finished()


def extract_text(
    text: str, published: date | None = None, language: str | None = None
) -> Extraction:
    """Propose entities, dates, acts, claims and roles for ``text``; never raises on odd
    input: what cannot be read becomes a warning."""
    return next(extract_texts([(text, published, language)]))


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


def _store_proposals(
    session: Session, document: Document, extraction: Extraction, actor: str
) -> int:
    """Replace a document's pending proposals (decided ones are kept) and audit it."""
    session.execute(
        delete(Proposal).where(
            Proposal.document_id == document.id, Proposal.status == ProposalStatus.PENDING
        )
    )
    rows = proposals_for(document, extraction)
    for row in rows:
        row.document_id = document.id
    session.add_all(rows)
    session.flush()
    audit.append(
        session,
        actor=actor,
        action="document.extract",
        target_type="document",
        target_id=document.id,
        details={"proposals": len(rows), "made_by": MADE_BY, "warnings": extraction.warnings},
    )
    return len(rows)


def extract_document(
    store: Store, document_id: int, *, actor: str | None = None
) -> tuple[Extraction, int]:
    """Extract from a stored document and store its proposals; pending proposals of an
    earlier run are replaced, decided ones are kept.  Returns (extraction, count)."""
    with store.session() as session:
        document = session.get(Document, document_id)
        if document is None:
            raise NotFound(f"there is no document {document_id}")
        extraction = extract_text(document.text, document.published, document.language)
        count = _store_proposals(session, document, extraction, actor or store.settings.actor)
        return extraction, count


def extract_documents(
    store: Store, document_ids: Sequence[int], *, actor: str | None = None
) -> Iterator[tuple[int, Extraction, int]]:
    """Like ``extract_document`` for many documents, batched through the model; yields
    (document id, extraction, proposal count) once each batch is committed."""
    for first in range(0, len(document_ids), BATCH_SIZE):
        batch = document_ids[first : first + BATCH_SIZE]
        done: list[tuple[int, Extraction, int]] = []
        with store.session() as session:  # one transaction per batch, committed on exit
            documents = [session.get(Document, each) for each in batch]
            for each, document in zip(batch, documents, strict=True):
                if document is None:
                    raise NotFound(f"there is no document {each}")
            found = [d for d in documents if d is not None]
            extractions = extract_texts((d.text, d.published, d.language) for d in found)
            for document, extraction in zip(found, extractions, strict=True):
                count = _store_proposals(
                    session, document, extraction, actor or store.settings.actor
                )
                done.append((document.id, extraction, count))
        yield from done


def document_ids(store: Store) -> list[int]:
    with store.session() as session:
        return list(session.scalars(select(Document.id).order_by(Document.id)))
