"""Conversation memory: turns, running summaries and extracted facts per session.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_BIGID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _scope() -> list[sa.Column]:
    return [
        sa.Column("org_id", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(80), nullable=False),
        sa.Column("session", sa.String(128), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "memory_turns",
        sa.Column("id", _BIGID, nullable=False),
        *_scope(),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("user_text", sa.Text(), nullable=False),
        sa.Column("answer_text", sa.Text(), nullable=False),
        sa.Column("tokens", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_memory_turns"),
    )
    op.create_index("ix_memory_turns_session", "memory_turns", ["org_id", "owner", "session", "id"])
    op.create_table(
        "memory_summaries",
        *_scope(),
        sa.Column("through_id", sa.BigInteger(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("tokens", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("org_id", "owner", "session", name="pk_memory_summaries"),
    )
    op.create_table(
        "memory_facts",
        sa.Column("id", _BIGID, nullable=False),
        *_scope(),
        sa.Column("text", sa.String(500), nullable=False),
        sa.Column("source_id", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_memory_facts"),
    )
    op.create_index("ix_memory_facts_session", "memory_facts", ["org_id", "owner", "session", "id"])
    for table in ("memory_turns", "memory_summaries", "memory_facts"):
        op.create_index(f"ix_{table}_owner", table, ["owner"])
        op.create_index(f"ix_{table}_at", table, ["at"])


def downgrade() -> None:
    for table in ("memory_facts", "memory_summaries", "memory_turns"):
        op.drop_table(table)
