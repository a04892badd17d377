"""Secure deletion: a document or a person goes with everything derived from it; the
audit log records what was deleted (ids and counts), never its content."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, delete, func, select, update
from sqlalchemy.orm import Session

from casetrail.errors import NotFound
from casetrail.model import Act, Capture, Claim, Document, Involvement, Mention, Person
from casetrail.store import Store, audit


def _count(session: Session, query: Select[Any]) -> int:
    return int(session.scalar(query) or 0)


def _compact(store: Store) -> None:
    """Make deleted rows unrecoverable from the file: secure_delete zeroes freed pages,
    VACUUM rewrites the file, the checkpoint empties the write-ahead log."""
    if store.engine.dialect.name != "sqlite":
        return
    with store.engine.connect() as connection:
        connection = connection.execution_options(isolation_level="AUTOCOMMIT")
        connection.exec_driver_sql("VACUUM")
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def delete_document(store: Store, document_id: int, *, actor: str | None = None) -> dict[str, int]:
    """Delete a document, its originals, proposals, mentions, claims and acts."""
    actor = actor or store.settings.actor
    with store.session() as session:
        document = session.get(Document, document_id)
        if document is None:
            raise NotFound(f"there is no document {document_id}")
        digests = [c.sha256 for c in document.captures]
        acts = list(session.scalars(select(Act.id).where(Act.document_id == document_id)))
        counts = {
            "captures": len(digests),
            "acts": len(acts),
            "claims": session.scalar(
                select(func.count(Claim.id)).where(Claim.document_id == document_id)
            )
            or 0,
            "mentions": session.scalar(
                select(func.count(Mention.id)).where(Mention.document_id == document_id)
            )
            or 0,
        }
        named = set(
            session.scalars(
                select(Mention.person_id).where(
                    Mention.document_id == document_id, Mention.person_id.is_not(None)
                )
            )
        )
        session.execute(delete(Involvement).where(Involvement.document_id == document_id))
        session.execute(delete(Act).where(Act.id.in_(acts)))
        session.execute(delete(Claim).where(Claim.document_id == document_id))
        session.execute(delete(Mention).where(Mention.document_id == document_id))
        session.delete(document)
        session.flush()
        counts["persons"] = 0
        for person_id in named:  # people known only from this document go with it
            if not any(
                session.scalar(select(func.count()).select_from(table).where(column == person_id))
                for table, column in (
                    (Mention, Mention.person_id),
                    (Involvement, Involvement.person_id),
                    (Claim, Claim.speaker_person_id),
                )
            ):
                session.execute(
                    update(Person)
                    .where(Person.merged_into_id == person_id)
                    .values(merged_into_id=None)
                )
                session.execute(delete(Person).where(Person.id == person_id))
                counts["persons"] += 1
        still_used = set(session.scalars(select(Capture.sha256).where(Capture.sha256.in_(digests))))
        audit.append(
            session,
            actor=actor,
            action="document.delete",
            target_type="document",
            target_id=document_id,
            details=counts,
        )
    for digest in digests:
        if digest not in still_used:
            store.blobs.delete(digest)
    _compact(store)
    return counts


def delete_person(store: Store, person_id: int, *, actor: str | None = None) -> dict[str, int]:
    """Delete a person record with its mentions and roles; their claims stay, unattributed."""
    actor = actor or store.settings.actor
    with store.session() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound(f"there is no person {person_id}")
        counts = {
            "mentions": _count(
                session, select(func.count(Mention.id)).where(Mention.person_id == person_id)
            ),
            "roles": _count(
                session,
                select(func.count(Involvement.id)).where(Involvement.person_id == person_id),
            ),
            "claims_unattributed": _count(
                session, select(func.count(Claim.id)).where(Claim.speaker_person_id == person_id)
            ),
        }
        session.execute(delete(Mention).where(Mention.person_id == person_id))
        session.execute(delete(Involvement).where(Involvement.person_id == person_id))
        session.execute(
            update(Claim)
            .where(Claim.speaker_person_id == person_id)
            .values(speaker_person_id=None, speaker_text="(deleted person)")
        )
        session.execute(
            update(Person).where(Person.merged_into_id == person_id).values(merged_into_id=None)
        )
        session.delete(person)
        audit.append(
            session,
            actor=actor,
            action="person.delete",
            target_type="person",
            target_id=person_id,
            details=counts,
        )
    _compact(store)
    return counts
