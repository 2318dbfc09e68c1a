"""Alembic environment: migrations always run on a connection handed in by the store.

`waddleai.store.migrate.upgrade` opens the connection (async engine, run_sync) and puts it
in `config.attributes["connection"]`; running the `alembic` command directly is not
supported, use `waddleai db upgrade` which reads the same settings as the servers.
"""

from __future__ import annotations

from alembic import context

from waddleai.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations with `waddleai db upgrade`, not the alembic command")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
