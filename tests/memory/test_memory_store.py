"""The memory repository and writer on SQLite and PostgreSQL: bounds, retention, failures."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy import update

from waddleai.memory.scope import SessionKey
from waddleai.memory.store import MemoryStore
from waddleai.memory.writer import MemoryWriter
from waddleai.store import Store
from waddleai.store.memory_models import MemoryTurn


def a_key() -> SessionKey:
    return SessionKey(0, f"user:{secrets.randbelow(10**9)}", "s")


async def test_a_session_keeps_its_newest_turns_numbered_on(acct_store: Store):
    repo, key = MemoryStore(acct_store, max_turns=3), a_key()
    writer = MemoryWriter(repo, retention_days=30)
    for n in range(1, 6):
        writer.add(key, f"q{n}", f"a{n}", 3)
        await writer.flush()
    assert [(t.seq, t.user_text) for t in await repo.turns(key)] == [
        (3, "q3"),
        (4, "q4"),
        (5, "q5"),
    ]


async def test_retention_purges_only_what_is_older(acct_store: Store):
    repo, old, fresh = MemoryStore(acct_store, 10), a_key(), a_key()
    writer = MemoryWriter(repo, retention_days=30)
    writer.add(old, "q", "a", 3)
    writer.add(fresh, "q", "a", 3)
    await writer.flush()
    await repo.add_facts(old, ["an old fact"])
    async with acct_store.transaction() as tx:
        await tx.session.execute(
            update(MemoryTurn)
            .where(MemoryTurn.owner == old.owner)
            .values(at=datetime.now(UTC) - timedelta(days=31))
        )
    assert await writer.purge() >= 1
    assert await repo.turns(old) == [] and len(await repo.turns(fresh)) == 1
    assert await repo.facts(old) == ["an old fact"], "facts age on their own clock"


class Broken(MemoryStore):
    async def write(self, turns):  # type: ignore[no-untyped-def, override]
        raise ConnectionError("database down")


async def test_a_failed_write_is_kept_for_the_next_try_and_never_raises(acct_store: Store):
    key = a_key()
    writer = MemoryWriter(Broken(acct_store, 10), retention_days=30)
    writer.add(key, "q", "a", 3)
    assert await writer.flush() == 0
    assert [t.user_text for t in writer.pending(key)[1]] == ["q"]
    writer.repo = MemoryStore(acct_store, 10)
    assert await writer.flush() == 1
    assert [t.user_text for t in await writer.repo.turns(key)] == ["q"]
