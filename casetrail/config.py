"""Where casetrail keeps its data and the limits it works under.

Resolution order for the database: explicit argument, then ``CASETRAIL_DB``, then a
SQLite file in the user data directory.  A value with ``://`` is a SQLAlchemy URL
(e.g. ``postgresql+psycopg://...``); anything else is a path to a SQLite file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from casetrail.security.keys import KeySource, keyring_path

APP_NAME = "casetrail"
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DB_FILENAME = "casetrail.db"


def default_data_dir() -> Path:
    """The per-user data directory (``CASETRAIL_HOME`` overrides it)."""
    override = os.environ.get("CASETRAIL_HOME")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def _max_bytes_from_env() -> int:
    raw = os.environ.get("CASETRAIL_MAX_BYTES")
    if not raw:
        return DEFAULT_MAX_BYTES
    try:
        value = int(raw)
    except ValueError:
        from casetrail.errors import ConfigError

        raise ConfigError(
            f"CASETRAIL_MAX_BYTES must be a whole number of bytes, got {raw!r}"
        ) from None
    return value


@dataclass(frozen=True)
class Settings:
    """Resolved locations and limits for one store."""

    database_url: str
    blob_dir: Path
    max_bytes: int = DEFAULT_MAX_BYTES
    actor: str = field(default_factory=lambda: os.environ.get("CASETRAIL_USER") or _os_user())
    key_source: KeySource | None = None

    @property
    def sqlite_path(self) -> Path | None:
        return Path(self.database_url.removeprefix("sqlite:///")) if self.is_sqlite else None

    @property
    def keyring_path(self) -> Path:
        """Beside the SQLite file; for a server database, beside the blob store."""
        if self.sqlite_path is not None:
            return keyring_path(self.sqlite_path)
        return self.blob_dir.with_name(self.blob_dir.name + ".keys.json")

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @classmethod
    def resolve(
        cls,
        db: str | os.PathLike[str] | None = None,
        *,
        blob_dir: str | os.PathLike[str] | None = None,
        max_bytes: int | None = None,
        key_source: KeySource | None = None,
    ) -> Settings:
        """Work out the settings from arguments, environment and defaults."""
        raw = os.fspath(db) if db is not None else os.environ.get("CASETRAIL_DB")
        blobs_env = os.environ.get("CASETRAIL_BLOBS")
        if raw and "://" in raw:
            url = raw
            base = default_data_dir()
        else:
            path = Path(raw).expanduser() if raw else default_data_dir() / DB_FILENAME
            path = path.resolve()
            url = f"sqlite:///{path}"
            base = path.parent
        blobs = Path(blob_dir) if blob_dir else Path(blobs_env) if blobs_env else base / "blobs"
        limit = max_bytes if max_bytes is not None else _max_bytes_from_env()
        if limit <= 0:
            from casetrail.errors import ConfigError

            raise ConfigError("the size limit must be a positive number of bytes")
        if key_source is None:
            passphrase = os.environ.get("CASETRAIL_PASSPHRASE")
            key_file = os.environ.get("CASETRAIL_KEY_FILE")
            if key_file:
                key_source = KeySource(key_file=Path(key_file).expanduser())
            elif passphrase:
                key_source = KeySource(passphrase=passphrase)
        return cls(
            database_url=url,
            blob_dir=blobs.expanduser().resolve(),
            max_bytes=limit,
            key_source=key_source,
        )

    def describe_database(self) -> str:
        """The database location with any password hidden (safe to print)."""
        from sqlalchemy.engine import make_url

        return make_url(self.database_url).render_as_string(hide_password=True)


def _os_user() -> str:
    try:
        import getpass

        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"
