"""Opening the database: engine set-up, Alembic migrations, sessions.

The schema is only ever created by Alembic migrations, so an embedded SQLite file and
a team PostgreSQL server always have the same shape.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from casetrail.config import Settings
from casetrail.errors import StoreError
from casetrail.security.fields import CIPHER_ATTRIBUTE, FieldCipher
from casetrail.security.keys import DataKeys, KeyringError, create_keyring, unlock
from casetrail.store.blobs import BlobStore

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str | None:
    """The newest migration shipped with this version of casetrail."""
    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA secure_delete=ON")  # deleted records are overwritten, not kept
    cursor.close()


def make_engine(settings: Settings, keys: DataKeys | None = None) -> Engine:
    """An engine for the configured database, with SQLite tuned for safety; with keys,
    SQLite becomes SQLCipher and a server database gets field encryption."""
    try:
        if keys is not None and settings.sqlite_path is not None:
            import sqlcipher3

            url = URL.create(
                "sqlite+pysqlcipher",
                password=f"x'{keys.sqlcipher_hex}'",
                database=str(settings.sqlite_path),
            )
            engine = create_engine(url, module=sqlcipher3)
        else:
            engine = create_engine(settings.database_url)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise StoreError(f"cannot use database {settings.describe_database()}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    elif keys is not None:
        setattr(engine.dialect, CIPHER_ATTRIBUTE, FieldCipher(keys.field_key))
    return engine


class Store:
    """An opened casetrail store: database plus the blob store of original bytes."""

    def __init__(self, settings: Settings, engine: Engine, keys: DataKeys | None = None) -> None:
        self.settings = settings
        self.engine = engine
        self.keys = keys
        self.blobs = BlobStore(settings.blob_dir, keys)
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def encrypted(self) -> bool:
        return self.keys is not None

    @staticmethod
    def _keys(settings: Settings, *, create: bool, encrypt: bool) -> DataKeys | None:
        ring = settings.keyring_path
        if ring.is_file():
            if settings.key_source is None:
                raise StoreError(
                    "this store is encrypted: give its passphrase (CASETRAIL_PASSPHRASE or "
                    "the prompt) or its key file (--key-file)"
                )
            try:
                return unlock(ring, settings.key_source)
            except KeyringError as exc:
                raise StoreError(str(exc)) from None
        if not (create and encrypt):
            return None
        if settings.key_source is None:
            raise StoreError("an encrypted store needs a passphrase or a key file")
        exists = settings.sqlite_path is not None and settings.sqlite_path.is_file()
        if exists:
            raise StoreError(f"{settings.sqlite_path} already holds an unencrypted store")
        return create_keyring(ring, settings.key_source)

    @classmethod
    def open(cls, settings: Settings, *, create: bool = False, encrypt: bool = False) -> Store:
        """Open an existing store, or create and migrate one when ``create`` is set
        (encrypted when ``encrypt`` is set and the settings carry a key source)."""
        if settings.is_sqlite and not create:
            path = Path(settings.database_url.removeprefix("sqlite:///"))
            if not path.is_file():
                raise StoreError(
                    f"no casetrail database at {path}; run `casetrail init` first "
                    "or point --db / CASETRAIL_DB at one"
                )
        if settings.is_sqlite:
            Path(settings.database_url.removeprefix("sqlite:///")).parent.mkdir(
                parents=True, exist_ok=True
            )
        keys = cls._keys(settings, create=create, encrypt=encrypt)
        engine = make_engine(settings, keys)
        store = cls(settings, engine, keys)
        try:
            current = store.current_revision()
            if current is None and not create:
                raise StoreError(
                    f"{settings.describe_database()} is not a casetrail database; "
                    "run `casetrail init` first"
                )
            if current != head_revision():
                store.migrate()
        except DBAPIError as exc:
            engine.dispose()
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
            raise StoreError(f"cannot open {settings.describe_database()}: {reason}") from exc
        except BaseException:
            engine.dispose()
            raise
        if create:
            settings.blob_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        return store

    def current_revision(self) -> str | None:
        """The migration the database is at (None for an empty database)."""
        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def migrate(self) -> None:
        """Bring the schema to the newest migration."""
        cfg = _alembic_config()
        with self.engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
