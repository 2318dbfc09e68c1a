"""Accounting: usage records, daily aggregates, budgets and alerts; token quotas on
users and API keys (organizations had them since 0001).

Revision ID: 0003
Revises: 0002
Create Date: 2025-01-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_BIGID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_QUOTA_TABLES = ("users", "api_keys")


def upgrade() -> None:
    for table in _QUOTA_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("token_quota_daily", sa.BigInteger(), nullable=True))
            batch.add_column(sa.Column("token_quota_monthly", sa.BigInteger(), nullable=True))
    _usage_records()
    _usage_daily()
    _budgets()


def _usage_records() -> None:
    op.create_table(
        "usage_records",
        sa.Column("id", _BIGID, nullable=False),
        sa.Column("request_id", sa.String(128), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("key_id", sa.String(64), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("org_id", sa.Integer(), nullable=True),
        sa.Column("api", sa.String(16), nullable=False),
        sa.Column("provider", sa.String(100), nullable=False),
        sa.Column("model", sa.String(200), nullable=False),
        sa.Column("requested_model", sa.String(200), nullable=False),
        sa.Column("input_tokens", sa.Integer(), nullable=False),
        sa.Column("output_tokens", sa.Integer(), nullable=False),
        sa.Column("cached_tokens", sa.Integer(), nullable=False),
        sa.Column("waddleai_tokens", sa.BigInteger(), nullable=False),
        sa.Column("cost_usd", sa.Float(), nullable=False),
        sa.Column("latency_ms", sa.Float(), nullable=False),
        sa.Column("status", sa.Integer(), nullable=False),
        sa.Column("stream", sa.Boolean(), nullable=False),
        sa.Column("estimated", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_usage_records"),
    )
    for column in ("at", "key_id", "user_id", "org_id"):
        op.create_index(f"ix_usage_records_{column}", "usage_records", [column])


def _usage_daily() -> None:
    op.create_table(
        "usage_daily",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("key_id", sa.String(64), nullable=False),
        sa.Column("org_id", sa.Integer(), nullable=False),
        sa.Column("provider", sa.String(100), nullable=False),
        sa.Column("model", sa.String(200), nullable=False),
        sa.Column("requests", sa.BigInteger(), nullable=False),
        sa.Column("errors", sa.BigInteger(), nullable=False),
        sa.Column("input_tokens", sa.BigInteger(), nullable=False),
        sa.Column("output_tokens", sa.BigInteger(), nullable=False),
        sa.Column("cached_tokens", sa.BigInteger(), nullable=False),
        sa.Column("waddleai_tokens", sa.BigInteger(), nullable=False),
        sa.Column("cost_usd", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint(
            "day", "user_id", "key_id", "org_id", "provider", "model", name="pk_usage_daily"
        ),
    )


def _budgets() -> None:
    op.create_table(
        "budgets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scope_type", sa.String(8), nullable=False),
        sa.Column("scope_id", sa.String(64), nullable=False),
        sa.Column("budget_type", sa.String(8), nullable=False),
        sa.Column("budget_limit", sa.Float(), nullable=False),
        sa.Column("alert_thresholds", sa.JSON(), nullable=False),
        sa.Column("webhook_url", sa.String(2000), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_budgets"),
        sa.UniqueConstraint("scope_type", "scope_id", "budget_type", name="uq_budgets_scope_type"),
    )
    op.create_table(
        "budget_alerts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("budget_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(16), nullable=False),
        sa.Column("threshold", sa.Integer(), nullable=False),
        sa.Column("spent_usd", sa.Float(), nullable=False),
        sa.Column("budget_limit", sa.Float(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("details", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["budget_id"],
            ["budgets.id"],
            name="fk_budget_alerts_budget_id_budgets",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_budget_alerts"),
        sa.UniqueConstraint("budget_id", "period", "threshold", name="uq_budget_alerts_budget_id"),
    )
    op.create_index("ix_budget_alerts_budget_id", "budget_alerts", ["budget_id"])


def downgrade() -> None:
    op.drop_table("budget_alerts")
    op.drop_table("budgets")
    op.drop_table("usage_daily")
    op.drop_table("usage_records")
    for table in _QUOTA_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("token_quota_monthly")
            batch.drop_column("token_quota_daily")
