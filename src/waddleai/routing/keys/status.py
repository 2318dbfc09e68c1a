"""The key-state section of /api/status and `waddleai health upstream`: each provider's
keys (masked), their state (ready, resting until, limited, out), what is left of their
windows, and the provider's circuit breaker."""

from __future__ import annotations

import time
from typing import Any

from waddleai.routing.keys import KeyPools
from waddleai.routing.keys.state import KeyView

_RANK = {"out": 3, "resting": 2, "limited": 1, "ready": 0}
MAX_MODELS_SHOWN = 20


async def key_status(pools: KeyPools, providers: list[Any]) -> list[dict[str, Any]]:
    """One entry per provider: its breaker and its keys, worst state over its models."""
    now = time.time()
    out = []
    for provider in providers:
        pool = pools.pool(provider)
        models = pool.models[-MAX_MODELS_SHOWN:] or [""]
        per_model = {model: await pool.snapshot(model) for model in models}
        keys = []
        for index, spec in enumerate(pool.specs):
            views = {m: v[index] for m, v in per_model.items()}
            keys.append(_key_entry(spec, views, now))
        out.append(
            {
                "provider": provider.name,
                "strategy": pool.balancing.strategy,
                "breaker": pools.breaker_state(provider.name),
                "keys": keys,
            }
        )
    return out


def _key_entry(spec: Any, views: dict[str, KeyView], now: float) -> dict[str, Any]:
    worst_model, worst = max(views.items(), key=lambda item: _RANK.get(item[1].state, 0))
    entry: dict[str, Any] = {
        "id": spec.id,
        "key": spec.masked,
        "weight": spec.weight,
        "state": worst.state,
        "requests_last_minute": worst.requests,
        "tokens_last_minute": worst.tokens,
        "max_requests_per_minute": spec.rpm,
        "max_tokens_per_minute": spec.tpm,
    }
    if worst.state in ("resting", "limited"):
        entry["until"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now + worst.wait))
        entry["seconds_left"] = round(worst.wait, 1)
    if worst.state != "ready" and worst.reason:
        entry["reason"] = worst.reason
    if worst_model and worst.state != "ready":
        entry["model"] = worst_model
    shares = [v.share for v in views.values() if v.share is not None]
    if shares:
        entry["remaining_share"] = round(min(shares), 3)
    windows = [f"{m}: {v.windows}" if m else v.windows for m, v in views.items() if v.windows]
    if windows:
        entry["windows"] = windows[:MAX_MODELS_SHOWN]
    return entry
