"""The limits of every number a client or admin may send, defined once.

The management API's pydantic schemas (so the OpenAPI document states them), the proxy's
hand-written validation of its accounting endpoints, and the loader of cached limits
(accounting/limits.py, which must never choke on a row written before these bounds
existed) all read these names, so an API cannot accept what another part cannot use.

Why these values: quotas and budgets are multiplied into integer counters (WaddleAI
tokens; budgets in micro-USD) that must stay exact in a 64-bit Redis INCRBY and a
PostgreSQL BIGINT; 10^12 tokens is US$10M of list price and 10^9 USD is 10^15 micro-USD,
both far above any real limit and far below 2^63. Days cover a (leap) year of reports.
"""

from __future__ import annotations

import math

MAX_ID = 2**31 - 1
"""Row ids are 32-bit integers in both databases."""

MAX_QUOTA_TOKENS = 10**12
MAX_CACHE_TTL_SECONDS = 30 * 24 * 3600  # the response cache keeps an answer a month at most
"""A daily or monthly quota in WaddleAI tokens: 0 (nothing allowed) to 10^12."""

MAX_BUDGET_USD = 10**9
"""A budget in USD: above 0, finite, at most 10^9."""

MIN_DAYS, MAX_DAYS = 1, 366
"""Report windows (`days=`), in UTC days, today included."""

MIN_THRESHOLD, MAX_THRESHOLD = 1, 100
MAX_THRESHOLDS = 10
"""Budget alert thresholds: percents 1..100, at most 10 distinct ones."""

DEFAULT_THRESHOLDS = (50, 80, 95)

MAX_RATE_LIMIT_RPM = 100_000
"""A key's own rate limit, requests per minute."""

MAX_KEY_DAYS = 3650
"""A key's lifetime (`expires_days`)."""

MAX_URL_LENGTH = 2000
"""URLs (webhooks, provider endpoints): the width of their columns."""

MAX_PAGE = 1000
MAX_OFFSET = 10_000_000
"""Listing pages (`limit=`, `offset=`)."""

MAX_DIGITS = 12
"""Longest integer text parsed by hand: no int() of a 5,000-digit string."""


def is_int(value: object) -> bool:
    """A JSON integer, not a bool (which Python counts as an int)."""
    return isinstance(value, int) and not isinstance(value, bool)


def valid_quota(value: object) -> bool:
    return is_int(value) and 0 <= value <= MAX_QUOTA_TOKENS  # type: ignore[operator]


def valid_budget(value: object) -> bool:
    if not isinstance(value, int | float) or isinstance(value, bool):
        return False
    return 0 < value <= MAX_BUDGET_USD and math.isfinite(value)  # NaN compares False


def valid_thresholds(values: object) -> bool:
    """A list of integer percents; duplicates are allowed (they collapse into one)."""
    if not isinstance(values, list | tuple) or len(values) > MAX_THRESHOLDS:
        return False
    return all(is_int(t) and MIN_THRESHOLD <= t <= MAX_THRESHOLD for t in values)


def parse_int(raw: str, low: int, high: int) -> int | None:
    """`raw` as an integer in [low, high] if it is plain ASCII digits, else None."""
    if not raw or len(raw) > MAX_DIGITS or not (raw.isascii() and raw.isdigit()):
        return None
    value = int(raw)
    return value if low <= value <= high else None
