"""Identities that cannot be reused or outlive a change.

* SQLite: organizations, users, api_keys and provider_links become AUTOINCREMENT tables,
  so an id freed by a deletion is never handed to a new row (a deleted user's login
  token, usage history or budget must never become someone else's). PostgreSQL's
  sequences never reuse ids already.
* `users.token_generation`: login tokens carry it; deleting, disabling, a role change or
  a password change advances it, so every token issued before is refused.
* `api_keys.restricted_by_role`: the role of whoever last set the key's limits or its
  enabled flag; only that role or a higher one may change them again.
* `api_keys.issued_by_role`: the role of whoever received the key's secret (creation or
  rotation); the key never acts with more power than that role.

Revision ID: 0006
Revises: 0005
Create Date: 2025-01-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_NEVER_REUSED = ("organizations", "users", "api_keys", "provider_links")


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in _NEVER_REUSED:
        if sqlite:  # rebuild with AUTOINCREMENT (store/migrate.py turns FK actions off)
            with op.batch_alter_table(
                table, recreate="always", table_kwargs={"sqlite_autoincrement": True}
            ) as batch:
                _add_columns(table, batch)
        else:
            with op.batch_alter_table(table) as batch:
                _add_columns(table, batch)


def _add_columns(table: str, batch: object) -> None:
    if table == "users":
        batch.add_column(  # type: ignore[attr-defined]
            sa.Column("token_generation", sa.Integer(), nullable=False, server_default="0")
        )
    if table == "api_keys":
        for column in ("restricted_by_role", "issued_by_role"):
            batch.add_column(sa.Column(column, sa.String(32), nullable=True))  # type: ignore[attr-defined]


def downgrade() -> None:
    with op.batch_alter_table("api_keys") as batch:
        batch.drop_column("issued_by_role")
        batch.drop_column("restricted_by_role")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("token_generation")
