"""Content-addressed store of original bytes: the path is derived from the SHA-256.

Writes go to a temporary file in the target folder and are renamed into place, so a
crash never leaves a half-written blob under a valid name.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path

from casetrail.errors import StoreError
from casetrail.security.blobcrypt import decrypt_blob, encrypt_blob
from casetrail.security.keys import DataKeys

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def sha256_hex(data: bytes) -> str:
    """Hex SHA-256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


class BlobStore:
    """Original bytes on disk, addressed by their SHA-256 (or, when the store is
    encrypted, by a keyed hash of it, with the bytes sealed by AES-256-GCM)."""

    def __init__(self, root: Path, keys: DataKeys | None = None) -> None:
        self.root = root
        self.keys = keys

    def path_for(self, digest: str) -> Path:
        """Where the blob with this digest lives; rejects anything but a hex digest."""
        if not _SHA256.match(digest):
            raise StoreError(f"not a SHA-256 digest: {digest!r}")
        name = self.keys.blob_name(digest) if self.keys else digest
        return self.root / name[:2] / name[2:4] / name

    def exists(self, digest: str) -> bool:
        return self.path_for(digest).is_file()

    def put(self, data: bytes) -> tuple[str, bool]:
        """Store ``data``; return its digest and whether it was newly written."""
        digest = sha256_hex(data)
        target = self.path_for(digest)
        if target.is_file():
            return digest, False
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if self.keys is not None:
            data = encrypt_blob(self.keys.blob_key, digest, data)
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp_name, 0o600)
            os.replace(tmp_name, target)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
        return digest, True

    def get(self, digest: str) -> bytes:
        """The stored bytes for ``digest``."""
        path = self.path_for(digest)
        try:
            stored = path.read_bytes()
            if self.keys is not None:
                return decrypt_blob(self.keys.blob_key, digest, stored)
            return stored
        except FileNotFoundError:
            raise StoreError(
                f"original bytes {digest[:12]}… are missing from {self.root}"
            ) from None

    def delete(self, digest: str) -> None:
        """Remove a blob (used to undo a write whose transaction failed)."""
        self.path_for(digest).unlink(missing_ok=True)

    def verify(self, digest: str) -> bool:
        """Re-hash the stored bytes and compare with the address (False when altered)."""
        try:
            return sha256_hex(self.get(digest)) == digest
        except StoreError:
            return False
