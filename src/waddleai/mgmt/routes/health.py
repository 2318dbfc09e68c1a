"""Liveness with a database check, and Prometheus metrics."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from waddleai.mgmt.context import MgmtContext, get_context
from waddleai.mgmt.errors import error_response

router = APIRouter(tags=["health"])


@router.get("/healthz")
async def healthz(ctx: MgmtContext = Depends(get_context)):
    if not await ctx.store.ping():
        return error_response(503, "database unreachable", "database_unreachable")
    return {"status": "ok", "database": ctx.store.dialect}


@router.get("/metrics", response_class=Response)
async def metrics(ctx: MgmtContext = Depends(get_context)) -> Response:
    return Response(generate_latest(ctx.metrics.registry), media_type=CONTENT_TYPE_LATEST)
