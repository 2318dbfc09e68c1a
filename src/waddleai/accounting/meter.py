"""The one place a request's charge is computed: raw tokens in, WaddleAI tokens and USD out.

Every path that learns a request's final usage (non-streamed answers, the usage-carrying
stream event, failures and disconnects) calls `Meter.charge(event)`; it writes
`event.extra["waddleai_tokens"]` and `event.extra["cost_usd"]`, which metrics, logs, the
usage recorder and quota settlement all read. Calling it again after usage changed simply
recomputes, so there is never a second formula anywhere.

Before the upstream call `Meter.estimate()` sizes the quota reservation: a fast prompt
estimate (`rough_prompt_tokens`, characters / 4 plus message framing) plus room for the
answer, i.e. `min(max_tokens, OUTPUT_RESERVE_TOKENS)` output tokens at the model's output
rate. Settlement replaces it with the upstream's real usage.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from waddleai.accounting.pricing import USD_PER_WADDLEAI_TOKEN, Charge, PriceBook
from waddleai.core.usage import UsageEvent

OUTPUT_RESERVE_TOKENS = 1024
"""Output tokens reserved when the client sets no smaller `max_tokens`."""

MICRO_USD = 1_000_000


@dataclass(frozen=True, slots=True)
class Estimate:
    """What a request may cost at most (prompt estimate + output reservation)."""

    prompt_tokens: int
    output_tokens: int
    waddleai_tokens: int
    usd_micros: int


def usd_micros(cost_usd: float) -> int:
    """Budgets count integer micro-dollars so Redis INCRBY stays exact."""
    return math.ceil(cost_usd * MICRO_USD - 1e-6) if cost_usd > 0 else 0


class Meter:
    """Prices requests with a `PriceBook` (shipped table + configuration overrides)."""

    def __init__(
        self,
        book: PriceBook,
        output_reserve: int = OUTPUT_RESERVE_TOKENS,
        cache_hit_rate: float = 0.0,
    ) -> None:
        self.book = book
        self.output_reserve = output_reserve
        self.cache_hit_rate = cache_hit_rate  # share of the list price a cache hit costs

    def charge(self, event: UsageEvent) -> Charge:
        """Compute and attach this request's charge (see module docstring)."""
        model = event.upstream_model or event.requested_model
        cached = min(event.cached_tokens, event.input_tokens)
        charge = self.book.charge(
            model,
            event.input_tokens,
            event.output_tokens,
            cached,
            event.cache_write_tokens,
            event.cache_write_long_tokens,
        )
        if event.cache_hit:
            charge = charge.scaled(self.cache_hit_rate)
        event.extra["waddleai_tokens"] = charge.waddleai_tokens
        event.extra["cost_usd"] = charge.cost_usd
        return charge

    def estimate(self, prompt: int, wanted_output: object, model: str) -> Estimate:
        """Upper-bound charge of a request before it is sent (for reservations).

        `prompt` is the operation's prompt estimate; `wanted_output` the client's
        max_tokens (anything else, even garbage, reserves the default; 0 for embeddings).
        """
        output = self.output_reserve
        if isinstance(wanted_output, int) and not isinstance(wanted_output, bool):
            output = min(max(wanted_output, 0), self.output_reserve)
        charge = self.book.charge(model, prompt, output)
        return Estimate(prompt, output, charge.waddleai_tokens, usd_micros(charge.cost_usd))


def waddleai_tokens_to_usd(tokens: int) -> float:
    return tokens * USD_PER_WADDLEAI_TOKEN
