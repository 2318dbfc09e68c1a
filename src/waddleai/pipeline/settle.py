"""Settling: the one place a request's end is accounted, whatever ended it.

Every exchange is settled exactly once - answered, refused, failed upstream, streamed to
the end, or abandoned by its client: the concurrency slot is given back, the quota
reservation settled to the real charge (or released), the usage priced once and handed
to the sinks (metrics, request log, quota counters, usage records), and the resolver
generation's lease returned.
"""

from __future__ import annotations

import time

from waddleai.accounting.quota import HOLD
from waddleai.pipeline.counting import count_sent, count_text
from waddleai.pipeline.exchange import Exchange
from waddleai.pipeline.operations.attempts import settle_lease


async def complete_usage(ex: Exchange) -> None:
    """Fill in usage the upstream did not report (see pipeline/counting.py).

    A stream cut short by its client (499) gets the rough estimate: loading 100+ MB of
    BPE tables because a client hung up would let disconnects inflate every replica.
    """
    event = ex.usage
    if not ex.called or event.has_usage or (ex.answer is None and ex.stream is None):
        return
    if not ex.operation.charged:
        return
    if event.status == 499:
        event.input_tokens = ex.prompt_estimate()
        event.usage_source = "estimated"
        return
    event.input_tokens = await count_sent(ex)
    text = ex.state.get("output_text")
    if isinstance(text, str):
        event.output_tokens = await count_text(text, event.upstream_model)
        event.usage_source = "counted"
    else:  # a stream relayed as bytes: about one token per content delta
        event.output_tokens = int(event.extra.pop("output_chunks", 0) or 0)  # type: ignore[call-overload]
        event.usage_source = "estimated"


def settle(ex: Exchange) -> None:
    """See module docstring. Synchronous: nothing here waits on I/O."""
    if ex.settled:
        return
    ex.settled = True
    runtime = ex.runtime
    if ex.state.pop("slot", False):
        runtime.in_flight -= 1
    if ex.called:
        event = ex.usage
        settle_lease(ex)
        event.latency_ms = (time.perf_counter() - ex.started) * 1000
        if ex.hold is not None:
            event.extra[HOLD] = ex.hold  # the quota gate's sink settles it
        runtime.record(event)
    elif ex.hold is not None and runtime.quota is not None:
        runtime.quota.release(ex.hold)
    if ex.resolver is not None:
        runtime.generations.release(ex.resolver)
        ex.resolver = None


async def finish_stream(ex: Exchange) -> None:
    """Close the upstream and settle; for a stream, whichever way it ended."""
    if ex.settled:
        return
    event = ex.usage
    if event.status == 200 and event.error is None and not ex.state.get("stream_finished"):
        event.status, event.error = 499, "client disconnected"
    upstream = ex.state.pop("upstream", None)
    try:
        if upstream is not None:
            await upstream.aclose()
        await complete_usage(ex)
    finally:
        settle(ex)
