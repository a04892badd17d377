"""Ingestion service: reports in, original bytes kept, one transaction per document.

Bad input raises an IngestError before anything is written; a failure while writing
rolls the transaction back and removes a blob that this call wrote, so what was stored
before is never changed or lost.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select

from casetrail.errors import CasetrailError, EmptyInput, IngestError, TooLarge, UnsupportedInput
from casetrail.ingest.fetch import fetch
from casetrail.ingest.formats import parse
from casetrail.ingest.language import detect_language
from casetrail.ingest.urls import canonical_url, outlet_from_url
from casetrail.model import Capture, Document
from casetrail.store import Store, audit, sha256_hex

_log = logging.getLogger(__name__)


class Outcome(StrEnum):
    STORED = "stored"
    DUPLICATE = "duplicate"
    FAILED = "failed"


@dataclass(frozen=True)
class IngestResult:
    """What happened to one input (shown to people and printed as JSON)."""

    source: str
    outcome: Outcome
    message: str
    document_id: int | None = None
    sha256: str | None = None
    title: str | None = None

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["outcome"] = self.outcome.value
        return data


def _is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def ingest_bytes(
    store: Store,
    data: bytes,
    *,
    source: str,
    source_kind: str = "bytes",
    filename: str | None = None,
    content_type: str | None = None,
    final_url: str | None = None,
    details: dict[str, Any] | None = None,
    actor: str | None = None,
) -> IngestResult:
    """Store one report's bytes and its readable text; raise IngestError on bad input."""
    actor = actor or store.settings.actor
    if len(data) > store.settings.max_bytes:
        raise TooLarge(
            f"{len(data):,} bytes is over the size limit of {store.settings.max_bytes:,} bytes"
        )
    if not data:
        raise EmptyInput("the file is empty")
    digest = sha256_hex(data)
    with store.session() as session:
        known = session.scalars(select(Capture).where(Capture.sha256 == digest).limit(1)).first()
        if known is not None:
            return IngestResult(
                source,
                Outcome.DUPLICATE,
                f"identical bytes already stored as document {known.document_id}",
                known.document_id,
                digest,
                known.document.title,
            )

    report = parse(data, filename=filename, content_type=content_type, url=final_url)
    report.language = detect_language(report.text)
    source_url = report.source_url or final_url
    canonical = canonical_url(source_url)
    outlet = outlet_from_url(source_url) or report.outlet

    _, newly_written = store.blobs.put(data)
    try:
        with store.session() as session:
            capture = Capture(
                sha256=digest,
                source=source,
                source_kind=source_kind,
                final_url=final_url,
                original_filename=filename,
                size_bytes=len(data),
                ingested_by=actor,
                details={"media_type": report.media_type, "encoding": report.encoding}
                | (details or {}),
            )
            same_story = None
            if canonical:
                same_story = session.scalars(
                    select(Document).where(Document.canonical_url == canonical).limit(1)
                ).first()
            if same_story is not None:
                capture.document = same_story
                session.add(capture)
                session.flush()
                audit.append(
                    session,
                    actor=actor,
                    action="capture.add",
                    target_type="document",
                    target_id=same_story.id,
                    details={"sha256": digest, "source": source, "canonical_url": canonical},
                )
                return IngestResult(
                    source,
                    Outcome.DUPLICATE,
                    f"same story as document {same_story.id} ({canonical}); "
                    "these bytes are kept as another capture of it",
                    same_story.id,
                    digest,
                    same_story.title,
                )
            document = Document(
                sha256=digest,
                media_type=report.media_type,
                title=report.title,
                byline=report.byline,
                outlet=outlet,
                published=report.published,
                source_url=source_url,
                canonical_url=canonical,
                language=report.language,
                text=report.text,
                offset_map=report.offset_map,
                size_bytes=len(data),
            )
            capture.document = document
            session.add_all([document, capture])
            session.flush()
            audit.append(
                session,
                actor=actor,
                action="document.ingest",
                target_type="document",
                target_id=document.id,
                details={"sha256": digest, "source": source, "media_type": report.media_type},
            )
            return IngestResult(
                source, Outcome.STORED, "stored", document.id, digest, document.title
            )
    except BaseException:
        if newly_written:
            store.blobs.delete(digest)
        raise


def ingest_file(store: Store, path: Path, *, actor: str | None = None) -> IngestResult:
    """Ingest one file from disk (the size limit is checked before reading)."""
    display = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise IngestError("no such file") from None
    except OSError as exc:
        raise IngestError(f"cannot read the file: {exc.strerror or exc}") from exc
    if not path.is_file():
        raise UnsupportedInput("not a regular file")
    limit = store.settings.max_bytes
    if size > limit:
        raise TooLarge(f"{size:,} bytes is over the size limit of {limit:,} bytes")
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise IngestError(f"cannot read the file: {exc.strerror or exc}") from exc
    return ingest_bytes(
        store,
        data,
        source=display,
        source_kind="file",
        filename=path.name,
        details={"path": str(path.resolve())},
        actor=actor,
    )


def ingest_url(store: Store, url: str, *, actor: str | None = None) -> IngestResult:
    """Fetch ``url`` and ingest what it returns."""
    fetched = fetch(url, max_bytes=store.settings.max_bytes)
    name = fetched.final_url.rstrip("/").rsplit("/", 1)[-1] or None
    return ingest_bytes(
        store,
        fetched.data,
        source=url,
        source_kind="url",
        filename=name,
        content_type=fetched.content_type,
        final_url=fetched.final_url,
        details={"http_status": fetched.status_code, "content_type": fetched.content_type},
        actor=actor,
    )


def _walk(folder: Path) -> Iterator[Path]:
    """Regular files below ``folder`` in a stable order; hidden entries and symlinked
    folders are skipped (no loops, no escaping the folder)."""
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def expand_sources(sources: Iterable[str]) -> list[str]:
    """Turn the command-line arguments into single items (folders are walked)."""
    items: list[str] = []
    for source in sources:
        if _is_url(source):
            items.append(source)
            continue
        path = Path(source).expanduser()
        if path.is_dir():
            items.extend(str(p) for p in _walk(path))
        else:
            items.append(source)
    return items


def ingest_one(store: Store, source: str, *, actor: str | None = None) -> IngestResult:
    """Ingest one file or URL, turning any refusal into a FAILED result."""
    try:
        if _is_url(source):
            return ingest_url(store, source, actor=actor)
        return ingest_file(store, Path(source).expanduser(), actor=actor)
    except CasetrailError as exc:
        return IngestResult(source, Outcome.FAILED, str(exc))
    except Exception as exc:  # a reader library broke on odd input: report, keep going
        _log.exception("unexpected error while ingesting %s", source)
        return IngestResult(
            source, Outcome.FAILED, f"unexpected error while reading it ({type(exc).__name__})"
        )


def ingest_sources(
    store: Store,
    sources: Iterable[str],
    *,
    actor: str | None = None,
    on_result: Callable[[IngestResult], None] | None = None,
) -> list[IngestResult]:
    """Ingest every file, folder and URL given; a bad one never stops the others."""
    results = []
    for item in expand_sources(sources):
        result = ingest_one(store, item, actor=actor)
        results.append(result)
        if on_result is not None:
            on_result(result)
    return results
