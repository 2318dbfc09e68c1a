"""The attempt policy every model call shares (chat, embeddings): which route and key
next, how long to wait, and what the client hears when nothing worked.

Before anything reached the client, a failed attempt moves on: to another key of the
same provider, then the model's other providers, then its fallbacks (ex.routes is in
that order, routing/resolver.py), within `routing.max_attempts` calls and with a
jittered exponential pause between them. A provider whose breaker is open, or whose keys
all rest, costs no attempt: it is skipped. A client error (400, 404, …) is final at once.
When no attempt could be made the client gets 429 (keys resting, with Retry-After) or
502 (keys rejected, providers failing), naming the reason — never a hang.
"""

from __future__ import annotations

import asyncio
import logging
import math
import random
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from waddleai.core.errors import GatewayError
from waddleai.observability.metrics import observe_attempt, observe_fallback
from waddleai.pipeline.exchange import Exchange
from waddleai.providers.errors import UpstreamError
from waddleai.proxy.errors import from_upstream
from waddleai.routing.keys import KeyPool, Lease, Refusal
from waddleai.routing.resolver import Route

log = logging.getLogger("waddleai.requests")

Call = Callable[[Route, Lease], Awaitable[Mapping[str, str] | None]]
"""One upstream call with the chosen key; returns the answer's response headers."""
MAX_PAUSE = 2.0
LEASE = "key_lease"  # ex.state: (pool, lease) of the attempt that answered


def moves_on(exc: UpstreamError) -> bool:
    """Worth another key or provider: rate limits, server errors, rejected keys."""
    return exc.retryable or exc.upstream_status in (401, 403)


async def attempt(ex: Exchange, call: Call, tokens: int) -> None:
    """Serve `ex` through the first route and key that answer (see module docstring)."""
    runtime = ex.runtime
    pools = runtime.keys
    policy = runtime.settings.routing
    made, last = 0, None
    refusals: list[Refusal] = []
    for route in _permitted(ex):
        breaker = pools.breaker(route.provider)
        if not breaker.allows():
            wait = breaker.retry_in()
            refusals.append(Refusal(route.provider.name, "breaker", wait, "circuit open"))
            continue
        pool = pools.pool(route.provider)
        tried: set[str] = set()
        while made < policy.max_attempts:
            lease = await pool.acquire(route.upstream_model, tokens, tried)
            if isinstance(lease, Refusal):
                if lease.state != "tried":
                    refusals.append(lease)
                breaker.released()
                break
            if made:
                await _pause(policy.backoff_ms, made)
            made += 1
            tried.add(lease.spec.id)
            _begin(ex, route, lease, made)
            try:
                headers = await call(route, lease)
            except UpstreamError as exc:
                last = exc
                await _failed(ex, pool, breaker, lease, exc)
                if not moves_on(exc):
                    raise _final(ex, exc) from None
                continue
            except BaseException:  # cancelled (client gone) or not an upstream failure
                breaker.released()  # a half-open breaker must not wait for this probe
                raise
            breaker.succeeded()
            await _succeeded(ex, pool, lease, headers, route)
            return
        if made >= policy.max_attempts:
            break
    if last is not None:
        raise _final(ex, last)
    raise _refused(ex, refusals)


def _permitted(ex: Exchange) -> list[Route]:
    """The exchange's routes; a fallback only when the client's key may use it."""
    principal = ex.principal
    return [
        r
        for r in ex.routes
        if not r.fallback or principal is None or principal.may_use(r.fallback, r.upstream_model)
    ]


def _begin(ex: Exchange, route: Route, lease: Lease, number: int) -> None:
    ex.route, ex.called = route, True
    ex.usage.provider, ex.usage.upstream_model = route.provider.name, route.upstream_model
    ex.usage.attempts = number
    ex.usage.extra["upstream_key"] = lease.spec.id


async def _pause(base_ms: float, made: int) -> None:
    if base_ms <= 0:
        return
    delay = base_ms / 1000 * 2 ** (made - 1) * random.uniform(0.5, 1.5)
    await asyncio.sleep(min(delay, MAX_PAUSE))


async def _failed(ex: Exchange, pool: KeyPool, breaker: Any, lease: Lease, exc: UpstreamError):
    status = exc.upstream_status
    if status is None or status >= 500:
        breaker.failed()
    elif status in (401, 403, 429):
        breaker.released()
    else:
        breaker.succeeded()  # it answered: the provider is up, the request was refused
    observe_attempt(pool.provider, str(status or exc.kind))
    log.info(
        "attempt failed",
        extra={
            "fields": {
                "request_id": ex.request_id,
                "attempt": ex.usage.attempts,
                "provider": pool.provider,
                "upstream_key": lease.spec.id,
                "upstream_status": status,
                "error": exc.message,
            }
        },
    )
    await pool.failed(lease, exc)


async def _succeeded(
    ex: Exchange, pool: KeyPool, lease: Lease, headers: Mapping[str, str] | None, route: Route
) -> None:
    observe_attempt(pool.provider, "ok")
    if route.fallback:
        observe_fallback(ex.model, route.fallback)
        ex.response_headers["X-WaddleAI-Fallback"] = route.fallback
    if ex.usage.stream:
        ex.state[LEASE] = (pool, lease)  # the real tokens are known when the stream ends
        await pool.succeeded(lease, headers)
    else:
        await pool.succeeded(lease, headers, ex.usage.input_tokens + ex.usage.output_tokens)


def _final(ex: Exchange, exc: UpstreamError) -> GatewayError:
    ex.usage.status, ex.usage.error = exc.status, exc.message
    return from_upstream(exc)


def _refused(ex: Exchange, refusals: list[Refusal]) -> GatewayError:
    """No call could be made: say why (see module docstring)."""
    where = "; ".join(f"{r.provider}: {r.detail}" for r in refusals) or "no route"
    waiting = [r.wait for r in refusals if r.state in ("resting", "limited")]
    if waiting and all(r.state in ("resting", "limited", "tried") for r in refusals):
        retry = max(1, math.ceil(min(waiting)))
        message = (
            f"Every upstream key for '{ex.model}' is resting or at its limit ({where}); "
            f"retry in {retry} s"
        )
        return GatewayError(
            429, message, code="upstream_keys_resting", headers={"Retry-After": str(retry)}
        )
    headers = {}
    retry = [r.wait for r in refusals if r.wait > 0]
    if retry:
        headers["Retry-After"] = str(max(1, math.ceil(min(retry))))
    return GatewayError(
        502,
        f"No upstream can serve '{ex.model}' right now ({where})",
        code="upstream_unavailable",
        headers=headers,
    )


def settle_lease(ex: Exchange) -> None:
    """A finished stream's real tokens, for keys with max_tokens_per_minute (no waiting)."""
    held = ex.state.pop(LEASE, None)
    if held is None:
        return
    pool, lease = held
    if not lease.spec.tpm:
        return
    tokens = ex.usage.input_tokens + ex.usage.output_tokens
    task = asyncio.get_running_loop().create_task(pool.settle_tokens(lease, tokens))
    _TASKS.add(task)
    task.add_done_callback(_TASKS.discard)


_TASKS: set[asyncio.Task[Any]] = set()
