"""ORM models of conversation memory: turns, running summaries and extracted facts.

Every row is keyed by (org_id, owner, session): `owner` is `user:<id>` for a key with a
user and `key:<id>` for one without, and org 0 stands for "no organization", so two
users naming the same session never share a row. The schema comes from migration 0009;
the proxy's memory writer (waddleai.memory.writer) writes them in batches.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from waddleai.store.models import Base, BigId, UTCDateTime, utcnow

SESSION_MAX = 128
OWNER_MAX = 80


class MemoryTurn(Base):
    """One exchange of a session: the user's message and the answer, as text.

    `seq` numbers a session's turns 1, 2, 3...: the window (memory/window.py) aligns its
    start on it, so pruning old turns never shifts what a request is sent.
    """

    __tablename__ = "memory_turns"
    __table_args__ = (
        Index("ix_memory_turns_session", "org_id", "owner", "session", "id"),
        Index("ix_memory_turns_owner", "owner"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    org_id: Mapped[int] = mapped_column(Integer, default=0)
    owner: Mapped[str] = mapped_column(String(OWNER_MAX))
    session: Mapped[str] = mapped_column(String(SESSION_MAX))
    seq: Mapped[int] = mapped_column(Integer, default=0)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    user_text: Mapped[str] = mapped_column(Text)
    answer_text: Mapped[str] = mapped_column(Text)
    tokens: Mapped[int] = mapped_column(Integer, default=0)


class MemorySummary(Base):
    """The running summary of a session's turns up to `through_id` (summary mode)."""

    __tablename__ = "memory_summaries"
    __table_args__ = (Index("ix_memory_summaries_owner", "owner"),)

    org_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner: Mapped[str] = mapped_column(String(OWNER_MAX), primary_key=True)
    session: Mapped[str] = mapped_column(String(SESSION_MAX), primary_key=True)
    through_id: Mapped[int] = mapped_column(BigInteger, default=0)
    summary: Mapped[str] = mapped_column(Text)
    tokens: Mapped[int] = mapped_column(Integer, default=0)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class MemoryFact(Base):
    """A short fact extracted from a session (facts mode), retrieved by relevance."""

    __tablename__ = "memory_facts"
    __table_args__ = (
        Index("ix_memory_facts_session", "org_id", "owner", "session", "id"),
        Index("ix_memory_facts_owner", "owner"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    org_id: Mapped[int] = mapped_column(Integer, default=0)
    owner: Mapped[str] = mapped_column(String(OWNER_MAX))
    session: Mapped[str] = mapped_column(String(SESSION_MAX))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    text: Mapped[str] = mapped_column(String(500))
    source_id: Mapped[int] = mapped_column(BigInteger, default=0)
