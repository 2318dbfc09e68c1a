"""The memory repository: one indexed query to load a session, batched writes, purges.

Reads run on the request path (one SELECT on the (org, owner, session, id) index,
bounded by MEMORY_MAX_TURNS); writes only from the writer (writer.py), off it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select

from waddleai.memory.scope import SessionKey
from waddleai.memory.window import Turn
from waddleai.store.memory_models import MemoryFact, MemorySummary, MemoryTurn
from waddleai.store.models import utcnow

TABLES = (MemoryTurn, MemorySummary, MemoryFact)
MAX_LISTED_SESSIONS = 1000
MAX_FACTS = 200  # per session: retrieval ranks them all in Python


@dataclass(frozen=True, slots=True)
class NewTurn:
    key: SessionKey
    at: datetime
    user_text: str
    answer_text: str
    tokens: int


def _where(model: Any, key: SessionKey) -> list[Any]:
    return [model.org_id == key.org_id, model.owner == key.owner, model.session == key.session]


class MemoryStore:
    def __init__(self, store: Any, max_turns: int) -> None:
        self.store = store
        self.max_turns = max_turns

    async def turns(self, key: SessionKey) -> list[Turn]:
        """The session's newest turns (at most max_turns), oldest first."""
        query = (
            select(MemoryTurn.seq, MemoryTurn.user_text, MemoryTurn.answer_text, MemoryTurn.tokens)
            .where(*_where(MemoryTurn, key))
            .order_by(MemoryTurn.id.desc())
            .limit(self.max_turns)
        )
        # Core in autocommit: no ORM session, no BEGIN / ROLLBACK round trips.
        async with self.store.engine.connect() as conn:
            conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
            rows = (await conn.execute(query)).all()
        return [Turn(*row) for row in reversed(rows)]

    async def history(self, key: SessionKey) -> list[dict[str, Any]]:
        """The session as its owner reads it back (GET /api/memory/{session})."""
        query = (
            select(MemoryTurn.seq, MemoryTurn.at, MemoryTurn.user_text, MemoryTurn.answer_text)
            .where(*_where(MemoryTurn, key))
            .order_by(MemoryTurn.id)
            .limit(self.max_turns)
        )
        async with self.store.session() as session:
            rows = (await session.execute(query)).all()
        return [
            {"seq": seq, "at": at.isoformat(), "user": user, "assistant": answer}
            for seq, at, user, answer in rows
        ]

    async def write(self, turns: Iterable[NewTurn]) -> int:
        """Append turns (numbering them per session) and prune each session to max_turns."""
        by_key: dict[SessionKey, list[NewTurn]] = {}
        for turn in turns:
            by_key.setdefault(turn.key, []).append(turn)
        rows: list[dict[str, Any]] = []
        async with self.store.transaction() as tx:
            for key, group in by_key.items():
                last = await tx.session.scalar(
                    select(func.max(MemoryTurn.seq)).where(*_where(MemoryTurn, key))
                )
                for offset, turn in enumerate(group, start=1):
                    rows.append(_row(turn, (last or 0) + offset))
            await tx.session.execute(insert(MemoryTurn), rows)
            for key in by_key:
                await self._prune(tx.session, key)
        return len(rows)

    async def _prune(self, session: Any, key: SessionKey) -> None:
        newest = select(func.max(MemoryTurn.seq)).where(*_where(MemoryTurn, key))
        top = await session.scalar(newest)
        if top is not None and top > self.max_turns:
            cut = top - self.max_turns
            await session.execute(
                delete(MemoryTurn).where(*_where(MemoryTurn, key), MemoryTurn.seq <= cut)
            )

    async def summary(self, key: SessionKey) -> tuple[int, str] | None:
        """The running summary (through which turn, text), by primary key."""
        query = select(MemorySummary.through_id, MemorySummary.summary).where(
            *_where(MemorySummary, key)
        )
        async with self.store.session() as session:
            row = (await session.execute(query)).first()
        return (int(row[0]), str(row[1])) if row is not None else None

    async def save_summary(self, key: SessionKey, through: int, text: str) -> None:
        async with self.store.transaction() as tx:
            row = await tx.session.get(MemorySummary, (key.org_id, key.owner, key.session))
            if row is None:
                row = MemorySummary(org_id=key.org_id, owner=key.owner, session=key.session)
                tx.session.add(row)
            row.through_id, row.summary, row.tokens = through, text, len(text) // 4
            row.at = utcnow()

    async def facts(self, key: SessionKey) -> list[str]:
        """The session's newest facts (at most MAX_FACTS)."""
        query = (
            select(MemoryFact.text)
            .where(*_where(MemoryFact, key))
            .order_by(MemoryFact.id.desc())
            .limit(MAX_FACTS)
        )
        async with self.store.session() as session:
            return list((await session.execute(query)).scalars())

    async def add_facts(self, key: SessionKey, texts: list[str]) -> None:
        """Append facts (dropping exact repeats) and keep the newest MAX_FACTS."""
        known = set(await self.facts(key))
        fresh = list(dict.fromkeys(t for t in texts if t not in known))
        if not fresh:
            return
        at = utcnow()
        rows = [
            {"org_id": key.org_id, "owner": key.owner, "session": key.session, "at": at,
             "text": text, "source_id": 0}
            for text in fresh
        ]  # fmt: skip
        async with self.store.transaction() as tx:
            await tx.session.execute(insert(MemoryFact), rows)
            keep = (
                select(MemoryFact.id)
                .where(*_where(MemoryFact, key))
                .order_by(MemoryFact.id.desc())
                .limit(MAX_FACTS)
            )
            await tx.session.execute(
                delete(MemoryFact).where(*_where(MemoryFact, key), MemoryFact.id.not_in(keep))
            )

    async def sessions(self, org_id: int, owner: str) -> list[dict[str, Any]]:
        """The owner's sessions in this org: name, turns, first and last use."""
        query = (
            select(
                MemoryTurn.session,
                func.count(MemoryTurn.id),
                func.min(MemoryTurn.at),
                func.max(MemoryTurn.at),
            )
            .where(MemoryTurn.org_id == org_id, MemoryTurn.owner == owner)
            .group_by(MemoryTurn.session)
            .order_by(func.max(MemoryTurn.at).desc())
            .limit(MAX_LISTED_SESSIONS)
        )
        async with self.store.session() as session:
            rows = (await session.execute(query)).all()
        return [
            {"session": name, "turns": count, "created_at": first, "updated_at": last}
            for name, count, first, last in rows
        ]

    async def delete(self, key: SessionKey) -> int:
        """Forget one session entirely (turns, summary, facts); returns turns deleted."""
        async with self.store.transaction() as tx:
            deleted = 0
            for model in TABLES:
                result = await tx.session.execute(delete(model).where(*_where(model, key)))
                deleted += result.rowcount if model is MemoryTurn else 0
        return deleted

    async def purge_older(self, cutoff: datetime) -> int:
        """The retention purge: every row last written before `cutoff`."""
        async with self.store.transaction() as tx:
            deleted = 0
            for model in TABLES:
                result = await tx.session.execute(delete(model).where(model.at < cutoff))
                deleted += result.rowcount or 0
            return deleted


async def purge_owner(session: Any, owner: str) -> int:
    """Forget everything an owner (a user, in every org) ever stored; in the caller's
    transaction, so the management API commits it with its audit entry."""
    deleted = 0
    for model in TABLES:
        result = await session.execute(delete(model).where(model.owner == owner))
        deleted += result.rowcount or 0
    return deleted


def _row(turn: NewTurn, seq: int) -> dict[str, Any]:
    key = turn.key
    return {
        "org_id": key.org_id,
        "owner": key.owner,
        "session": key.session,
        "seq": seq,
        "at": turn.at,
        "user_text": turn.user_text,
        "answer_text": turn.answer_text,
        "tokens": turn.tokens,
    }
