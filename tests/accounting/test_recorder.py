"""One bad request never stops usage recording (both databases; PostgreSQL is the strict one).

PostgreSQL refuses a NUL character, a model name longer than its VARCHAR(200) and an
integer beyond its column; one such record used to fail its whole batch, which was then
retried forever, so no later request on that replica was recorded either.
"""

from __future__ import annotations

import asyncio
import json
import secrets
from datetime import UTC, datetime

import httpx
from prometheus_client import REGISTRY
from sqlalchemy import func, select

from tests.accounting.helpers import Accounts
from waddleai.accounting.recorder import UsageRecorder, event_row
from waddleai.auth.principal import Principal as KeyPrincipal
from waddleai.core.usage import UsageEvent
from waddleai.store.bulk import GROUP, group_sizes
from waddleai.store.usage_models import UsageDaily, UsageRecord

POISONED_MODELS = ["claude-" + "x" * 300, "claude-\x00nul", "claude-\ud800surrogate"]


def _event(request_id: str, model: str, cost_usd: float = 0.0001, **fields) -> UsageEvent:
    who = KeyPrincipal("k-" + request_id[-6:], user_id=None, org_id=None)
    event = UsageEvent(request_id, who, "anthropic", model, provider="p", upstream_model=model)
    for name, value in fields.items():
        setattr(event, name, value)
    event.extra.update(waddleai_tokens=10, cost_usd=cost_usd)
    return event


def _dropped(reason: str) -> float:
    value = REGISTRY.get_sample_value("waddleai_usage_records_dropped_total", {"reason": reason})
    return value or 0.0


async def _records(store, prefix: str) -> list[UsageRecord]:
    from sqlalchemy import select

    query = select(UsageRecord).where(UsageRecord.request_id.like(prefix + "%"))
    async with store.session() as session:
        return list((await session.execute(query.order_by(UsageRecord.id))).scalars())


async def test_poisoned_events_are_fitted_and_every_record_is_written(acct_store) -> None:
    prefix = f"fit-{secrets.token_hex(4)}-"
    recorder = UsageRecorder(acct_store)
    for i in range(120):
        model = POISONED_MODELS[i % 3] if i % 40 == 7 else "claude-good"
        recorder(_event(f"{prefix}{i:03d}", model, input_tokens=2**40 if i == 50 else 5))
    recorder(_event(prefix + "x" * 300, "claude-good", cost_usd=float("nan")))
    assert await recorder.flush() == 121
    rows = await _records(acct_store, prefix)
    assert len(rows) == 121
    odd = [r for r in rows if r.model != "claude-good"]
    assert sorted(len(r.model) for r in odd) == sorted([200, len("claude-nul"), 17])
    assert all("\x00" not in r.model for r in rows)
    assert max(r.input_tokens for r in rows) == 2**31 - 1


async def test_a_row_the_database_refuses_is_set_aside_and_the_rest_are_written(
    acct_store,
) -> None:
    """Rows that slipped past fitting (here put straight into the buffer) are bisected out."""
    prefix = f"bis-{secrets.token_hex(4)}-"
    recorder = UsageRecorder(acct_store)
    at = datetime.now(UTC)
    rows = [event_row(_event(f"{prefix}{i:03d}", "m"), at) for i in range(121)]
    rows[33] = {**rows[33], "waddleai_tokens": 2**70}  # beyond BIGINT: refused by both
    rows[90] = {**rows[90], "status": "not-a-number"}
    recorder._buffer.extend(rows)
    before = _dropped("rejected")
    assert await recorder.flush() == 119
    assert recorder._buffer == [], "nothing left to retry forever"
    assert _dropped("rejected") - before == 2
    kept = {r.request_id for r in await _records(acct_store, prefix)}
    assert kept == {row["request_id"] for i, row in enumerate(rows) if i not in (33, 90)}


async def test_a_bad_row_in_one_chunk_costs_only_that_row(acct_store) -> None:
    """Chunks are written one transaction each; a refused chunk is retried row by row,
    so its other rows, every other chunk and the daily sums all land."""
    prefix = f"chk-{secrets.token_hex(4)}-"
    model = "m-" + prefix
    recorder = UsageRecorder(acct_store, chunk=50)
    at = datetime.now(UTC)
    rows = [event_row(_event(f"{prefix}{i:03d}", model, input_tokens=3), at) for i in range(130)]
    rows[77] = {**rows[77], "waddleai_tokens": 2**70}  # past the door: refused by both
    recorder._buffer.extend(rows)
    before = _dropped("rejected")
    assert await recorder.flush() == 129
    assert recorder._buffer == []
    assert _dropped("rejected") - before == 1
    records = await _records(acct_store, prefix)
    assert {r.request_id for r in records} == {
        row["request_id"] for i, row in enumerate(rows) if i != 77
    }
    first = records[0]  # written through the driver's executemany: same values back
    assert (first.at, first.model, first.input_tokens, first.stream) == (at, model, 3, False)
    assert first.cost_usd == rows[0]["cost_usd"] and first.key_id == rows[0]["key_id"]
    async with acct_store.session() as session:
        daily = select(func.sum(UsageDaily.requests), func.sum(UsageDaily.input_tokens))
        sums = (await session.execute(daily.where(UsageDaily.model == model))).one()
    assert tuple(sums) == (129, 129 * 3), "the daily sums count exactly the written rows"


