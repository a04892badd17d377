"""Application-level encryption of sensitive columns, for PostgreSQL deployments.

On the embedded SQLite store the whole file is encrypted by SQLCipher, so these types
pass values through.  On PostgreSQL the engine's dialect carries a FieldCipher and the
marked columns (names of people, testimony and report text, free-text notes, case
titles, proposal payloads, audit details) are stored as AES-256-GCM tokens.
"""

from __future__ import annotations

import base64
import json
import secrets
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import JSON, Dialect, Text
from sqlalchemy.types import TypeDecorator

from casetrail.errors import StoreError

PREFIX = "enc1:"
CIPHER_ATTRIBUTE = "casetrail_field_cipher"


class FieldCipher:
    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def seal(self, text: str) -> str:
        nonce = secrets.token_bytes(12)
        sealed = self._aead.encrypt(nonce, text.encode("utf-8"), b"casetrail field")
        return PREFIX + base64.b64encode(nonce + sealed).decode("ascii")

    def open(self, token: str) -> str:
        raw = base64.b64decode(token[len(PREFIX) :])
        try:
            return self._aead.decrypt(raw[:12], raw[12:], b"casetrail field").decode("utf-8")
        except InvalidTag:
            raise StoreError("an encrypted field fails its integrity check") from None


def _cipher(dialect: Dialect) -> FieldCipher | None:
    found = getattr(dialect, CIPHER_ATTRIBUTE, None)
    return found if isinstance(found, FieldCipher) else None


class EncryptedText(TypeDecorator[str]):
    """Text that is encrypted in the application when the engine has a field key."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        cipher = _cipher(dialect)
        if value is None or cipher is None:
            return value
        return cipher.seal(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None or not value.startswith(PREFIX):
            return value
        cipher = _cipher(dialect)
        if cipher is None:
            raise StoreError("this field is encrypted; open the store with its key")
        return cipher.open(value)


class EncryptedJSON(TypeDecorator[Any]):
    """JSON that is stored as {"enc1": token} when the engine has a field key."""

    impl = JSON
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        cipher = _cipher(dialect)
        if value is None or cipher is None:
            return value
        return {"enc1": cipher.seal(json.dumps(value, ensure_ascii=False))}

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if isinstance(value, dict) and set(value) == {"enc1"}:
            cipher = _cipher(dialect)
            if cipher is None:
                raise StoreError("this field is encrypted; open the store with its key")
            return json.loads(cipher.open(value["enc1"]))
        return value
