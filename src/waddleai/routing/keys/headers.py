"""Reading a provider's own rate-limit headers: how much of each window a key has left.

OpenAI and Cerebras send `x-ratelimit-{limit,remaining,reset}-{requests,tokens}`
(Cerebras also `-day` and `-minute` variants, e.g. `x-ratelimit-remaining-requests-day`);
Anthropic sends `anthropic-ratelimit-{requests,tokens,input-tokens,output-tokens}-
{limit,remaining,reset}` with RFC 3339 reset times. Resets come as Go durations
(`6m0s`, `20ms`), plain seconds (`33011.38`) or timestamps; all become seconds from now.
"""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime

_OPENAI_KINDS = ("requests", "tokens")
_OPENAI_SUFFIXES = ("", "-minute", "-hour", "-day")
_ANTHROPIC_KINDS = ("requests", "tokens", "input-tokens", "output-tokens")
_DURATION = re.compile(r"(\d+(?:\.\d+)?)(ms|us|µs|ns|h|m|s)")
_UNIT = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001, "us": 1e-6, "µs": 1e-6, "ns": 1e-9}
MAX_RESET = 86_400.0 * 2  # a reset further away than two days is not believed


@dataclass(frozen=True, slots=True)
class Window:
    """One rate-limit window a provider reported: e.g. requests per day."""

    name: str
    limit: float
    remaining: float
    reset: float | None  # seconds from now until the window refills

    @property
    def share(self) -> float:
        return max(0.0, min(1.0, self.remaining / self.limit)) if self.limit > 0 else 1.0


@dataclass(frozen=True, slots=True)
class Signal:
    """What the headers of one answer say about its key."""

    windows: tuple[Window, ...]
    share: float  # the smallest remaining share over all windows (1.0 when unknown)
    share_reset: float  # seconds until the smallest window refills
    exhausted_for: float  # > 0: some window is at 0; the key rests this long

    @property
    def known(self) -> bool:
        return bool(self.windows)


NO_SIGNAL = Signal((), 1.0, 0.0, 0.0)


def parse_reset(value: str | None, now: float | None = None) -> float | None:
    """Seconds until a reset given as a duration, plain seconds or a timestamp."""
    if not value:
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        seconds = _duration(text)
        if seconds is None:
            seconds = _until(text, now)
    if seconds is None or seconds != seconds:  # NaN
        return None
    return max(0.0, min(seconds, MAX_RESET))


def _duration(text: str) -> float | None:
    parts = _DURATION.findall(text)
    if not parts or "".join(n + u for n, u in parts) != text:
        return None
    return sum(float(number) * _UNIT[unit] for number, unit in parts)


def _until(text: str, now: float | None) -> float | None:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError):
            return None
    if moment.tzinfo is None:
        return None
    return moment.timestamp() - (time.time() if now is None else now)


def retry_after(headers: Mapping[str, str] | None) -> float | None:
    """Retry-After (seconds or an HTTP date), or `retry-after-ms`, in seconds."""
    if not headers:
        return None
    millis = _get(headers, "retry-after-ms")
    if millis:
        try:
            return max(0.0, min(float(millis) / 1000, MAX_RESET))
        except ValueError:
            pass
    return parse_reset(_get(headers, "retry-after"))


_PREFIXES = ("x-ratelimit-", "anthropic-ratelimit-")
# (window name, limit header, remaining header, reset header), built once
_WINDOWS = tuple(
    (
        kind + suffix,
        *(f"x-ratelimit-{part}-{kind}{suffix}" for part in ("limit", "remaining", "reset")),
    )
    for kind in _OPENAI_KINDS
    for suffix in _OPENAI_SUFFIXES
) + tuple(
    (kind, *(f"anthropic-ratelimit-{kind}-{part}" for part in ("limit", "remaining", "reset")))
    for kind in _ANTHROPIC_KINDS
)


def read_signal(headers: Mapping[str, str] | None) -> Signal:
    """The windows an answer's headers report (see module docstring).

    One pass over the answer's header names picks out the rate-limit ones: most answers
    carry none, and then nothing else is looked up.
    """
    if not headers:
        return NO_SIGNAL
    found = {
        name.lower(): value
        for name, value in headers.items()
        if name[:1] in "xXaA" and name.lower().startswith(_PREFIXES)
    }
    if not found:
        return NO_SIGNAL
    windows = [w for spec in _WINDOWS if (w := _window(found, *spec)) is not None]
    if not windows:
        return NO_SIGNAL
    smallest = min(windows, key=lambda w: w.share)
    spent = [w.reset if w.reset is not None else 1.0 for w in windows if w.remaining <= 0]
    return Signal(tuple(windows), smallest.share, smallest.reset or 0.0, max(spent, default=0.0))


def _window(
    headers: Mapping[str, str], name: str, limit_h: str, remaining_h: str, reset_h: str
) -> Window | None:
    remaining = _number(headers.get(remaining_h))
    if remaining is None:
        return None
    limit = _number(headers.get(limit_h))
    return Window(name, limit or 0.0, remaining, parse_reset(headers.get(reset_h)))


def _number(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        number = float(value.strip())
    except ValueError:
        return None
    return number if number == number and number >= 0 else None


def _get(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is None and not hasattr(headers, "getall"):  # plain dicts may keep the case
        value = next((v for k, v in headers.items() if k.lower() == name), None)
    return value
