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


UsageSink = Callable[[UsageEvent], None]
