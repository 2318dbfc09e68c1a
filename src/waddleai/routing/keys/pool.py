"""A provider's key pool: the gateway, not the provider, chooses the key of each call.

The strategy orders the keys (round_robin: smooth weighted round robin; least_used:
fewest requests in the last minute per unit of weight; weighted_random: a random order
drawn by weight); keys whose provider reported less than `safety_margin` of a window
left, or that used that much of their configured per-minute limits, go last; the shared
state (state.py) then takes the first one that is not resting, out or at its limit.
"""

from __future__ import annotations

import hashlib
import logging
import random
import time
from collections import OrderedDict
from collections.abc import Callable, Collection
from dataclasses import dataclass

from waddleai.config.settings import LoadBalancing, ProviderConfig
from waddleai.observability.metrics import observe_key_rest
from waddleai.providers.errors import UpstreamError
from waddleai.routing.keys.headers import Signal, read_signal, retry_after
from waddleai.routing.keys.state import Backoff, KeySpec, KeyStates, KeyView, Report

log = logging.getLogger("waddleai.routing")
DEFAULT_RATE_REST = 2.0  # a 429 with neither Retry-After nor reset headers
MAX_MODELS = 1000  # models whose key views a pool remembers
FAILING = "failing"


@dataclass(frozen=True, slots=True)
class Lease:
    """The key chosen for one attempt."""

    spec: KeySpec
    index: int
    model: str  # the upstream model: rests and header windows are per key and model
    tokens: int  # counted against the key's tokens-per-minute at pick time


@dataclass(frozen=True, slots=True)
class Refusal:
    """No key of the pool could be used: why, and when one will be again."""

    provider: str
    state: str  # resting | limited | failing | out | breaker | tried
    wait: float
    detail: str


def key_id(provider: str, secret: str) -> str:
    """Stable across replicas and restarts, and reveals nothing of the key."""
    return f"{provider}:{hashlib.sha256(secret.encode()).hexdigest()[:12]}"


def mask(secret: str) -> str:
    if not secret:
        return "(none)"
    if len(secret) <= 12:
        return secret[:2] + "…"
    return f"{secret[:4]}…{secret[-4:]}"


def fingerprint(config: ProviderConfig) -> str:
    """Changes whenever the provider's configuration does: a key taken out comes back."""
    return hashlib.sha256(config.model_dump_json().encode()).hexdigest()[:12]


