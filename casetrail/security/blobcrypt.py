"""AES-256-GCM for stored originals: magic, nonce, ciphertext with tag."""

from __future__ import annotations

import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from casetrail.errors import StoreError

MAGIC = b"CTB1"


def encrypt_blob(key: bytes, digest: str, data: bytes) -> bytes:
    nonce = secrets.token_bytes(12)
    return MAGIC + nonce + AESGCM(key).encrypt(nonce, data, digest.encode("ascii"))


def decrypt_blob(key: bytes, digest: str, sealed: bytes) -> bytes:
    if not sealed.startswith(MAGIC) or len(sealed) < len(MAGIC) + 12 + 16:
        raise StoreError(f"stored original {digest[:12]}… is not an encrypted blob (damaged?)")
    nonce = sealed[len(MAGIC) : len(MAGIC) + 12]
    try:
        return AESGCM(key).decrypt(nonce, sealed[len(MAGIC) + 12 :], digest.encode("ascii"))
    except InvalidTag:
        raise StoreError(
            f"stored original {digest[:12]}… fails its integrity check (altered or damaged)"
        ) from None