class _DownEngine:
    def begin(self):
        raise ConnectionRefusedError(111, "Connect call failed")


class _DownStore:
    """A store whose database cannot be reached (every connection attempt is refused)."""

    dialect = "postgresql"
    engine = _DownEngine()

    def transaction(self):
        raise ConnectionRefusedError(111, "Connect call failed")

    def session(self):
        raise ConnectionRefusedError(111, "Connect call failed")


async def test_an_unreachable_database_drops_nothing() -> None:
    recorder = UsageRecorder(_DownStore())
    for i in range(10):
        recorder(_event(f"down-{i}", "m"))
    before = _dropped("rejected")
    assert await recorder.flush() == 0
    assert len(recorder._buffer) == 10, "kept for the next tick"
    assert [r["request_id"] for r in recorder._buffer] == [f"down-{i}" for i in range(10)]
    assert _dropped("rejected") == before


async def test_poisoned_requests_through_the_gateway_stop_no_record(
    accounts: Accounts, fresh_mock
) -> None:
    principal = await accounts.create()
    headers = {"x-api-key": principal.raw_key, "anthropic-version": "2023-06-01"}
    body = {"max_tokens": 5, "messages": [{"role": "user", "content": "hi"}]}
    models = ["claude-sonnet-4-20250514"] * 20
    for index, poisoned in zip((3, 9, 15), POISONED_MODELS, strict=True):
        models[index] = poisoned
    async with httpx.AsyncClient(base_url=accounts.url, timeout=30) as client:
        replies = await asyncio.gather(
            *[
                client.post(
                    "/v1/messages",
                    content=json.dumps({**body, "model": m}),  # \u0000, \ud800 escaped
                    headers={**headers, "content-type": "application/json"},
                )
                for m in models
            ]
        )
    assert all(r.status_code < 500 for r in replies), [r.text for r in replies]
    served = sum(r.status_code == 200 for r in replies)
    # The door refuses an over-long or NUL model name (400); a lone surrogate may be
    # refused as invalid JSON. Every other request is served and recorded.
    assert [replies[i].status_code for i in (3, 9)] == [400, 400]
    assert served >= len(models) - 3
    rows = await accounts.wait_records(served, user_id=principal.user_id)
    await asyncio.sleep(0.6)  # a flush more: nothing else arrives
    assert len(await accounts.records(user_id=principal.user_id)) == served == len(rows)
    assert all(len(r.requested_model) <= 200 and "\x00" not in r.requested_model for r in rows)


async def test_on_sqlite_a_chunk_is_a_few_multi_row_statements(acct_store) -> None:
    """sqlite3's executemany gives the GIL back around every row; on a busy proxy each
    retake waited behind the event loop and the writer fell behind (~2,000 rows/s while
    the proxy served 4,000 req/s, its backlog growing without end). A chunk is a few
    `VALUES (...), (...)` statements of fixed sizes instead (store/bulk.py), and every
    row still lands."""
    from sqlalchemy import event as sa_event

    if acct_store.dialect != "sqlite":
        return  # asyncpg's executemany is one pipelined call on the loop already
    inserts: list[bool] = []

    def seen(conn, cursor, statement, parameters, context, executemany) -> None:  # noqa: ANN001
        if statement.startswith("INSERT INTO usage_records"):
            inserts.append(executemany)

    sync_engine = acct_store.engine.sync_engine
    sa_event.listen(sync_engine, "before_cursor_execute", seen)
    try:
        prefix = f"multi-{secrets.token_hex(4)}-"
        recorder = UsageRecorder(acct_store, chunk=500)
        for i in range(1200):
            recorder(_event(f"{prefix}{i:04d}", "claude-good"))
        assert await recorder.flush() == 1200
    finally:
        sa_event.remove(sync_engine, "before_cursor_execute", seen)
    expected = group_sizes(500, GROUP) * 2 + group_sizes(200, GROUP)  # three chunks
    assert inserts == [False] * len(expected), "plain statements, no executemany"
    rows = await _records(acct_store, prefix)
    assert [r.request_id for r in rows] == [f"{prefix}{i:04d}" for i in range(1200)]
