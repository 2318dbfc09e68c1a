"""The typed context of one request as it moves through the pipeline."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from waddleai.accounting.tokenizer import rough_prompt_tokens
from waddleai.core.api import ClientApi
from waddleai.core.usage import UsageEvent

if TYPE_CHECKING:
    from starlette.requests import Request

    from waddleai.auth.principal import Principal
    from waddleai.pipeline.operations.base import Operation
    from waddleai.proxy.runtime import ProxyRuntime
    from waddleai.routing.resolver import ModelResolver, Route


@dataclass(slots=True, eq=False)
class Exchange:
    """Who asks, what for, where it goes, and what came back; one per request.

    Stages read and write it in order. `answer` is the non-streamed answer in the
    CLIENT's API (a dict, serialized only at the very end so leave-hooks can edit it);
    `stream` is the client-bound SSE byte stream (leave-hooks may wrap it).
    """

    request: Request
    runtime: ProxyRuntime
    api: ClientApi
    operation: Operation
    request_id: str
    usage: UsageEvent
    started: float = field(default_factory=time.perf_counter)
    principal: Principal | None = None
    body: dict[str, Any] = field(default_factory=dict)
    model: str = ""
    resolver: ModelResolver | None = None  # the generation the routes came from (leased)
    routes: tuple[Route, ...] = ()
    route: Route | None = None  # the route being (or last) tried
    payload: dict[str, Any] | None = None  # what was sent upstream, in its wire format
    hold: Any = None  # accounting.quota.Hold: the quota reservation, settled once
    answer: dict[str, Any] | None = None
    stream: AsyncIterator[bytes] | None = None
    status: int = 200
    response_headers: dict[str, str] = field(default_factory=dict)
    client_headers: dict[str, str] = field(default_factory=dict)
    called: bool = False  # an upstream was tried: the request is recorded
    settled: bool = False
    state: dict[str, Any] = field(default_factory=dict)  # per-stage scratch, by stage name
    _estimate: tuple[object, int] | None = None  # (the body it was taken of, its tokens)

    def prompt_estimate(self) -> int:
        """`rough_prompt_tokens` of the body, walked once per body.

        The quota reservation, the key's tokens-per-minute window and a translated
        stream's first usage all ask; a Claude Code body (a few hundred KB of turns and
        tools) costs ~0.25 ms a walk. Stages that rewrite the body (guards, memory)
        come before the first ask; a new body object is walked again.
        """
        if self._estimate is None or self._estimate[0] is not self.body:
            self._estimate = (self.body, rough_prompt_tokens(self.body))
        return self._estimate[1]

    @property
    def scope(self) -> dict[str, Any]:
        return self.request.scope
