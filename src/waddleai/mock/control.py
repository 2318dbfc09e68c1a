"""The mock's mutable state and its ``/__mock__/*`` control endpoints.

Tests drive the mock over HTTP (it usually runs in another process), so the
script queue, the request log and the options are all reachable here.
"""

from __future__ import annotations

from collections import deque
from dataclasses import asdict
from typing import Any

import orjson

from waddleai.mock.asgi import STREAM_STATS, Request, send_json
from waddleai.mock.options import MockOptions
from waddleai.mock.script import ScriptQueue

# method, path, query string, raw headers, parsed JSON body, raw body if not JSON
Record = tuple[str, str, bytes, list[tuple[bytes, bytes]], Any, bytes | None]


class MockState:
    """Options, scripted replies and the log of received API requests."""

    def __init__(self, options: MockOptions) -> None:
        self.options = options
        self.script = ScriptQueue()
        self.requests: deque[Record] = deque(maxlen=max(options.record_limit, 0))

    def record(self, req: Request, body: Any) -> None:
        """Log a request cheaply; decoding waits until someone asks."""
        raw = req.raw_body if body is None and req.raw_body else None
        self.requests.append(
            (
                req.method,
                req.path,
                req.scope.get("query_string") or b"",
                req.scope["headers"],
                body,
                raw,
            )
        )

    def requests_json(self) -> list[dict[str, Any]]:
        """The request log, oldest first, with lower-case header names."""
        out = []
        for method, path, query, raw_headers, body, raw in self.requests:
            headers: dict[str, str] = {}
            for key, value in raw_headers:
                name, text = key.decode("latin-1").lower(), value.decode("latin-1")
                headers[name] = f"{headers[name]}, {text}" if name in headers else text
            item = {
                "method": method,
                "path": path,
                "query": query.decode("latin-1"),
                "headers": headers,
                "json": body,
            }
            if raw is not None:
                item["text"] = raw.decode("utf-8", "replace")
            out.append(item)
        return out

    def reset(self) -> None:
        """Forget requests and scripted replies (between tests)."""
        self.requests.clear()
        self.script.clear()
        STREAM_STATS.update(completed_streams=0, cancelled_streams=0)

    def set_options(self, changes: dict[str, Any]) -> None:
        """Change options at run time; the request log is resized if asked."""
        self.options.update(changes)
        if "record_limit" in changes:
            self.requests = deque(self.requests, maxlen=max(self.options.record_limit, 0))


async def _body(req: Request) -> Any:
    raw = await req.read()
    return orjson.loads(raw) if raw.strip() else None


async def handle(state: MockState, req: Request) -> None:
    """Serve one ``/__mock__/...`` request."""
    action = req.path.removeprefix("/__mock__/").strip("/")
    key = (req.method, action)
    try:
        if key == ("GET", "requests"):
            await send_json(req.send, 200, state.requests_json())
        elif key == ("GET", "stats"):
            await send_json(req.send, 200, STREAM_STATS)
        elif key == ("DELETE", "requests"):
            state.requests.clear()
            await send_json(req.send, 200, {"ok": True})
        elif key == ("POST", "script"):
            payload = await _body(req)
            responses = payload.get("responses") if isinstance(payload, dict) else payload
            if not isinstance(responses, list):
                raise ValueError("expected {'responses': [...]}")
            added = state.script.extend(responses)
            await send_json(req.send, 200, {"queued": added, "pending": len(state.script)})
        elif key == ("GET", "script"):
            await send_json(req.send, 200, state.script.snapshot())
        elif key == ("DELETE", "script"):
            state.script.clear()
            await send_json(req.send, 200, {"ok": True})
        elif key == ("POST", "reset"):
            state.reset()
            await send_json(req.send, 200, {"ok": True})
        elif key == ("GET", "options"):
            await send_json(req.send, 200, asdict(state.options))
        elif key == ("POST", "options"):
            payload = await _body(req)
            if not isinstance(payload, dict):
                raise ValueError("expected an object of options")
            state.set_options(payload)
            await send_json(req.send, 200, asdict(state.options))
        else:
            await send_json(
                req.send, 404, {"error": f"no control endpoint {req.method} {req.path}"}
            )
    except (ValueError, TypeError, KeyError, orjson.JSONDecodeError) as exc:
        await send_json(req.send, 400, {"error": f"{type(exc).__name__}: {exc}"})
