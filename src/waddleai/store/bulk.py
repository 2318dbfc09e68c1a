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
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Boolean, Float, Integer, String, Table, insert
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncConnection

_NATIVE = (String, Integer, Float, Boolean)  # fitted values need no conversion


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
        if rows:
            await conn.exec_driver_sql(self.sql, self.params(rows))
