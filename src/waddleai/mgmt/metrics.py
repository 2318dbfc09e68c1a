"""Prometheus metrics of the management API, in a registry per app instance.

A registry per app (rather than the global one) lets tests and embedders create several
apps in one process without duplicate-metric errors.
"""

from __future__ import annotations

import time

from fastapi import FastAPI, Request, Response
from prometheus_client import CollectorRegistry, Counter, Histogram
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint


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


class _MetricsMiddleware(BaseHTTPMiddleware):
    def __init__(self, app: object, metrics: MgmtMetrics) -> None:
        super().__init__(app)  # type: ignore[arg-type]
        self.metrics = metrics

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        started = time.perf_counter()
        response = await call_next(request)
        route = request.scope.get("route")
        template = getattr(route, "path", "unmatched")
        self.metrics.requests.labels(request.method, template, str(response.status_code)).inc()
        elapsed = time.perf_counter() - started
        self.metrics.latency.labels(request.method, template).observe(elapsed)
        return response


def install_metrics(app: FastAPI, metrics: MgmtMetrics) -> None:
    app.add_middleware(_MetricsMiddleware, metrics=metrics)
