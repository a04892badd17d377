"""Append-only audit log whose entries chain by SHA-256 (tamper evidence).

Each entry's hash covers a canonical JSON encoding of its fields and the previous
entry's hash, so altering, removing or reordering a row breaks the chain from there on.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from casetrail.model import AuditEntry, utc_now

GENESIS = "0" * 64
_PG_LOCK_KEY = 0x0CA5E7A1


def _canonical_time(moment: datetime) -> str:
    if moment.tzinfo is None:  # SQLite hands back naive UTC
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def entry_digest(entry: AuditEntry) -> str:
    """SHA-256 over the canonical encoding of one entry and the hash it chains to."""
    canonical = json.dumps(
        {
            "prev": entry.prev_hash,
            "at": _canonical_time(entry.at),
            "actor": entry.actor,
            "action": entry.action,
            "target_type": entry.target_type,
            "target_id": entry.target_id,
            "details": entry.details,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def append(
    session: Session,
    *,
    actor: str,
    action: str,
    target_type: str | None = None,
    target_id: int | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry to the chain inside the caller's transaction."""
    if session.get_bind().dialect.name == "postgresql":
        # Serialise appenders so that two writers never chain to the same entry.
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
    last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).first()
    prev_hash = last.entry_hash if last else GENESIS
    entry = AuditEntry(
        at=utc_now(),
        actor=actor,
        action=action,
        target_type=target_type,
        target_id=target_id,
        details=dict(details or {}),
        prev_hash=prev_hash,
    )
    entry.entry_hash = entry_digest(entry)
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainReport:
    """Result of re-computing the chain: ``first_bad`` names the first broken entry."""

    entries: int
    first_bad: int | None
    reason: str | None

    @property
    def ok(self) -> bool:
        return self.first_bad is None


def verify(session: Session) -> ChainReport:
    """Recompute every hash in order and name the first entry that does not fit."""
    prev_hash = GENESIS
    count = 0
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
        count += 1
        if entry.prev_hash != prev_hash:
            return ChainReport(count, entry.id, "does not follow the entry before it")
        if entry_digest(entry) != entry.entry_hash:
            return ChainReport(count, entry.id, "its content was altered")
        prev_hash = entry.entry_hash
    return ChainReport(count, None, None)
