"""What every management handler needs, built once by the app factory."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from waddleai.config.settings import Settings
from waddleai.mgmt.metrics import MgmtMetrics
from waddleai.mgmt.throttle import LoginThrottle
from waddleai.mgmt.tokens import TokenIssuer
from waddleai.store.store import Store


@dataclass
class MgmtContext:
    settings: Settings
    store: Store
    tokens: TokenIssuer
    throttle: LoginThrottle
    metrics: MgmtMetrics


def get_context(request: Request) -> MgmtContext:
    return request.app.state.mgmt  # type: ignore[no-any-return]
