"""Usage records say where their numbers came from, what was asked, and how many tries:
`usage_source` (upstream / counted / estimated), `operation` (chat / count_tokens /
embeddings), `attempts` (upstream calls made) and `cache_write_tokens`.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("usage_records") as batch:
        batch.add_column(
            sa.Column("usage_source", sa.String(16), nullable=False, server_default="upstream")
        )
        batch.add_column(
            sa.Column("operation", sa.String(16), nullable=False, server_default="chat")
        )
        batch.add_column(sa.Column("attempts", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(
            sa.Column("cache_write_tokens", sa.Integer(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("usage_records") as batch:
        for column in ("cache_write_tokens", "attempts", "operation", "usage_source"):
            batch.drop_column(column)
