"""Response cache: a TTL per API key and per organization, and hits marked in records.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("api_keys", "organizations"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("cache_ttl_seconds", sa.Integer(), nullable=True))
    with op.batch_alter_table("usage_records") as batch:
        batch.add_column(
            sa.Column("cache_hit", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("usage_records") as batch:
        batch.drop_column("cache_hit")
    for table in ("api_keys", "organizations"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("cache_ttl_seconds")
