"""Portal indexes: per-user / per-org / per-key lists of requests newest first, and
daily aggregates by user / org / key, so scoped pages stay fast with millions of rows.

Revision ID: 0004_portal_indexes
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0004_portal_indexes"
down_revision = "0003"
branch_labels = None
depends_on = None

# (index name, table, columns): also declared on the models (store/usage_models.py).
INDEXES = (
    ("ix_usage_records_user_id_id", "usage_records", ["user_id", "id"]),
    ("ix_usage_records_org_id_id", "usage_records", ["org_id", "id"]),
    ("ix_usage_records_key_id_id", "usage_records", ["key_id", "id"]),
    ("ix_usage_records_model_id", "usage_records", ["model", "id"]),
    ("ix_usage_daily_user_id_day", "usage_daily", ["user_id", "day"]),
    ("ix_usage_daily_org_id_day", "usage_daily", ["org_id", "day"]),
    ("ix_usage_daily_key_id_day", "usage_daily", ["key_id", "day"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
