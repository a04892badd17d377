"""Persistence: the database (SQLAlchemy + Alembic), blob store and audit chain."""

from casetrail.store.blobs import BlobStore, sha256_hex
from casetrail.store.database import Store, head_revision

__all__ = ["BlobStore", "Store", "head_revision", "sha256_hex"]
