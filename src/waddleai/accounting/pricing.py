"""Prices and WaddleAI token rates: what a request costs, in USD and in WaddleAI tokens.

WaddleAI tokens are normalized billing units: **1 WaddleAI token = US$0.00001** of
list-price upstream cost (100,000 WaddleAI tokens = $1), so the same quota buys the same
value whichever provider serves it. A model's rate per raw token is therefore its USD
price per million tokens divided by 10 (gpt-4o input: $2.50/M -> 0.25 per token).

Local and unknown models have no list price; they are charged at `DEFAULT_PRICE`
(a mid-range model's) so quotas still bound their use. Every figure can be overridden per
model in configuration (`models: {name: {input_usd_per_mtok: …, input_rate: …}}`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from waddleai.config.settings import ModelLimits
from waddleai.routing.catalog import longest_prefix_match

USD_PER_WADDLEAI_TOKEN = 0.00001
CACHE_WRITE_FACTOR = 1.25  # Anthropic's 5-minute prompt-cache writes cost 1.25x input
CACHE_WRITE_LONG_FACTOR = 2.0  # and its 1-hour ones 2x


@dataclass(frozen=True, slots=True)
class Price:
    """US$ per million tokens: input, output, cached input."""

    input: float
    output: float
    cached_input: float


# Longest matching prefix wins; list prices published by the providers.
_PRICES: dict[str, Price] = {
    "gpt-4o-mini": Price(0.15, 0.60, 0.075),
    "gpt-4o": Price(2.50, 10.00, 1.25),
    "chatgpt-4o": Price(5.00, 15.00, 5.00),
    "gpt-4.1-nano": Price(0.10, 0.40, 0.025),
    "gpt-4.1-mini": Price(0.40, 1.60, 0.10),
    "gpt-4.1": Price(2.00, 8.00, 0.50),
    "gpt-4-turbo": Price(10.00, 30.00, 10.00),
    "gpt-4": Price(30.00, 60.00, 30.00),
    "gpt-3.5-turbo": Price(0.50, 1.50, 0.50),
    "gpt-5-mini": Price(0.25, 2.00, 0.025),
    "gpt-5-nano": Price(0.05, 0.40, 0.005),
    "gpt-5": Price(1.25, 10.00, 0.125),
    "o1-mini": Price(1.10, 4.40, 0.55),
    "o1": Price(15.00, 60.00, 7.50),
    "o3-mini": Price(1.10, 4.40, 0.55),
    "o3": Price(2.00, 8.00, 0.50),
    "o4-mini": Price(1.10, 4.40, 0.275),
    "text-embedding-3-small": Price(0.02, 0.0, 0.02),
    "text-embedding-3-large": Price(0.13, 0.0, 0.13),
    "text-embedding-ada-002": Price(0.10, 0.0, 0.10),
    "claude-3-5-haiku": Price(0.80, 4.00, 0.08),
    "claude-3-haiku": Price(0.25, 1.25, 0.03),
    "claude-haiku-4": Price(1.00, 5.00, 0.10),
    "claude-3-5-sonnet": Price(3.00, 15.00, 0.30),
    "claude-3-7-sonnet": Price(3.00, 15.00, 0.30),
    "claude-sonnet-4": Price(3.00, 15.00, 0.30),
    "claude-3-opus": Price(15.00, 75.00, 1.50),
    "claude-opus-4": Price(15.00, 75.00, 1.50),
    "glm-4.6": Price(0.60, 2.20, 0.11),
    "glm-4.5-air": Price(0.20, 1.10, 0.03),
    "glm-4.5": Price(0.60, 2.20, 0.11),
    "deepseek-chat": Price(0.27, 1.10, 0.07),
    "deepseek-reasoner": Price(0.55, 2.19, 0.14),
}
DEFAULT_PRICE = Price(1.00, 4.00, 0.50)


@dataclass(frozen=True, slots=True)
class Charge:
    """What one request cost."""

    waddleai_tokens: int
    cost_usd: float

    def scaled(self, rate: float) -> Charge:
        """This charge at `rate` times the price (cache hits); tokens round up."""
        if rate <= 0:
            return Charge(0, 0.0)
        return Charge(math.ceil(self.waddleai_tokens * rate - 1e-9), self.cost_usd * rate)


class PriceBook:
    """Prices and rates with configuration overrides; lookups cached per model name."""

    def __init__(self, overrides: dict[str, ModelLimits] | None = None) -> None:
        self._overrides = overrides or {}
        self._cache: dict[str, tuple[Price, tuple[float, float, float]]] = {}

    def price(self, model: str) -> Price:
        return self._entry(model)[0]

    def rates(self, model: str) -> tuple[float, float, float]:
        """WaddleAI tokens per raw token: (input, output, cached input)."""
        return self._entry(model)[1]

    def charge(
        self,
        model: str,
        input_tokens: int,
        output_tokens: int,
        cached: int = 0,
        written: int = 0,
        written_long: int = 0,
    ) -> Charge:
        """`input_tokens` includes `cached` (cache reads) and `written` (cache writes).

        Reads are charged at the cached rate; writes at the providers' premium over the
        input price (CACHE_WRITE_FACTOR; `written_long`, the 1-hour ones, at
        CACHE_WRITE_LONG_FACTOR).
        """
        price, (r_in, r_out, r_cached) = self._entry(model)
        written = min(max(written, 0), max(input_tokens - cached, 0))
        written_long = min(max(written_long, 0), written)
        fresh = max(input_tokens - cached - written, 0)
        write_units = (written - written_long) * CACHE_WRITE_FACTOR
        write_units += written_long * CACHE_WRITE_LONG_FACTOR
        units = (fresh + write_units) * r_in + cached * r_cached + output_tokens * r_out
        tokens = math.ceil(units - 1e-9) if units > 0 else 0
        usd = (fresh + write_units) * price.input + cached * price.cached_input
        usd += output_tokens * price.output
        return Charge(tokens, round(usd / 1_000_000, 10))

    def _entry(self, model: str) -> tuple[Price, tuple[float, float, float]]:
        entry = self._cache.get(model)
        if entry is None:
            entry = self._build(model)
            if len(self._cache) < 10000:
                self._cache[model] = entry
        return entry

    def _build(self, model: str) -> tuple[Price, tuple[float, float, float]]:
        base = _lookup(model)
        o = self._overrides.get(model)
        price = Price(
            _pick(o and o.input_usd_per_mtok, base.input),
            _pick(o and o.output_usd_per_mtok, base.output),
            _pick(o and o.cached_input_usd_per_mtok, base.cached_input),
        )
        per_unit = 1_000_000 * USD_PER_WADDLEAI_TOKEN
        rates = (
            _pick(o and o.input_rate, price.input / per_unit),
            _pick(o and o.output_rate, price.output / per_unit),
            _pick(o and o.cached_input_rate, price.cached_input / per_unit),
        )
        return price, rates


def _pick(override: float | None, default: float) -> float:
    return default if override is None else float(override)


def _lookup(model: str) -> Price:
    return longest_prefix_match(_PRICES, model, DEFAULT_PRICE)
