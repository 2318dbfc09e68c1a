"""The typed context of one request as it moves through the pipeline."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

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

    @property
    def scope(self) -> dict[str, Any]:
        return self.request.scope
