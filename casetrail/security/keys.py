"""Keys: a random data key, wrapped by a key derived from a passphrase (Argon2id) or read
from a key file.  Changing the passphrase re-wraps the data key; nothing else is
re-encrypted.  The keyring file sits beside the database and holds no secret in clear.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casetrail.errors import CasetrailError

KEYRING_VERSION = 1
# OWASP's Argon2id baseline is 19 MiB / 2 passes; we spend more memory for a seized laptop.
DEFAULT_KDF = {"time_cost": 3, "memory_cost": 65536, "parallelism": 2}


class KeyringError(CasetrailError):
    """The store's keys cannot be unlocked (wrong passphrase, missing key file …)."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


@dataclass(frozen=True)
class KeySource:
    """Where the key-encryption key comes from: a passphrase or a key file."""

    passphrase: str | None = None
    key_file: Path | None = None

    def describe(self) -> str:
        return "key file" if self.key_file else "passphrase"


def _kek(source: KeySource, params: dict[str, Any]) -> bytes:
    if source.key_file is not None:
        try:
            material = source.key_file.read_bytes()
        except OSError as exc:
            raise KeyringError(f"cannot read key file {source.key_file}: {exc.strerror}") from exc
        if len(material) < 32:
            raise KeyringError(f"key file {source.key_file} holds fewer than 32 bytes")
        return hashlib.sha256(b"casetrail-keyfile" + material).digest()
    if not source.passphrase:
        raise KeyringError("no passphrase given")
    return hash_secret_raw(
        source.passphrase.encode("utf-8"),
        _unb64(params["salt"]),
        time_cost=params["time_cost"],
        memory_cost=params["memory_cost"],
        parallelism=params["parallelism"],
        hash_len=32,
        type=Type.ID,
    )


@dataclass(frozen=True)
class DataKeys:
    """Keys derived from the data key, one per purpose."""

    data_key: bytes

    def _derive(self, purpose: bytes) -> bytes:
        return HKDF(algorithm=SHA256(), length=32, salt=None, info=purpose).derive(self.data_key)

    @property
    def sqlcipher_hex(self) -> str:
        return self._derive(b"casetrail sqlcipher").hex()

    @property
    def blob_key(self) -> bytes:
        return self._derive(b"casetrail blobs")

    @property
    def field_key(self) -> bytes:
        return self._derive(b"casetrail fields")

    @property
    def path_key(self) -> bytes:
        return self._derive(b"casetrail blob paths")

    @property
    def session_key(self) -> bytes:
        return self._derive(b"casetrail web sessions")

    @property
    def signing_seed(self) -> bytes:
        return self._derive(b"casetrail ed25519 installation key")

    def blob_name(self, digest: str) -> str:
        """Blob file name: keyed, so a copied disk does not reveal which known documents
        it holds."""
        return hmac.new(self.path_key, digest.encode("ascii"), hashlib.sha256).hexdigest()


def keyring_path(database_path: Path) -> Path:
    return database_path.with_name(database_path.name + ".keys.json")


def _write_atomic(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".keys-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=2)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _wrap(kek: bytes, data_key: bytes, source: KeySource, params: dict[str, Any]) -> dict[str, Any]:
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, b"casetrail data key v1")
    return {
        "version": KEYRING_VERSION,
        "source": source.describe(),
        "kdf": params,
        "nonce": _b64(nonce),
        "wrapped_key": _b64(wrapped),
    }


def create_keyring(path: Path, source: KeySource) -> DataKeys:
    """A new random data key, wrapped for ``source``."""
    if path.exists():
        raise KeyringError(f"{path} exists already; refusing to replace the keys of a store")
    params = {"algorithm": "argon2id", **DEFAULT_KDF, "salt": _b64(secrets.token_bytes(16))}
    data_key = secrets.token_bytes(32)
    _write_atomic(path, _wrap(_kek(source, params), data_key, source, params))
    return DataKeys(data_key)


def unlock(path: Path, source: KeySource) -> DataKeys:
    """Unwrap the data key; a wrong passphrase or key file fails here, cleanly."""
    try:
        ring = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise KeyringError(f"cannot read the keyring {path}: {exc}") from exc
    try:
        data_key = AESGCM(_kek(source, ring["kdf"])).decrypt(
            _unb64(ring["nonce"]), _unb64(ring["wrapped_key"]), b"casetrail data key v1"
        )
    except InvalidTag:
        raise KeyringError(f"wrong {source.describe()}: the store's keys do not open") from None
    return DataKeys(data_key)


def rekey(path: Path, old: KeySource, new: KeySource) -> None:
    """Re-wrap the data key for a new passphrase or key file."""
    keys = unlock(path, old)
    params = {"algorithm": "argon2id", **DEFAULT_KDF, "salt": _b64(secrets.token_bytes(16))}
    _write_atomic(path, _wrap(_kek(new, params), keys.data_key, new, params))
