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
up to `SQLITE_MAX_VARIABLES` parameters is one wait.
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
            self._per_statement = max(1, SQLITE_MAX_VARIABLES // len(self.columns))
            self._statements: dict[int, str] = {}

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
        step = self._per_statement
        for start in range(0, len(params), step):
            group = params[start : start + step]
            flat = tuple(itertools.chain.from_iterable(group))
            await conn.exec_driver_sql(self._statement(len(group)), flat)

    def _statement(self, rows: int) -> str:
        """The multi-row INSERT for `rows` rows (a full group, or one last shorter one)."""
        sql = self._statements.get(rows)
        if sql is None:
            sql = self._head + ", ".join([self._one] * rows)
            if len(self._statements) < 8:
                self._statements[rows] = sql
        return sql
