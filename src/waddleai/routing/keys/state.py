"""Per-key state shared by every replica: rests, failures, header windows, minute logs.

Per key and upstream model (providers limit each model of a key separately, and their
rate-limit headers describe that model): until when it rests and why, consecutive
failures, the smallest remaining share its provider last reported. Per key: whether it
is out (401/403, until the provider's configuration changes: `fingerprint`), and the
requests and tokens it was given in the last minute (max_requests_per_minute /
max_tokens_per_minute are limits of the key).

`pick` walks the keys in the pool's preference order and takes the first usable one,
counting the request against it in the same step; `report` records what an answer said.
Without Redis the records live in this process; with REDIS_URL each is one Lua call
(Redis clock), so N replicas share one limit and one rest per key.
"""

from __future__ import annotations

import logging
import os
import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from waddleai.routing.keys.limits import MinuteLog

log = logging.getLogger("waddleai.routing")

WINDOW_MS = 60_000
STATE_TTL_MS = 7 * 86_400_000


@dataclass(frozen=True, slots=True)
class KeySpec:
    """One configured upstream key. `id` names it everywhere (logs, Redis, status)."""

    id: str
    secret: str
    weight: int = 1
    rpm: int | None = None
    tpm: int | None = None
    masked: str = ""


@dataclass(slots=True)
class KeyView:
    """A key as the last pick saw it."""

    state: str = "ready"  # ready | resting | limited | out
    wait: float = 0.0  # seconds until usable again (resting, limited)
    reason: str = ""
    requests: int = 0  # in the last minute
    tokens: int = 0  # in the last minute
    share: float | None = None  # smallest remaining share the provider reported
    fails: int = 0
    windows: str = ""  # the provider's last reported windows, for /api/status
    seen: float = 0.0  # time.monotonic() when this view was taken (the pool sets it)

    def waiting(self, now: float) -> bool:
        """Still resting or limited `now` (a view may be older than its rest)."""
        return self.state in ("resting", "limited") and self.seen + self.wait > now


@dataclass(frozen=True, slots=True)
class Report:
    """What one attempt's answer says about its key."""

    kind: str  # ok | rate | fail | out
    reason: str = ""
    rest: float = 0.0  # rate: seconds to rest (Retry-After or reset headers)
    share: float | None = None  # from the rate-limit headers, if any
    share_reset: float = 0.0
    exhausted_for: float = 0.0  # a window is at 0: rest this long
    windows: str = ""
    token_delta: int = 0  # real tokens minus the estimate counted at pick time


@dataclass(frozen=True, slots=True)
class Backoff:
    threshold: int = 3
    base: float = 1.0
    most: float = 300.0


def _member() -> str:
    return f"{time.time_ns()}-{os.urandom(4).hex()}"


class KeyStates:
    async def pick(
        self,
        specs: Sequence[KeySpec],
        model: str,
        tokens: int,
        fingerprint: str,
        skip: Sequence[bool],
    ) -> tuple[int, list[KeyView]]:
        """Index of the key taken (-1: none usable) and the keys' views, in `specs` order.

        The views may stop at the key taken (the in-process form does: the keys after it
        were not looked at, their last views still hold)."""
        raise NotImplementedError

    async def report(
        self, spec: KeySpec, model: str, report: Report, fingerprint: str, backoff: Backoff
    ) -> tuple[float, int]:
        """Record an answer; returns (seconds the key now rests, failures in a row)."""
        raise NotImplementedError


@dataclass(slots=True)
class _Record:
    """One key and model."""

    rest_until: float = 0.0
    reason: str = ""
    fails: int = 0
    share: float = -1.0
    share_until: float = 0.0
    windows: str = ""


@dataclass(slots=True)
class _KeyRecord:
    """One key, whatever the model."""

    out: str = ""  # the fingerprint the key was taken out under
    reason: str = ""
    requests: MinuteLog = field(default_factory=MinuteLog)
    tokens: MinuteLog = field(default_factory=MinuteLog)


