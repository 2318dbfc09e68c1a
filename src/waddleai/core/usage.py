"""What one request consumed, handed to accounting without blocking the response.

`UsageEvent` is the one typed usage value of a request: input (cached reads and cache
writes included), output, cached reads, cache writes, and where the numbers came from
(`usage_source`). Each wire format's usage object is read in exactly one place:
`read_openai_usage` and `read_anthropic_usage`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

UsageSource = Literal["upstream", "counted", "estimated"]
"""upstream: the provider reported it; counted: the gateway counted the prompt it sent,
exactly, because the provider reported nothing; estimated: a rough count (chars / 4)."""


@dataclass(slots=True)
class UsageEvent:
    """One finished request, as accounting, metrics and logs see it."""

    request_id: str
    principal: Any  # auth.principal.Principal | None (kept untyped: core imports nothing)
    dialect: str
    requested_model: str
    provider: str = ""
    upstream_model: str = ""
    input_tokens: int = 0
    output_tokens: int = 0
    cached_tokens: int = 0
    cache_write_tokens: int = 0
    cache_write_long_tokens: int = 0  # of which 1-hour cache writes (charged 2x)
    usage_source: UsageSource = "upstream"
    operation: str = "chat"
    attempts: int = 0
    cache_hit: bool = False  # answered from the response cache, not the upstream
    status: int = 200
    stream: bool = False
    latency_ms: float = 0.0
    upstream_ms: float = 0.0
    ttft_ms: float | None = None
    error: str | None = None
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def usage_estimated(self) -> bool:
        """True when the gateway, not the upstream, produced the numbers."""
        return self.usage_source != "upstream"

    @property
    def has_usage(self) -> bool:
        return bool(self.input_tokens or self.output_tokens)

    def read_openai_usage(self, usage: object) -> None:
        """Take counts from an OpenAI `usage` object (cached tokens are part of prompt)."""
        if not isinstance(usage, dict):
            return
        self.input_tokens = _int(usage.get("prompt_tokens"))
        self.output_tokens = _int(usage.get("completion_tokens"))
        details = usage.get("prompt_tokens_details")
        self.cached_tokens = _int(details.get("cached_tokens")) if isinstance(details, dict) else 0
        # Not OpenAI's own field: the translated answers of Anthropic upstreams carry it.
        self.cache_write_tokens = _int(usage.get("cache_creation_input_tokens"))
        self.usage_source = "upstream"

    def read_anthropic_usage(self, usage: object) -> None:
        """Take counts from an Anthropic `usage` object.

        Anthropic reports cache reads and writes beside `input_tokens`; here input is
        their sum, so both APIs count input the same way and cached tokens are a part.
        A `message_delta` usage that only carries `output_tokens` keeps the input seen in
        `message_start` (Anthropic's usage is cumulative; absent fields are unchanged).
        """
        if not isinstance(usage, dict):
            return
        if "input_tokens" in usage or "cache_read_input_tokens" in usage:
            self.cached_tokens = _int(usage.get("cache_read_input_tokens"))
            self.cache_write_tokens = _int(usage.get("cache_creation_input_tokens"))
            detail = usage.get("cache_creation")
            if isinstance(detail, dict):
                self.cache_write_long_tokens = _int(detail.get("ephemeral_1h_input_tokens"))
            self.input_tokens = (
                _int(usage.get("input_tokens")) + self.cache_write_tokens + self.cached_tokens
            )
        if usage.get("output_tokens") is not None:
            self.output_tokens = _int(usage.get("output_tokens"))
        self.usage_source = "upstream"


def _int(value: object) -> int:
    """A token count from an upstream's JSON: a non-negative int, whatever was sent."""
    if isinstance(value, bool):
        return 0
    if isinstance(value, int):
        return max(value, 0)
    if isinstance(value, float) and value == value and 0 <= value < 1e15:
        return int(value)
    return 0


UsageSink = Callable[[UsageEvent], None]
