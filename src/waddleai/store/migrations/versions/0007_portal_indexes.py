"""Portal indexes: per-user / per-org / per-key lists of requests newest first, and
covering indexes on the daily aggregates by day / user / org / key / model, so scoped pages
and grouped reports stay fast with millions of requests.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# The daily aggregates' indexes carry every summed column: reports grouped by user, org,
# key, model or day read only the index, in group order (2-4x faster than the table).
SUMS = ["requests", "errors", "input_tokens", "output_tokens", "cached_tokens"]
SUMS += ["waddleai_tokens", "cost_usd"]

# (index name, table, columns): also declared on the models (store/usage_models.py).
INDEXES = (
    ("ix_usage_records_user_id_id", "usage_records", ["user_id", "id"]),
    ("ix_usage_records_org_id_id", "usage_records", ["org_id", "id"]),
    ("ix_usage_records_key_id_id", "usage_records", ["key_id", "id"]),
    ("ix_usage_records_model_id", "usage_records", ["model", "id"]),
    ("ix_usage_daily_day", "usage_daily", ["day", *SUMS]),
    ("ix_usage_daily_user_id_day", "usage_daily", ["user_id", "day", *SUMS]),
    ("ix_usage_daily_org_id_day", "usage_daily", ["org_id", "day", *SUMS]),
    ("ix_usage_daily_key_id_day", "usage_daily", ["key_id", "day", *SUMS]),
    ("ix_usage_daily_model_day", "usage_daily", ["provider", "model", "day", *SUMS]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
