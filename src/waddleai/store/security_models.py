"""ORM model of security events: one row per detection acted on (block, flag, redact, log).

Written by the proxy's batched writer (security/events.py), read by
`GET /api/security/threats` and `/analytics/security`. Schema from migration 0008.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from waddleai.store.models import Base, BigId, UTCDateTime, utcnow


class SecurityEvent(Base):
    __tablename__ = "security_events"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    request_id: Mapped[str] = mapped_column(String(128))
    key_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    user_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    org_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    api: Mapped[str] = mapped_column(String(16))
    model: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(32), index=True)
    rule: Mapped[str] = mapped_column(String(64))
    channel: Mapped[str] = mapped_column(String(16))
    score: Mapped[float] = mapped_column(Float)
    action: Mapped[str] = mapped_column(String(8))
    via: Mapped[str] = mapped_column(String(32))
    excerpt: Mapped[str] = mapped_column(String(200))
