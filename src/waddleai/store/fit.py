"""Make a row fit its table: what a client sent must never be what a database rejects.

Usage records carry client-chosen text (model names, request ids) and upstream-reported
numbers. PostgreSQL refuses a NUL character, a lone surrogate, a string longer than its
VARCHAR and an integer outside its column; SQLite refuses integers beyond 64 bits. One
such value used to fail a whole batch of records, retried forever. `RowFitter` derives
each column's limits from the table itself, so a new column is covered without a list
to keep in sync, and bends values to fit: strings lose NUL and lone surrogates and are
cut to the column's length, integers are clamped to the column's range (counts never
below 0), floats that are not finite or are negative become 0.
"""

from __future__ import annotations

import math
from typing import Any

from sqlalchemy import BigInteger, Boolean, Float, Integer, String, Table

INT32 = 2**31 - 1
INT64 = 2**63 - 1


def fit_text(value: Any, length: int | None) -> str | None:
    if value is None:
        return None
    text = value if isinstance(value, str) else str(value)
    if "\x00" in text:
        text = text.replace("\x00", "")
    if not text.isascii():
        text = text.encode("utf-8", "replace").decode("utf-8")  # lone surrogates -> "?"
    return text[:length] if length is not None and len(text) > length else text


def fit_int(value: Any, high: int) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            value = int(value)
        except (TypeError, ValueError, OverflowError):
            return 0
    return min(max(value, 0), high)


def fit_float(value: Any) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return 0.0
    return number if math.isfinite(number) and number >= 0 else 0.0


_FLOAT_MAX = 1.7976931348623157e308


class RowFitter:
    """Fits dict rows to `table` in place (see module docstring).

    Runs on the event loop once per request, so each column's limit is read from the
    table once, here, and a value that already fits (the usual case) costs one type
    check and one comparison; only a misfit goes through `fit_text` / `fit_int` / ...
    """

    def __init__(self, table: Table) -> None:
        texts: list[tuple[str, int | None]] = []
        ints: list[tuple[str, int]] = []
        floats: list[str] = []
        bools: list[str] = []
        for column in table.columns:
            kind = column.type
            if isinstance(kind, String):
                texts.append((column.name, kind.length))
            elif isinstance(kind, Integer):  # BigInteger is a subclass of Integer
                ints.append((column.name, INT64 if isinstance(kind, BigInteger) else INT32))
            elif isinstance(kind, Float):
                floats.append(column.name)
            elif isinstance(kind, Boolean):
                bools.append(column.name)
            # dates and the like come from the gateway itself
        self.texts, self.ints = tuple(texts), tuple(ints)
        self.floats, self.bools = tuple(floats), tuple(bools)

    def __call__(self, row: dict[str, Any]) -> dict[str, Any]:
        for name, length in self.texts:
            text = row.get(name)
            if text is not None and (
                text.__class__ is not str
                or (length is not None and len(text) > length)
                or not text.isascii()
                or "\x00" in text
            ):
                row[name] = fit_text(text, length)
        for name, high in self.ints:
            number = row.get(name)
            if number is not None and (number.__class__ is not int or not 0 <= number <= high):
                row[name] = fit_int(number, high)
        for name in self.floats:
            real = row.get(name)
            if real is not None and (real.__class__ is not float or not 0.0 <= real <= _FLOAT_MAX):
                row[name] = fit_float(real)
        for name in self.bools:
            flag = row.get(name)
            if flag is not None and flag.__class__ is not bool:
                row[name] = bool(flag)
        return row