MAX_RECORDS = 50_000  # (key, model) records kept in process; the least recent go first


class MemoryKeyStates(KeyStates):
    """In-process records (one replica). The event loop makes each call atomic."""

    def __init__(self, clock: Any = time.time) -> None:
        self._clock = clock
        self._records: OrderedDict[tuple[str, str], _Record] = OrderedDict()
        self._keys: dict[str, _KeyRecord] = {}

    def _record(self, spec: KeySpec, model: str) -> _Record:
        record = self._records.pop((spec.id, model), None) or _Record()
        self._records[(spec.id, model)] = record
        while len(self._records) > MAX_RECORDS:
            self._records.popitem(last=False)
        return record

    def _key(self, spec: KeySpec) -> _KeyRecord:
        record = self._keys.get(spec.id)
        if record is None:
            record = self._keys[spec.id] = _KeyRecord()
        return record

    async def pick(self, specs, model, tokens, fingerprint, skip):  # type: ignore[no-untyped-def]
        now = self._clock()
        chosen, views = -1, []
        for index, spec in enumerate(specs):
            record, key = self._record(spec, model), self._key(spec)
            view = self._view(spec, record, key, now, tokens, fingerprint)
            if view.state == "ready" and chosen < 0 and not skip[index]:
                chosen = index
                key.requests.add(now, 1)
                if tokens:
                    key.tokens.add(now, tokens)
                view.requests += 1
                view.tokens += tokens
            views.append(view)
            if chosen >= 0:
                break
        return chosen, views

    def _view(
        self,
        spec: KeySpec,
        record: _Record,
        key: _KeyRecord,
        now: float,
        tokens: int,
        fingerprint: str,
    ) -> KeyView:
        count = key.requests.total(now)
        used = key.tokens.total(now)
        share = record.share if record.share >= 0 and record.share_until > now else None
        view = KeyView("ready", 0.0, record.reason, count, used, share, record.fails)
        view.windows = record.windows
        if key.out and key.out == fingerprint:
            view.state, view.reason = "out", key.reason
        elif record.rest_until > now:
            view.state, view.wait = "resting", record.rest_until - now
        elif spec.rpm is not None and count >= spec.rpm:
            view.state, view.reason = "limited", "max_requests_per_minute"
            view.wait = key.requests.frees_in(now)
        elif spec.tpm is not None and used > 0 and used + tokens > spec.tpm:
            view.state, view.reason = "limited", "max_tokens_per_minute"
            view.wait = key.tokens.frees_in(now)
        return view

    async def report(self, spec, model, report, fingerprint, backoff):  # type: ignore[no-untyped-def]
        now = self._clock()
        record, key = self._record(spec, model), self._key(spec)
        rest, reason = 0.0, report.reason
        if report.kind == "ok":
            record.fails = 0
        elif report.kind == "fail":
            record.fails += 1
            if record.fails >= backoff.threshold:
                rest = min(backoff.most, backoff.base * 2 ** (record.fails - backoff.threshold))
        elif report.kind == "rate":
            rest = report.rest
        elif report.kind == "out":
            key.out, key.reason = fingerprint, reason
        if report.share is not None:
            record.share, record.share_until = report.share, now + report.share_reset
            record.windows = report.windows
        if report.exhausted_for > rest:
            rest, reason = report.exhausted_for, "window exhausted"
        if rest > 0:
            until = now + rest
            if until > record.rest_until:
                record.rest_until, record.reason = until, reason
            rest = record.rest_until - now
        if report.token_delta:
            key.tokens.add(now, report.token_delta)
        return rest, record.fails


