"""BulkInsert on SQLite runs a few fixed statement shapes, so sqlite3's cache stays small.

sqlite3 keeps up to 128 distinct statements prepared per connection, and a prepared
multi-row INSERT holds ~2.3 KB per row. One statement of exactly as many rows as each
flush had (1..500) filled that cache with ~1 MB statements: the proxy's RSS grew ~0.75 MB
per 1,000 requests over a soak.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Column, DateTime, Integer, MetaData, String, Table, event, select
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from waddleai.store.bulk import GROUP, BulkInsert, group_sizes

COLUMNS = ["name", "at"] + [f"n{i}" for i in range(20)]
metadata = MetaData()
rows_table = Table(
    "bulk_rows",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(50)),
    Column("at", DateTime(timezone=True)),
    *[Column(f"n{i}", Integer) for i in range(20)],
)


@pytest.fixture
async def engine(tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    engine = create_async_engine(f"sqlite+aiosqlite:///{tmp_path / 'bulk.db'}")
    async with engine.begin() as conn:
        await conn.run_sync(metadata.create_all)
    yield engine
    await engine.dispose()


def _rows(first: int, count: int) -> list[dict[str, object]]:
    at = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    return [
        {"name": f"r{i}", "at": at, **{f"n{j}": i + j for j in range(20)}}
        for i in range(first, first + count)
    ]


def test_group_sizes_are_powers_of_two_that_add_up() -> None:
    for rows in range(0, 1200):
        sizes = group_sizes(rows, GROUP)
        assert sum(sizes) == rows
        assert all(size & (size - 1) == 0 and size <= GROUP for size in sizes)
        assert sizes == sorted(sizes, reverse=True)
    assert group_sizes(500, 128) == [128, 128, 128, 64, 32, 16, 4]


async def test_every_chunk_size_reuses_a_few_statements(engine: AsyncEngine) -> None:
    insert = BulkInsert(rows_table, engine.dialect, COLUMNS)
    statements: set[str] = set()

    def seen(conn, cursor, statement, parameters, context, executemany) -> None:  # noqa: ANN001
        if statement.startswith("INSERT INTO bulk_rows"):
            statements.add(statement)

    event.listen(engine.sync_engine, "before_cursor_execute", seen)
    written = 0
    for count in range(1, 501):
        async with engine.begin() as conn:
            await insert.execute(conn, _rows(written, count))
        written += count
    assert len(statements) <= 8, f"{len(statements)} distinct statements prepared"
    async with engine.connect() as conn:
        names = (await conn.execute(select(rows_table.c.name).order_by("id"))).scalars().all()
        last = (await conn.execute(select(rows_table).order_by(rows_table.c.id.desc()))).first()
    assert names == [f"r{i}" for i in range(written)]
    assert last is not None and last.n19 == written - 1 + 19 and last.at.year == 2026


def _sqlite_memory_used() -> ctypes._CFuncPtr | None:
    found = ctypes.util.find_library("sqlite3")
    try:
        used = ctypes.CDLL(found).sqlite3_memory_used if found else None
    except (OSError, AttributeError):
        return None
    if used is not None:
        used.restype = ctypes.c_int64
    return used


async def test_prepared_statements_stay_small(engine: AsyncEngine) -> None:
    """SQLite's own count of the memory it holds, over 300 flushes of 1..300 rows."""
    used = _sqlite_memory_used()
    if used is None:
        pytest.skip("sqlite3_memory_used not reachable through ctypes")
    insert = BulkInsert(rows_table, engine.dialect, COLUMNS)
    async with engine.connect() as conn:  # one pooled connection, as a recorder's
        await conn.execute(select(1))
        before = used()
        written = 0
        for count in range(1, 301):
            await insert.execute(conn, _rows(written, count))
            written += count
        await conn.commit()
        grown_mb = (used() - before) / 2**20
    # 8 statements of up to 128 rows are ~0.6 MB, plus the page cache (2 MB at most).
    assert grown_mb < 5, f"SQLite holds {grown_mb:.0f} MB more"
