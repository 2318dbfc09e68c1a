"""Many rows into one table through the driver's own executemany.

SQLAlchemy's executemany of `insert(table)` with a list of dicts spends ~10 us of Python
per row on the event loop (building each row's parameters, then running each column's
bind processor) before the driver sees it - more than the database needs to store the
row. `BulkInsert` compiles Core's `insert(table)` once for the dialect and keeps the
bind processors that do something (e.g. the UTC datetime, floats); per row it builds one
tuple, and the whole chunk goes to the driver's executemany in one call (sqlite3's, in
aiosqlite's thread; asyncpg's prepared, pipelined one). Values must already fit their
columns (store/fit.py): nothing else checks them on this path.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncConnection


class BulkInsert:
    """INSERT INTO `table` (columns) VALUES (...), compiled once for `dialect`."""

    def __init__(self, table: Table, dialect: Dialect, columns: Sequence[str]) -> None:
        compiled = insert(table).values({name: None for name in columns}).compile(dialect=dialect)
        self.sql = str(compiled)
        order = list(compiled.positiontup or ())
        if sorted(order) != sorted(columns):  # named paramstyle: fall back to given order
            raise ValueError(f"{table.name}: positional parameters expected, got {order}")
        self.columns = tuple(order)
        processors = [table.c[name].type.bind_processor(dialect) for name in self.columns]
        self._steps: tuple[tuple[str, Callable[[Any], Any] | None], ...] = tuple(
            zip(self.columns, processors, strict=True)
        )

    def params(self, rows: Sequence[dict[str, Any]]) -> list[tuple[Any, ...]]:
        """Rows (dicts with every column) as the driver's parameter tuples."""
        steps = self._steps
        return [
            tuple([row[name] if process is None else process(row[name]) for name, process in steps])
            for row in rows
        ]

    async def execute(self, conn: AsyncConnection, rows: Sequence[dict[str, Any]]) -> None:
        if rows:
            await conn.exec_driver_sql(self.sql, self.params(rows))  # type: ignore[arg-type]
