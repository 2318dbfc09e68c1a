"""Usage reports from the daily aggregates (`usage_daily`), shared by both servers.

Reports read aggregates, never the per-request table, so they stay fast however many
requests were served. A `Scope` narrows every query to what the caller may see (the
management policy or the proxy key decides it; this module only applies it).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select

from waddleai.accounting.limits import period_start
from waddleai.store.usage_models import UsageDaily

_SUMS = ("requests", "errors", "input_tokens", "output_tokens", "cached_tokens")
_SUMS += ("waddleai_tokens", "cost_usd")
_GROUPS = {
    "day": UsageDaily.day,
    "model": UsageDaily.model,
    "provider": UsageDaily.provider,
    "user_id": UsageDaily.user_id,
    "org_id": UsageDaily.org_id,
    "key_id": UsageDaily.key_id,
}


@dataclass(frozen=True)
class Scope:
    """Rows visible to a caller: None fields do not narrow; both sets narrow with OR."""

    user_id: int | None = None
    key_id: str | None = None
    org_ids: frozenset[int] | None = None
    user_ids: frozenset[int] | None = None

    def clauses(self, table: Any = UsageDaily) -> list[Any]:
        """This scope as WHERE clauses on `table`: the daily sums, or `UsageRecord` (the
        per-request rows share the key_id / user_id / org_id columns)."""
        clauses: list[Any] = []
        if self.key_id is not None:
            clauses.append(table.key_id == self.key_id)
        if self.user_id is not None:
            clauses.append(table.user_id == self.user_id)
        either = []
        if self.org_ids is not None:
            either.append(table.org_id.in_(list(self.org_ids)))
        if self.user_ids is not None:
            either.append(table.user_id.in_(list(self.user_ids)))
        if either:
            clauses.append(or_(*either))
        return clauses


def since_days(days: int, today: date | None = None) -> date:
    today = today or datetime.now(UTC).date()
    return today - timedelta(days=max(days, 1) - 1)


async def aggregate(
    store: Any, scope: Scope, group_by: Iterable[str] = (), since: date | None = None
) -> list[dict[str, Any]]:
    """Sums of every counter grouped by `group_by` columns, oldest day first."""
    groups = [(_GROUPS[name], name) for name in group_by]
    sums = [func.coalesce(func.sum(getattr(UsageDaily, n)), 0).label(n) for n in _SUMS]
    query = select(*[col.label(name) for col, name in groups], *sums)
    clauses = scope.clauses()
    if since is not None:
        clauses.append(UsageDaily.day >= since)
    if clauses:
        query = query.where(*clauses)
    if groups:
        query = query.group_by(*[col for col, _ in groups]).order_by(*[c for c, _ in groups])
    async with store.session() as session:
        rows = (await session.execute(query)).mappings().all()
    return [_clean(dict(row)) for row in rows]


def _clean(row: dict[str, Any]) -> dict[str, Any]:
    for name in _SUMS:
        row[name] = round(float(row[name]), 6) if name == "cost_usd" else int(row[name])
    if isinstance(row.get("day"), date):
        row["day"] = row["day"].isoformat()
    return row


async def scope_tokens_used(store: Any, scope: str, scope_id: str, period: str) -> int:
    """WaddleAI tokens a user/key/org used in the current UTC day or month."""
    start = period_start(period, datetime.now(UTC))
    if scope == "key":
        narrowed = Scope(key_id=scope_id)
    elif scope == "user":
        narrowed = Scope(user_id=int(scope_id))
    else:
        narrowed = Scope(org_ids=frozenset({int(scope_id)}))
    rows = await aggregate(store, narrowed, since=start)
    return int(rows[0]["waddleai_tokens"]) if rows else 0


async def waddleai_summary(store: Any, scope: Scope, since: date | None) -> dict[str, Any]:
    """`{total_waddleai_tokens, llm_breakdown: {"<provider>_<model>": {input, output}}}`."""
    rows = await aggregate(store, scope, ("provider", "model"), since)
    breakdown = {
        f"{r['provider']}_{r['model']}": {
            "input": r["input_tokens"],
            "output": r["output_tokens"],
            "cached": r["cached_tokens"],
            "waddleai_tokens": r["waddleai_tokens"],
            "requests": r["requests"],
        }
        for r in rows
    }
    return {
        "total_waddleai_tokens": sum(r["waddleai_tokens"] for r in rows),
        "total_cost_usd": round(sum(r["cost_usd"] for r in rows), 6),
        "total_requests": sum(r["requests"] for r in rows),
        "llm_breakdown": breakdown,
    }


async def cost_report(store: Any, scope: Scope, days: int) -> dict[str, Any]:
    """USD per day and per model over the last `days` UTC days (today included)."""
    since = since_days(days)
    daily = await aggregate(store, scope, ("day",), since)
    models = await aggregate(store, scope, ("provider", "model"), since)
    return {
        "days": days,
        "since": since.isoformat(),
        "total_cost_usd": round(sum(r["cost_usd"] for r in daily), 6),
        "total_waddleai_tokens": sum(r["waddleai_tokens"] for r in daily),
        "daily": [_pick(r, "day", "requests", "cost_usd", "waddleai_tokens") for r in daily],
        "by_model": [
            _pick(r, "provider", "model", "requests", "cost_usd", "waddleai_tokens") for r in models
        ],
    }


def _pick(row: dict[str, Any], *names: str) -> dict[str, Any]:
    return {name: row[name] for name in names}


def to_csv(rows: list[dict[str, Any]]) -> str:
    """Any report's rows as CSV (header from the union of keys, in first-seen order)."""
    columns: list[str] = []
    for row in rows:
        columns += [k for k in row if k not in columns]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _flat(v) for k, v in row.items()})
    return out.getvalue()


def _flat(value: Any) -> Any:
    if isinstance(value, dict | list):
        import orjson

        return orjson.dumps(value).decode()
    return value
