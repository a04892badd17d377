"""Reading documents back: listings and full records for the CLI, API and web app."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from casetrail.errors import NotFound
from casetrail.model import Capture, Document
from casetrail.store.database import Store


@dataclass(frozen=True)
class DocumentSummary:
    """One row of a document listing."""

    id: int
    title: str | None
    outlet: str | None
    published: date | None
    media_type: str
    language: str | None
    words: int
    ingested_at: datetime

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published.isoformat() if self.published else None,
            "media_type": self.media_type,
            "language": self.language,
            "words": self.words,
            "ingested_at": self.ingested_at.isoformat(),
        }


def count_documents(store: Store) -> int:
    with store.session() as session:
        return int(session.scalar(select(func.count(Document.id))) or 0)


def list_documents(store: Store, *, limit: int = 100, offset: int = 0) -> list[DocumentSummary]:
    """Documents, newest publication first (undated last)."""
    with store.session() as session:
        rows = session.scalars(
            select(Document)
            .order_by(Document.published.desc().nulls_last(), Document.id.desc())
            .limit(limit)
            .offset(offset)
        )
        return [
            DocumentSummary(
                id=doc.id,
                title=doc.title,
                outlet=doc.outlet,
                published=doc.published,
                media_type=doc.media_type,
                language=doc.language,
                words=len(doc.text.split()),
                ingested_at=doc.ingested_at,
            )
            for doc in rows
        ]


def get_document(store: Store, document_id: int) -> Document:
    """One document with its captures (provenance) loaded."""
    with store.session() as session:
        document = session.scalars(
            select(Document)
            .where(Document.id == document_id)
            .options(selectinload(Document.captures))
        ).first()
        if document is None:
            raise NotFound(f"there is no document {document_id}")
        session.expunge(document)
        return document


def document_as_dict(document: Document, *, with_text: bool = True) -> dict[str, Any]:
    """A JSON-ready view of a document and its provenance."""
    data: dict[str, Any] = {
        "id": document.id,
        "title": document.title,
        "byline": document.byline,
        "outlet": document.outlet,
        "published": document.published.isoformat() if document.published else None,
        "source_url": document.source_url,
        "canonical_url": document.canonical_url,
        "language": document.language,
        "media_type": document.media_type,
        "sha256": document.sha256,
        "size_bytes": document.size_bytes,
        "ingested_at": document.ingested_at.isoformat(),
        "captures": [_capture_as_dict(c) for c in document.captures],
    }
    if with_text:
        data["text"] = document.text
        data["offset_map"] = document.offset_map
    return data


def _capture_as_dict(capture: Capture) -> dict[str, Any]:
    return {
        "sha256": capture.sha256,
        "source": capture.source,
        "source_kind": capture.source_kind,
        "final_url": capture.final_url,
        "original_filename": capture.original_filename,
        "size_bytes": capture.size_bytes,
        "ingested_by": capture.ingested_by,
        "captured_at": capture.captured_at.isoformat(),
        "details": capture.details,
    }