class KeyPool:
    def __init__(
        self, config: ProviderConfig, states: KeyStates, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._clock = clock
        self.provider = config.name
        self.balancing: LoadBalancing = config.load_balancing
        self.fingerprint = fingerprint(config)
        self.specs = tuple(
            KeySpec(
                key_id(config.name, k.key),
                k.key,
                k.weight,
                k.max_requests_per_minute,
                k.max_tokens_per_minute,
                mask(k.key),
            )
            for k in config.api_keys
        ) or (KeySpec(key_id(config.name, ""), "", masked="(none)"),)
        self._states = states
        self._current = [0.0] * len(self.specs)  # smooth weighted round robin
        self._total = sum(s.weight for s in self.specs)
        self._views: OrderedDict[str, list[KeyView]] = OrderedDict()  # per model, last seen
        b = self.balancing
        self._backoff = Backoff(b.failure_threshold, b.backoff_base_seconds, b.backoff_max_seconds)

    def views(self, model: str) -> list[KeyView]:
        """The keys as last seen for `model` (bounded: least recent models dropped)."""
        views = self._views.pop(model, None) or [KeyView() for _ in self.specs]
        self._views[model] = views
        while len(self._views) > MAX_MODELS:
            self._views.popitem(last=False)
        return views

    @property
    def models(self) -> list[str]:
        return list(self._views)

    # -- choosing ------------------------------------------------------------------------
    def order(self, model: str, exclude: Collection[str] = ()) -> list[int]:
        """Preference order of the keys for the next call (see module docstring)."""
        if len(self.specs) == 1:  # one key: no strategy to apply, nothing to rank
            return [] if self.specs[0].id in exclude else [0]
        strategy = self.balancing.strategy
        indexes = range(len(self.specs))
        views = self.views(model)
        if strategy == "weighted_random":
            draw = {i: random.random() ** (1.0 / self.specs[i].weight) for i in indexes}
            ranked = sorted(indexes, key=lambda i: -draw[i])
        elif strategy == "least_used":
            ranked = sorted(indexes, key=lambda i: views[i].requests / self.specs[i].weight)
        else:
            ranked = self._round_robin()
        usable = [i for i in ranked if self.specs[i].id not in exclude]
        # sorted is stable: the strategy's order holds within each rank
        now = self._clock()
        return sorted(usable, key=lambda i: self._rank(views[i], self.specs[i], now))

    def _round_robin(self) -> list[int]:
        current = self._current
        for i, spec in enumerate(self.specs):
            current[i] += spec.weight
        best = max(range(len(current)), key=lambda i: current[i])
        current[best] -= self._total
        n = len(current)
        return [(best + step) % n for step in range(n)]

    def _rank(self, view: KeyView, spec: KeySpec, now: float) -> int:
        """0: fine, 1: low on its window (chosen last), 2: known to be unusable."""
        if view.state == "out" or view.waiting(now):
            return 2
        margin = self.balancing.safety_margin
        if view.share is not None and view.share < margin:
            return 1
        if spec.rpm and view.requests >= spec.rpm * (1 - margin):
            return 1
        if spec.tpm and view.tokens >= spec.tpm * (1 - margin):
            return 1
        return 0

    async def acquire(
        self, model: str, tokens: int, exclude: Collection[str] = ()
    ) -> Lease | Refusal:
        """The key for the next call to `model`, counted against its limits; or why none."""
        order = self.order(model, exclude)
        if not order:
            return Refusal(self.provider, "tried", 0.0, "every key was tried")
        specs = [self.specs[i] for i in order]
        skip = [False] * len(specs)
        chosen, views = await self._states.pick(specs, model, tokens, self.fingerprint, skip)
        known, seen = self.views(model), self._clock()
        for i, view in zip(order, views, strict=False):  # views may stop at the key taken
            view.seen = seen
            known[i] = view
        if chosen >= 0:
            return Lease(specs[chosen], order[chosen], model, tokens)
        return _refusal(self.provider, views)

    async def snapshot(self, model: str) -> list[KeyView]:
        """Every key's current view for `model`, counting nothing (for /api/status)."""
        skip = [True] * len(self.specs)
        _, views = await self._states.pick(self.specs, model, 0, self.fingerprint, skip)
        return views  # nothing is taken: every key's view

    # -- what the answer said ------------------------------------------------------------
    async def succeeded(self, lease: Lease, headers: object, tokens: int | None = None) -> None:
        """Record a good answer: its headers' windows, a spent window, the real tokens."""
        signal = read_signal(headers)  # type: ignore[arg-type]
        delta = 0 if tokens is None or not lease.spec.tpm else tokens - lease.tokens
        view = self.views(lease.model)[lease.index]
        if not signal.known and not delta and not view.fails:
            return  # nothing to record: no round trip
        await self._report(lease, _with_signal(Report("ok", token_delta=delta), signal))

    async def settle_tokens(self, lease: Lease, tokens: int) -> None:
        """A stream's real token count, once it ended (tokens-per-minute only)."""
        if lease.spec.tpm and tokens != lease.tokens:
            await self._report(lease, Report("ok", token_delta=tokens - lease.tokens))

    async def failed(self, lease: Lease, exc: UpstreamError) -> None:
        signal = read_signal(exc.headers)
        status = exc.upstream_status
        if status == 429:
            rest = retry_after(exc.headers) or signal.exhausted_for or DEFAULT_RATE_REST
            report = Report("rate", "rate limited (429)", rest=rest)
        elif status in (401, 403):
            reason = f"rejected by the provider ({status})"
            report = Report("out", reason)
            log.error(
                "upstream key %s (%s) of provider %s was rejected with HTTP %s: it is out "
                "of rotation until the provider's configuration changes",
                lease.spec.id,
                lease.spec.masked,
                self.provider,
                status,
            )
        elif status is None or status >= 500:
            report = Report("fail", f"{FAILING} ({exc.kind}, HTTP {status or '-'})")
        else:
            report = Report("ok")  # the request was refused, not the key
        await self._report(lease, _with_signal(report, signal))

    async def _report(self, lease: Lease, report: Report) -> None:
        rest, fails = await self._states.report(
            lease.spec, lease.model, report, self.fingerprint, self._backoff
        )
        view = self.views(lease.model)[lease.index]
        view.fails = fails
        if report.share is not None:
            view.share, view.windows = report.share, report.windows
        if report.kind == "out":
            view.state, view.reason = "out", report.reason
            observe_key_rest(self.provider, "out")
        elif rest > 0:
            view.state, view.wait, view.reason = "resting", rest, report.reason
            view.seen = self._clock()
            observe_key_rest(self.provider, report.kind)
            log.warning(
                "upstream key %s of provider %s rests %.1f s: %s",
                lease.spec.id,
                self.provider,
                rest,
                report.reason if report.exhausted_for <= report.rest else "window exhausted",
            )


def _with_signal(report: Report, signal: Signal) -> Report:
    if not signal.known:
        return report
    windows = ", ".join(f"{w.name} {w.remaining:g}/{w.limit:g}" for w in signal.windows[:8])
    return Report(
        report.kind,
        report.reason,
        report.rest,
        signal.share,
        signal.share_reset,
        signal.exhausted_for,
        windows[:300],
        report.token_delta,
    )


def _refusal(provider: str, views: list[KeyView]) -> Refusal:
    waiting = [v for v in views if v.state in ("resting", "limited")]
    if waiting:
        reasons = ", ".join(sorted({v.reason for v in waiting if v.reason}))
        wait = min(v.wait for v in waiting)
        if all(v.reason.startswith(FAILING) for v in waiting):
            return Refusal(provider, "failing", wait, reasons)
        state = "limited" if all(v.state == "limited" for v in waiting) else "resting"
        return Refusal(provider, state, wait, reasons or state)
    return Refusal(provider, "out", 0.0, "every key was rejected by the provider (401/403)")
