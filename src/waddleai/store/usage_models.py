"""ORM models of accounting: per-request usage, daily aggregates, budgets and their alerts.

Kept apart from the identity models (store/models.py) because a different component
writes them: the proxy's usage recorder, in batches, off the request path. The schema
comes from migration 0003; `waddleai.store` imports this module so `Base.metadata`
(and the migrations-vs-models test) sees these tables.

`usage_daily` uses 0 / '' instead of NULL for "no user / no org / no key" so its primary
key works as the UPSERT conflict target on both SQLite and PostgreSQL (NULLs never
conflict).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from waddleai.store.models import Base, BigId, UTCDateTime, utcnow

SCOPES = ("key", "user", "org")
BUDGET_TYPES = ("daily", "weekly", "monthly")


class UsageRecord(Base):
    """One request as served: raw tokens, WaddleAI tokens, cost, latency, outcome."""

    __tablename__ = "usage_records"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    request_id: Mapped[str] = mapped_column(String(128))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    key_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    user_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    org_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    api: Mapped[str] = mapped_column(String(16))
    provider: Mapped[str] = mapped_column(String(100))
    model: Mapped[str] = mapped_column(String(200))
    requested_model: Mapped[str] = mapped_column(String(200))
    input_tokens: Mapped[int] = mapped_column(Integer, default=0)
    output_tokens: Mapped[int] = mapped_column(Integer, default=0)
    cached_tokens: Mapped[int] = mapped_column(Integer, default=0)
    waddleai_tokens: Mapped[int] = mapped_column(BigInteger, default=0)
    cost_usd: Mapped[float] = mapped_column(Float, default=0.0)
    latency_ms: Mapped[float] = mapped_column(Float, default=0.0)
    status: Mapped[int] = mapped_column(Integer, default=200)
    stream: Mapped[bool] = mapped_column(Boolean, default=False)
    estimated: Mapped[bool] = mapped_column(Boolean, default=False)
    usage_source: Mapped[str] = mapped_column(String(16), default="upstream")
    operation: Mapped[str] = mapped_column(String(16), default="chat")
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    cache_write_tokens: Mapped[int] = mapped_column(Integer, default=0)
    cache_hit: Mapped[bool] = mapped_column(Boolean, default=False)


class UsageDaily(Base):
    """Sums per (UTC day, user, key, org, provider, model) for fast reports."""

    __tablename__ = "usage_daily"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    user_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    org_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    provider: Mapped[str] = mapped_column(String(100), primary_key=True)
    model: Mapped[str] = mapped_column(String(200), primary_key=True)
    requests: Mapped[int] = mapped_column(BigInteger, default=0)
    errors: Mapped[int] = mapped_column(BigInteger, default=0)
    input_tokens: Mapped[int] = mapped_column(BigInteger, default=0)
    output_tokens: Mapped[int] = mapped_column(BigInteger, default=0)
    cached_tokens: Mapped[int] = mapped_column(BigInteger, default=0)
    waddleai_tokens: Mapped[int] = mapped_column(BigInteger, default=0)
    cost_usd: Mapped[float] = mapped_column(Float, default=0.0)


class Budget(Base):
    """A USD spending limit per key, user or org and period, with alert thresholds (%)."""

    __tablename__ = "budgets"
    __table_args__ = (UniqueConstraint("scope_type", "scope_id", "budget_type"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scope_type: Mapped[str] = mapped_column(String(8))
    scope_id: Mapped[str] = mapped_column(String(64))
    budget_type: Mapped[str] = mapped_column(String(8))
    budget_limit: Mapped[float] = mapped_column(Float)
    alert_thresholds: Mapped[list[int]] = mapped_column(JSON, default=list)
    webhook_url: Mapped[str | None] = mapped_column(String(2000), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class BudgetAlert(Base):
    """A threshold crossed; unique per (budget, period, threshold) so it fires once."""

    __tablename__ = "budget_alerts"
    __table_args__ = (UniqueConstraint("budget_id", "period", "threshold"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    budget_id: Mapped[int] = mapped_column(ForeignKey("budgets.id", ondelete="CASCADE"), index=True)
    period: Mapped[str] = mapped_column(String(16))
    threshold: Mapped[int] = mapped_column(Integer)
    spent_usd: Mapped[float] = mapped_column(Float)
    budget_limit: Mapped[float] = mapped_column(Float)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    details: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