# KEYS: per key (key+model hash, request log, token log, key hash), in preference order.
# ARGV: fingerprint, tokens, member, then per key: rpm, tpm (-1: none), skip (1/0).
# Returns {chosen (1-based, 0: none), {{state, wait_ms, reason, requests, tokens,
# share ('-1': unknown), fails, windows}, ...}}.
_PICK = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local fp, tokens, member = ARGV[1], tonumber(ARGV[2]), ARGV[3]
local chosen = 0
local out = {}
local function sum(log)
  local used = 0
  for _, entry in ipairs(redis.call('ZRANGE', log, 0, -1)) do
    used = used + tonumber(string.match(entry, ':(%-?%d+)$') or '0')
  end
  return used
end
local function frees(log)
  local oldest = redis.call('ZRANGE', log, 0, 0, 'WITHSCORES')
  if oldest[2] == nil then return 0 end
  return tonumber(oldest[2]) + 60000 - now
end
for i = 1, #KEYS / 4 do
  local s, r, tk, k = KEYS[4 * i - 3], KEYS[4 * i - 2], KEYS[4 * i - 1], KEYS[4 * i]
  local rpm, tpm, skip = tonumber(ARGV[1 + 3 * i]), tonumber(ARGV[2 + 3 * i]), ARGV[3 + 3 * i]
  local h = redis.call('HMGET', s, 'rest_until', 'reason', 'fails', 'share', 'share_until',
                       'fails', 'windows')
  local o = redis.call('HMGET', k, 'out', 'reason')
  redis.call('ZREMRANGEBYSCORE', r, '-inf', now - 60000)
  redis.call('ZREMRANGEBYSCORE', tk, '-inf', now - 60000)
  local count = redis.call('ZCARD', r)
  local used = sum(tk)
  local state, wait, reason = 'ready', 0, h[2] or ''
  local rest_until = tonumber(h[1] or '0')
  if o[1] and o[1] == fp then
    state, reason = 'out', o[2] or ''
  elseif rest_until > now then
    state, wait = 'resting', rest_until - now
  elseif rpm >= 0 and count >= rpm then
    state, reason, wait = 'limited', 'max_requests_per_minute', frees(r)
  elseif tpm >= 0 and used > 0 and used + tokens > tpm then
    state, reason, wait = 'limited', 'max_tokens_per_minute', frees(tk)
  end
  if state == 'ready' and chosen == 0 and skip ~= '1' then
    chosen = i
    redis.call('ZADD', r, now, member)
    redis.call('PEXPIRE', r, 61000)
    if tokens > 0 then
      redis.call('ZADD', tk, now, member .. ':' .. tokens)
      redis.call('PEXPIRE', tk, 61000)
    end
    count, used = count + 1, used + tokens
  end
  local share = h[4] or '-1'
  if tonumber(h[5] or '0') <= now then share = '-1' end
  out[i] = {state, math.floor(wait), reason, count, used, share, tonumber(h[6] or '0'),
            h[7] or ''}
end
return {chosen, out}
"""

# KEYS: key+model hash, token log, key hash. ARGV: kind, fingerprint, rest_ms, share ('-1': none),
# share_reset_ms, exhausted_ms, threshold, base_ms, max_ms, token_delta, member, windows,
# reason. Returns {rest_ms, fails}.
_REPORT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local s, tk, k = KEYS[1], KEYS[2], KEYS[3]
local kind, reason = ARGV[1], ARGV[13]
local rest = 0
local fails = tonumber(redis.call('HGET', s, 'fails') or '0')
if kind == 'ok' then
  fails = 0
  redis.call('HSET', s, 'fails', 0)
elseif kind == 'fail' then
  fails = redis.call('HINCRBY', s, 'fails', 1)
  local threshold = tonumber(ARGV[7])
  if fails >= threshold then
    rest = math.min(tonumber(ARGV[9]), tonumber(ARGV[8]) * 2 ^ (fails - threshold))
  end
elseif kind == 'rate' then
  rest = tonumber(ARGV[3])
elseif kind == 'out' then
  redis.call('HSET', k, 'out', ARGV[2], 'reason', reason)
  redis.call('PEXPIRE', k, 604800000)
end
if tonumber(ARGV[4]) >= 0 then
  redis.call('HSET', s, 'share', ARGV[4], 'share_until', now + tonumber(ARGV[5]),
             'windows', ARGV[12])
end
local exhausted = tonumber(ARGV[6])
if exhausted > rest then
  rest, reason = exhausted, 'window exhausted'
end
if rest > 0 then
  local target = now + rest
  local current = tonumber(redis.call('HGET', s, 'rest_until') or '0')
  if target > current then
    redis.call('HSET', s, 'rest_until', target, 'reason', reason)
  else
    target = current
  end
  rest = target - now
end
local delta = tonumber(ARGV[10])
if delta ~= 0 then
  redis.call('ZADD', tk, now, ARGV[11] .. ':' .. delta)
  redis.call('PEXPIRE', tk, 61000)
end
redis.call('PEXPIRE', s, 604800000)
return {math.floor(rest), fails}
"""


