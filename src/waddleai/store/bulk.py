"""Many rows into one table through the driver's own executemany.

SQLAlchemy's executemany of `insert(table)` with a list of dicts spends ~10 us of Python
per row on the event loop (building each row's parameters, then running each column's
bind processor) before the driver sees it - more than the database needs to store the
row. `BulkInsert` compiles Core's `insert(table)` once for the dialect and keeps the
bind processors of the columns that are not plain text, numbers or booleans (the UTC
datetime); per row it takes the values in one C call (`itemgetter`), and the whole
chunk goes to the driver's executemany in one call (sqlite3's, in aiosqlite's thread;
asyncpg's prepared, pipelined one). Values must already fit their columns
(store/fit.py): nothing else checks them on this path.

On SQLite the rows go as multi-row `VALUES (...), (...)` statements instead: sqlite3's
executemany releases and retakes the GIL around every row, and on a busy proxy each
retake waits behind the event loop, so a 500-row chunk took ~100 ms and the writer fell
behind the requests (its backlog grew without end at ~4,000 req/s). One statement per
group of rows is one wait.

Groups come in a few fixed sizes only: `GROUP` rows (128, fewer if that exceeds
`SQLITE_MAX_VARIABLES`), and the rest of a chunk as powers of two (500 = 3 x 128 + 64 +
32 + 16 + 4). sqlite3 keeps every distinct SQL text it ran prepared, up to 128 per
connection, and a prepared multi-row INSERT holds ~2.3 KB per row: with one statement
of exactly as many rows as the chunk had (any of 1..500), each pooled connection
gathered up to 128 of them (~1 MB each) and the soak's RSS grew ~0.75 MB per 1,000
requests (79 -> 135 MB over 60,000). Now at most 8 statements (255 rows' worth, ~0.6 MB)
stay prepared per connection, and every group reuses one.
"""

from __future__ import annotations

import itertools
import operator
import sqlite3
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Boolean, Float, Integer, String, Table, insert
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncConnection

_NATIVE = (String, Integer, Float, Boolean)  # fitted values need no conversion
# SQLite's bound-parameter limit: 32,766 since 3.32, 999 before.
SQLITE_MAX_VARIABLES = 32_766 if sqlite3.sqlite_version_info >= (3, 32) else 999
GROUP = 128  # rows per SQLite statement at most: a power of two (see module docstring)


def group_sizes(rows: int, largest: int) -> list[int]:
    """`rows` split into groups of `largest` (a power of two) and then its lower powers
    of two, largest first: the few sizes a statement can have."""
    sizes = [largest] * (rows // largest)
    size = largest // 2
    rest = rows % largest
    while rest:
        if rest >= size:
            sizes.append(size)
            rest -= size
        size //= 2
    return sizes


class BulkInsert:
    """INSERT INTO `table` (columns) VALUES (...), compiled once for `dialect`."""

    def __init__(self, table: Table, dialect: Dialect, columns: Sequence[str]) -> None:
        compiled = insert(table).values({name: None for name in columns}).compile(dialect=dialect)
        self.sql = str(compiled)
        order = list(compiled.positiontup or ())
        if len(columns) < 2 or sorted(order) != sorted(columns):  # a named paramstyle
            raise ValueError(f"{table.name}: 2+ positional parameters expected, got {order}")
        self.columns = tuple(order)
        self._getter = operator.itemgetter(*self.columns)  # a tuple, given 2+ names
        # Rows are fitted (store/fit.py): strings, numbers and booleans already are the
        # driver's types, so only the other columns (the UTC datetime) keep a processor.
        processed = []
        for index, name in enumerate(self.columns):
            kind = table.c[name].type
            process = kind.bind_processor(dialect)
            if process is not None and not isinstance(kind, _NATIVE):
                processed.append((index, process))
        self._processed = tuple(processed)
        self._multi = dialect.name == "sqlite"
        if self._multi:
            head, _, values = self.sql.partition(" VALUES ")
            self._head, self._one = head + " VALUES ", values.strip()
            fits = max(1, min(GROUP, SQLITE_MAX_VARIABLES // len(self.columns)))
            self._largest = 1 << (fits.bit_length() - 1)  # a power of two
            self._statements: dict[int, str] = {}  # one per group size: at most 8

    def params(self, rows: Sequence[dict[str, Any]]) -> list[tuple[Any, ...]]:
        """Rows (dicts with every column) as the driver's parameter sequences."""
        getter, processed = self._getter, self._processed
        if not processed:
            return [getter(row) for row in rows]
        params = []
        for row in rows:
            values = list(getter(row))
            for index, process in processed:
                values[index] = process(values[index])
            params.append(tuple(values))  # SQLAlchemy passes on tuples only
        return params

    async def execute(self, conn: AsyncConnection, rows: Sequence[dict[str, Any]]) -> None:
        if not rows:
            return
        params = self.params(rows)
        if not self._multi:
            await conn.exec_driver_sql(self.sql, params)
            return
        start = 0
        for size in group_sizes(len(params), self._largest):
            flat = tuple(itertools.chain.from_iterable(params[start : start + size]))
            await conn.exec_driver_sql(self._statement(size), flat)
            start += size

    def _statement(self, rows: int) -> str:
        """The multi-row INSERT for `rows` rows (a power of two up to the largest group)."""
        sql = self._statements.get(rows)
        if sql is None:
            sql = self._statements[rows] = self._head + ", ".join([self._one] * rows)
        return sql
