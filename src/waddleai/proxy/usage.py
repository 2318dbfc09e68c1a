"""What one request consumed, handed to accounting without blocking the response."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from waddleai.auth.principal import Principal


@dataclass(slots=True)
class UsageEvent:
    """One finished request, as accounting, metrics and logs see it."""

    request_id: str
    principal: Principal | None
    dialect: str
    requested_model: str
    provider: str = ""
    upstream_model: str = ""
    input_tokens: int = 0
    output_tokens: int = 0
    cached_tokens: int = 0
    usage_estimated: bool = False
    status: int = 200
    stream: bool = False
    latency_ms: float = 0.0
    upstream_ms: float = 0.0
    ttft_ms: float | None = None
    error: str | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def read_openai_usage(self, usage: object) -> None:
        """Take counts from an OpenAI `usage` object (cached tokens are part of prompt)."""
        if not isinstance(usage, dict):
            return
        self.input_tokens = int(usage.get("prompt_tokens") or 0)
        self.output_tokens = int(usage.get("completion_tokens") or 0)
        details = usage.get("prompt_tokens_details") or {}
        self.cached_tokens = int(details.get("cached_tokens") or 0)
        self.usage_estimated = False

    def read_anthropic_usage(self, usage: object) -> None:
        """Take counts from an Anthropic `usage` object.

        Anthropic reports cache reads and writes beside `input_tokens`; here input is
        their sum, so both APIs count input the same way and cached tokens are a part.
        """
        if not isinstance(usage, dict):
            return
        self.cached_tokens = int(usage.get("cache_read_input_tokens") or 0)
        self.input_tokens = (
            int(usage.get("input_tokens") or 0)
            + int(usage.get("cache_creation_input_tokens") or 0)
            + self.cached_tokens
        )
        self.output_tokens = int(usage.get("output_tokens") or 0)
        self.usage_estimated = False


UsageSink = Callable[[UsageEvent], None]
