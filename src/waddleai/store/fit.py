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
from collections.abc import Callable
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


def _fitter(column: Any) -> Callable[[Any], Any] | None:
    kind = column.type
    if isinstance(kind, String):
        length = kind.length
        return lambda value: fit_text(value, length)
    if isinstance(kind, BigInteger):  # before Integer: BigInteger is a subclass of it
        return lambda value: fit_int(value, INT64)
    if isinstance(kind, Integer):
        return lambda value: fit_int(value, INT32)
    if isinstance(kind, Float):
        return fit_float
    if isinstance(kind, Boolean):
        return lambda value: None if value is None else bool(value)
    return None  # dates and the like come from the gateway itself


class RowFitter:
    """Fits dict rows to `table` (see module docstring); cheap enough per request."""

    def __init__(self, table: Table) -> None:
        self.fitters = {
            column.name: fitter
            for column in table.columns
            if (fitter := _fitter(column)) is not None
        }

    def __call__(self, row: dict[str, Any]) -> dict[str, Any]:
        fitters = self.fitters
        return {
            name: (fitters[name](value) if name in fitters else value)
            for name, value in row.items()
        }
