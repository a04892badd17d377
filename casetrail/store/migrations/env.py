"""Alembic environment: migrations run on the connection casetrail hands in."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from casetrail.model import Base

target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is None:
    from casetrail.config import Settings
    from casetrail.store.database import make_engine

    engine = make_engine(Settings.resolve())
    with engine.begin() as conn:
        _run(conn)
else:
    _run(connection)
