"""``GET`` / ``DELETE /v1/responses/{id}`` and ``GET /v1/responses/{id}/input_items``.

Only the API key that created a response can see or delete it; anyone else gets the
same 404 as for an id that never existed, so ids cannot be probed.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from waddleai.core.errors import GatewayError, bad_request
from waddleai.history import ResponseRecord
from waddleai.pipeline.stages.authenticate import authenticate
from waddleai.proxy.responses import json_response
from waddleai.proxy.runtime import ProxyRuntime
from waddleai.translate.responses import is_response_id

MAX_PAGE = 100


async def _owned(request: Request, runtime: ProxyRuntime) -> tuple[str, str]:
    principal = await authenticate(request.headers, runtime.authenticator)
    response_id = request.path_params.get("response_id", "")
    if not is_response_id(response_id):
        raise _not_found(response_id)
    return response_id, principal.key_id


def _not_found(response_id: str) -> GatewayError:
    shown = response_id[:128]
    return GatewayError(404, f"Response with id '{shown}' not found.", code="not_found")


async def _record(request: Request, runtime: ProxyRuntime) -> ResponseRecord:
    response_id, key_id = await _owned(request, runtime)
    record = await runtime.history.get(response_id, key_id, fresh=True)
    if record is None:
        raise _not_found(response_id)
    return record


async def retrieve(request: Request, runtime: ProxyRuntime) -> Response:
    return json_response((await _record(request, runtime)).body())


async def delete(request: Request, runtime: ProxyRuntime) -> Response:
    response_id, key_id = await _owned(request, runtime)
    if not await runtime.history.delete(response_id, key_id):
        raise _not_found(response_id)
    return json_response({"id": response_id, "object": "response", "deleted": True})


async def input_items(request: Request, runtime: ProxyRuntime) -> Response:
    """The items the response answered, newest first unless ``order=asc``; paginated."""
    record = await _record(request, runtime)
    limit, order, after = _page_params(request)
    items = list(record.input_items)
    if order == "desc":
        items.reverse()
    if after:
        ids = [item.get("id") for item in items]
        items = items[ids.index(after) + 1 :] if after in ids else []
    page = items[:limit]
    body: dict[str, Any] = {
        "object": "list",
        "data": page,
        "first_id": page[0].get("id") if page else None,
        "last_id": page[-1].get("id") if page else None,
        "has_more": len(items) > limit,
    }
    return json_response(body)


def _page_params(request: Request) -> tuple[int, str, str | None]:
    query = request.query_params
    raw = query.get("limit", "20")
    if not raw.isdigit() or len(raw) > 3 or not 1 <= int(raw) <= MAX_PAGE:
        raise bad_request(f"limit: must be an integer from 1 to {MAX_PAGE}")
    order = query.get("order", "desc")
    if order not in ("asc", "desc"):
        raise bad_request("order: must be 'asc' or 'desc'")
    after = query.get("after")
    return int(raw), order, after[:256] if after else None