class RedisKeyStates(KeyStates):
    """Records shared in Redis (see module docstring); in-process while Redis is down."""

    def __init__(self, redis: Any, prefix: str = "waddleai") -> None:
        self._prefix = f"{prefix}:ukey"
        self._pick = redis.register_script(_PICK)
        self._report = redis.register_script(_REPORT)
        self._fallback = MemoryKeyStates()
        self._degraded = False

    def _keys(self, spec: KeySpec, model: str) -> list[str]:
        base = f"{self._prefix}:{spec.id}"
        return [f"{base}:m:{model}", f"{base}:r", f"{base}:t", f"{base}:k"]

    def _failed(self, exc: Exception) -> None:
        if not self._degraded:
            log.warning("Redis key state unavailable, tracking keys per process: %s", exc)
            self._degraded = True

    async def pick(self, specs, model, tokens, fingerprint, skip):  # type: ignore[no-untyped-def]
        keys: list[str] = []
        args: list[Any] = [fingerprint, tokens, _member()]
        for spec, skipped in zip(specs, skip, strict=True):
            keys += self._keys(spec, model)
            args += [spec.rpm or -1, spec.tpm or -1, 1 if skipped else 0]
        try:
            chosen, rows = await self._pick(keys=keys, args=args)
        except Exception as exc:
            self._failed(exc)
            return await self._fallback.pick(specs, model, tokens, fingerprint, skip)
        self._degraded = False
        return int(chosen) - 1, [_view(row) for row in rows]

    async def report(self, spec, model, report, fingerprint, backoff):  # type: ignore[no-untyped-def]
        state, _, tokens, key = self._keys(spec, model)
        share = -1.0 if report.share is None else report.share
        args = [
            report.kind,
            fingerprint,
            int(report.rest * 1000),
            f"{share:.4f}",
            int(report.share_reset * 1000),
            int(report.exhausted_for * 1000),
            backoff.threshold,
            int(backoff.base * 1000),
            int(backoff.most * 1000),
            report.token_delta,
            _member(),
            report.windows,
            report.reason,
        ]
        try:
            rest_ms, fails = await self._report(keys=[state, tokens, key], args=args)
        except Exception as exc:
            self._failed(exc)
            return await self._fallback.report(spec, model, report, fingerprint, backoff)
        return int(rest_ms) / 1000, int(fails)


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _view(row: Sequence[Any]) -> KeyView:
    share = float(_text(row[5]))
    return KeyView(
        state=_text(row[0]),
        wait=int(row[1]) / 1000,
        reason=_text(row[2]),
        requests=int(row[3]),
        tokens=int(row[4]),
        share=None if share < 0 else share,
        fails=int(row[6]),
        windows=_text(row[7]),
    )


def create_key_states(redis: Any | None, prefix: str) -> KeyStates:
    """Shared records when a Redis client is given, else in-process."""
    return RedisKeyStates(redis, prefix) if redis is not None else MemoryKeyStates()


__all__ = ["Backoff", "KeySpec", "KeyStates", "KeyView", "Report", "create_key_states"]
