"""Evidence integrity and the signed audit head.

``verify_evidence`` re-hashes every stored original; ``custody`` prints a document's
chain of custody; the audit chain's head can be signed with the installation's Ed25519
key so that a copy of the log can be checked later, elsewhere.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import select

from casetrail.errors import CasetrailError, NotFound
from casetrail.model import AuditEntry, Capture, Document
from casetrail.store import Store, audit


@dataclass(frozen=True)
class EvidenceProblem:
    sha256: str
    document_id: int
    source: str
    problem: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "sha256": self.sha256,
            "document_id": self.document_id,
            "source": self.source,
            "problem": self.problem,
        }


def verify_evidence(store: Store) -> tuple[int, list[EvidenceProblem]]:
    """Re-hash every stored original; returns (checked, problems)."""
    with store.session() as session:
        captures = [(c.sha256, c.document_id, c.source) for c in session.scalars(select(Capture))]
    problems = []
    for digest, document_id, source in captures:
        path = store.blobs.path_for(digest)
        if not path.is_file():
            problems.append(EvidenceProblem(digest, document_id, source, "missing"))
        elif not store.blobs.verify(digest):
            problems.append(
                EvidenceProblem(
                    digest, document_id, source, "altered: its bytes no longer match the hash"
                )
            )
    return len(captures), problems


def custody(store: Store, document_id: int) -> dict[str, Any]:
    """Who ingested a document, from where, when, with which hash, and what happened to it
    since (from the audit log)."""
    with store.session() as session:
        document = session.get(Document, document_id)
        if document is None:
            raise NotFound(f"there is no document {document_id}")
        events = [
            {"at": e.at.isoformat(), "actor": e.actor, "action": e.action, "entry": e.id}
            for e in session.scalars(
                select(AuditEntry)
                .where(AuditEntry.target_type == "document", AuditEntry.target_id == document_id)
                .order_by(AuditEntry.id)
            )
        ]
        return {
            "document_id": document.id,
            "title": document.title,
            "sha256": document.sha256,
            "captures": [
                {
                    "sha256": c.sha256,
                    "source": c.source,
                    "kind": c.source_kind,
                    "final_url": c.final_url,
                    "ingested_by": c.ingested_by,
                    "captured_at": c.captured_at.isoformat(),
                    "bytes": c.size_bytes,
                    "intact": store.blobs.verify(c.sha256),
                }
                for c in document.captures
            ],
            "events": events,
        }


class SigningError(CasetrailError):
    """A signed head that cannot be made or does not check out."""


def _signing_key(store: Store) -> Ed25519PrivateKey:
    if store.keys is None:
        raise SigningError(
            "signing needs an encrypted store (its key derives the installation's Ed25519 key)"
        )
    return Ed25519PrivateKey.from_private_bytes(store.keys.signing_seed)


def public_key_b64(store: Store) -> str:
    raw = _signing_key(store).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def signed_head(store: Store, *, actor: str | None = None) -> dict[str, Any]:
    """The chain's head (last entry id and hash), signed by the installation key."""
    with store.session() as session:
        report = audit.verify(session)
        if not report.ok:
            raise SigningError(
                f"the audit chain is broken at entry {report.first_bad}; refusing to sign it"
            )
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).first()
        head = {
            "entries": report.entries,
            "last_id": last.id if last else 0,
            "head_hash": last.entry_hash if last else audit.GENESIS,
        }
    message = json.dumps(head, sort_keys=True, separators=(",", ":")).encode()
    signature = _signing_key(store).sign(message)
    with store.session() as session:
        audit.append(
            session, actor=actor or store.settings.actor, action="audit.sign_head", details=head
        )
    return {
        **head,
        "public_key": public_key_b64(store),
        "signature": base64.b64encode(signature).decode("ascii"),
    }


def check_head(store: Store, signed: dict[str, Any]) -> str:
    """Check a signed head against this log: the signature, then that the log still holds
    the signed entry with the signed hash and an intact chain up to it."""
    try:
        public = Ed25519PublicKey.from_public_bytes(base64.b64decode(signed["public_key"]))
        head = {k: signed[k] for k in ("entries", "last_id", "head_hash")}
        public.verify(
            base64.b64decode(signed["signature"]),
            json.dumps(head, sort_keys=True, separators=(",", ":")).encode(),
        )
    except (KeyError, ValueError, InvalidSignature) as exc:
        raise SigningError("the signature on this head does not verify") from exc
    with store.session() as session:
        report = audit.verify(session)
        if not report.ok and (report.first_bad or 0) <= head["last_id"]:
            raise SigningError(
                f"the log was altered at entry {report.first_bad}, before the signed head"
            )
        entry = session.get(AuditEntry, head["last_id"])
        if head["last_id"] and (entry is None or entry.entry_hash != head["head_hash"]):
            raise SigningError(f"entry {head['last_id']} no longer matches the signed head")
    return f"signed head verified: {head['entries']} entries up to {head['last_id']}"
