"""The Responses API over WebSocket (``ws://…/v1/responses``), the transport Codex tries first.

Codex opens a WebSocket, sends ``{"type": "response.create", …request…}`` text frames
and reads every stream event back as one JSON text frame, until ``response.completed``;
the connection then serves the next turn. Refusing the upgrade costs a Codex session
5-10 s of retries before it falls back to HTTP, so the gateway serves the transport.

Each ``response.create`` runs the very same pipeline as ``POST /v1/responses`` (keys,
limits, quotas, guards, accounting): it is handed to it as a synthetic HTTP request and
the SSE answer is re-framed. Failures go back as Codex's wrapped error frame
``{"type": "error", "status": N, "error": {…}}``. Like OpenAI's service, a connection
remembers its last responses, so ``previous_response_id`` works on it even with
``store: false`` (Codex sends only the new items of each turn).
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from typing import Any

import orjson
from starlette.requests import Request
from starlette.websockets import WebSocket, WebSocketDisconnect

from waddleai.core.errors import GatewayError
from waddleai.pipeline.stages.authenticate import authenticate
from waddleai.translate import SSEDecoder
from waddleai.translate.responses import ResponseFrame

MAX_FRAME_BYTES = 32 * 1024 * 1024
CONNECTION_MEMORY = 8  # responses a connection remembers for previous_response_id
_SKIPPED_HEADERS = (b"upgrade", b"connection", b"content-length", b"content-type")
_SKIPPED_HEADERS += (b"sec-websocket-key", b"sec-websocket-version", b"sec-websocket-extensions")


class ConnectionMemory(OrderedDict[str, Any]):
    """The last few responses of one connection (ResponseRecord by id), oldest dropped."""

    def __init__(self, key_id: str) -> None:
        super().__init__()
        self.key_id = key_id  # the key the connection was opened with

    def remember(self, record: Any) -> None:
        self[record.id] = record
        self.move_to_end(record.id)
        while len(self) > CONNECTION_MEMORY:
            self.popitem(last=False)


def responses_socket(pipeline: Any, runtime: Any) -> Any:
    """The WebSocket endpoint serving ``response.create`` frames through ``pipeline``."""

    async def serve(websocket: WebSocket) -> None:
        await websocket.accept()
        try:
            principal = await authenticate(websocket.headers, runtime.authenticator)
        except GatewayError as exc:
            await _send_error(websocket, exc.status, exc.message)
            await websocket.close(code=1008)
            return
        memory = ConnectionMemory(principal.key_id)
        while True:
            try:
                text = await websocket.receive_text()
            except (WebSocketDisconnect, RuntimeError):
                return
            message = _parse(text)
            if isinstance(message, str):
                await _send_error(websocket, 400, message)
            elif message.get("type") == "response.create":
                body = {k: v for k, v in message.items() if k != "type"}
                try:
                    await _create(websocket, pipeline, body, memory)
                except (OSError, WebSocketDisconnect):  # the client left mid-answer
                    return
            # response.processed (an acknowledgement) and unknown frames need no answer

    return serve


def _parse(text: str) -> dict[str, Any] | str:
    if len(text) > MAX_FRAME_BYTES:
        return f"frame larger than {MAX_FRAME_BYTES} bytes"
    try:
        message = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        return f"frame is not valid JSON: {exc}"
    return message if isinstance(message, dict) else "frame must be a JSON object"


async def _create(
    websocket: WebSocket, pipeline: Any, body: dict[str, Any], memory: ConnectionMemory
) -> None:
    if body.pop("generate", None) is False:  # a warm-up: nothing to generate
        await _warm_up(websocket, body, memory)
        return
    body["stream"] = True
    scope = _http_scope(websocket, memory)
    closed = asyncio.Event()
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": orjson.dumps(body), "more_body": False}
        await closed.wait()  # the "HTTP client" never leaves before the answer ends
        return {"type": "http.disconnect"}

    relay = _Relay(websocket)
    try:
        response = await pipeline(Request(scope, receive))
        await response(scope, receive, relay.send)
        await relay.flush()
    finally:
        closed.set()


class _Relay:
    """ASGI ``send`` that turns the SSE (or JSON error) answer into WebSocket frames."""

    def __init__(self, websocket: WebSocket) -> None:
        self.websocket = websocket
        self.status = 200
        self.decoder = SSEDecoder()
        self.error_body = bytearray()

    async def send(self, message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            self.status = message["status"]
            return
        chunk = message.get("body", b"")
        if self.status != 200:
            self.error_body += chunk
            return
        for _, data in self.decoder.feed(chunk):
            await self.websocket.send_text(data.decode("utf-8", "replace"))

    async def flush(self) -> None:
        if self.status == 200:
            return
        try:
            error = orjson.loads(bytes(self.error_body)).get("error")
        except (orjson.JSONDecodeError, AttributeError):
            error = None
        message = (error or {}).get("message") if isinstance(error, dict) else None
        await _send_error(self.websocket, self.status, message or "request failed", error)


async def _send_error(
    websocket: WebSocket, status: int, message: str, error: dict[str, Any] | None = None
) -> None:
    error = error or {"type": "invalid_request_error", "message": message, "code": None}
    await websocket.send_text(
        orjson.dumps({"type": "error", "status": status, "error": error}).decode()
    )


def _http_scope(websocket: WebSocket, memory: ConnectionMemory) -> dict[str, Any]:
    source = websocket.scope
    headers = [(k, v) for k, v in source.get("headers", ()) if k not in _SKIPPED_HEADERS]
    headers.append((b"content-type", b"application/json"))
    return {
        "type": "http",
        "asgi": source.get("asgi", {"version": "3.0"}),
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": source["path"],
        "raw_path": source["path"].encode(),
        "query_string": b"",
        "root_path": source.get("root_path", ""),
        "headers": headers,
        "client": source.get("client"),
        "server": source.get("server"),
        "state": {},
        "waddleai.ws_memory": memory,
    }


async def _warm_up(websocket: WebSocket, body: dict[str, Any], memory: ConnectionMemory) -> None:
    """Answer ``generate: false`` with an empty completed response and remember it."""
    from waddleai.history import ResponseRecord
    from waddleai.translate.responses import normalise_input

    frame = ResponseFrame(request=body, model=str(body.get("model") or ""))
    response = frame.envelope("completed", [], _NO_USAGE)
    try:
        items = normalise_input(body.get("input"))
    except Exception:  # a bad warm-up only loses the warm-up
        items = []
    now = time.time()
    record = ResponseRecord(
        id=frame.id,
        key_id=memory.key_id,
        user_id=None,
        model=frame.model,
        input_items=items,
        output_items=[],
        response=response,
        created_at=_utc(now),
        expires_at=_utc(now + 3600),
    )
    memory.remember(record)
    for kind in ("response.created", "response.completed"):
        event = {"type": kind, "sequence_number": int(kind.endswith("completed"))}
        await websocket.send_text(orjson.dumps({**event, "response": response}).decode())


_NO_USAGE = {
    "input_tokens": 0,
    "input_tokens_details": {"cached_tokens": 0},
    "output_tokens": 0,
    "output_tokens_details": {"reasoning_tokens": 0},
    "total_tokens": 0,
}


def _utc(seconds: float) -> Any:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(seconds, UTC)
