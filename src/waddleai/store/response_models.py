"""ORM model of stored Responses API answers (``previous_response_id``, GET, input_items).

Kept apart from identity and accounting: the proxy writes these rows itself, one per
stored response, and reads them back on any replica. Schema from migration 0010.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from waddleai.store.models import Base, UTCDateTime, utcnow


class StoredResponse(Base):
    """One response: who owns it, what went in (history included), what came out."""

    __tablename__ = "responses"

    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    key_id: Mapped[str] = mapped_column(String(64), index=True)
    user_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    model: Mapped[str] = mapped_column(String(256))
    input_items: Mapped[list[Any]] = mapped_column(JSON)
    output_items: Mapped[list[Any]] = mapped_column(JSON)
    response: Mapped[dict[str, Any]] = mapped_column(JSON)  # the object, output left out
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
