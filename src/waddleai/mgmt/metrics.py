"""Prometheus metrics of the management API, in a registry per app instance.

A registry per app (rather than the global one) lets tests and embedders create several
apps in one process without duplicate-metric errors.
"""

from __future__ import annotations

import time

from fastapi import FastAPI
from prometheus_client import CollectorRegistry, Counter, Histogram
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class MgmtMetrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "waddleai_mgmt_requests_total",
            "Management API requests",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "waddleai_mgmt_request_seconds",
            "Management API request duration",
            ["method", "route"],
            registry=self.registry,
        )
        self.logins = Counter(
            "waddleai_mgmt_logins_total",
            "Login attempts by outcome",
            ["outcome"],
            registry=self.registry,
        )


class _MetricsMiddleware:
    """Pure ASGI (no BaseHTTPMiddleware): counts by route template, adds no task per request."""

    def __init__(self, app: ASGIApp, metrics: MgmtMetrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_with_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_with_status)
        finally:
            template = getattr(scope.get("route"), "path", "unmatched")
            method = scope.get("method", "")
            self.metrics.requests.labels(method, template, str(status)).inc()
            elapsed = time.perf_counter() - started
            self.metrics.latency.labels(method, template).observe(elapsed)


def install_metrics(app: FastAPI, metrics: MgmtMetrics) -> None:
    app.add_middleware(_MetricsMiddleware, metrics=metrics)
