"""Usage sinks run after the answer is written, never before it, and never get lost."""

from __future__ import annotations

import asyncio
from typing import Any

from tests.proxy.test_coalesce import RecordingTransport, _head, _serve_one
from waddleai.config.settings import Settings
from waddleai.core.usage import UsageEvent
from waddleai.proxy.runtime import ProxyRuntime


def _runtime(*sinks: Any) -> ProxyRuntime:
    runtime = ProxyRuntime(Settings(), None, None, None, keys=object())  # type: ignore[arg-type]
    runtime.usage_sinks += list(sinks)
    return runtime


def _event(request_id: str = "req_1") -> UsageEvent:
    return UsageEvent(request_id, None, "openai", "gpt-4o", input_tokens=10, output_tokens=5)


async def test_the_answer_is_on_the_wire_before_its_bookkeeping_runs() -> None:
    seen: list[int] = []
    settled: list[int] = []
    transport = RecordingTransport()
    runtime = _runtime(lambda event: seen.append(len(transport.writes)))
    runtime.settle_sinks.append(lambda event: settled.append(len(transport.writes)))

    async def app(scope: Any, receive: Any, send: Any) -> None:
        await receive()
        runtime.record(_event())  # what settle() does just before the answer is sent
        await send(_head(200, (b"content-length", b"11")))
        await send({"type": "http.response.body", "body": b'{"ok":true}'})

    await _serve_one(app, transport=transport)
    assert len(transport.writes) == 1
    assert seen == [1]  # the sink ran once, and the answer had already been written
    assert settled == [0]  # quota settlement: before it, for the key's next request


async def test_a_request_arriving_after_the_answer_sees_the_sinks_done() -> None:
    order: list[str] = []
    runtime = _runtime(lambda event: order.append("sunk " + event.request_id))
    loop = asyncio.get_running_loop()

    async def next_request() -> None:
        order.append("next request")

    runtime.record(_event())
    # The earliest a next request can start: its bytes arrive in a callback that runs
    # after the answer's write (queued in this turn), and that callback starts a task.
    loop.call_soon(lambda: loop.create_task(next_request()))
    for _ in range(3):
        await asyncio.sleep(0)
    assert order == ["sunk req_1", "next request"]


async def test_a_failing_sink_spoils_no_other_and_no_later_event() -> None:
    kept: list[str] = []

    def broken(event: UsageEvent) -> None:
        raise RuntimeError("boom")

    runtime = _runtime(broken, lambda event: kept.append(event.request_id))
    runtime.record(_event("req_1"))
    runtime.record(_event("req_2"))
    for _ in range(3):
        await asyncio.sleep(0)
    assert kept == ["req_1", "req_2"]


async def test_close_sinks_what_is_still_waiting() -> None:
    kept: list[str] = []
    runtime = _runtime(lambda event: kept.append(event.request_id))
    runtime.generations = _NoGenerations()  # type: ignore[assignment]
    runtime.authenticator = _NoGenerations()  # type: ignore[assignment]
    runtime.record(_event())
    await runtime.close()  # no loop hop before it: the event must not wait for one
    assert kept == ["req_1"]


def test_outside_a_loop_the_sinks_run_at_once() -> None:
    kept: list[str] = []
    _runtime(lambda event: kept.append(event.request_id)).record(_event())
    assert kept == ["req_1"]


def test_the_charge_is_made_before_the_answer_even_when_sinks_wait() -> None:
    async def run() -> UsageEvent:
        runtime = _runtime()
        event = _event()
        runtime.record(event)
        return event

    event = asyncio.run(run())
    assert "waddleai_tokens" in event.extra


class _NoGenerations:
    async def close(self) -> None:
        pass
