"""A key holder's own conversation memory: list, read back, forget.

`GET /api/memory` lists the caller's sessions in the key's org; `GET /api/memory/{session}`
shows a session's stored turns, running summary and facts; `DELETE /api/memory/{session}`
forgets it (turns, summary, facts, and turns still waiting in the writer). Only the
caller's own (org, user) scope is ever read, so another user's session of the same name
is invisible. Errors use the OpenAI format unless the client sends `anthropic-version`.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from waddleai.memory.scope import check_session, owner_of, session_key
from waddleai.pipeline.stages.authenticate import authenticate
from waddleai.proxy.errors import GatewayError
from waddleai.proxy.responses import json_response
from waddleai.proxy.runtime import ProxyRuntime


def _writer(runtime: ProxyRuntime) -> Any:
    if runtime.memory is None:
        raise GatewayError(503, "Conversation memory needs the store (DATABASE_URL)")
    return runtime.memory


async def list_sessions(request: Request, runtime: ProxyRuntime) -> Response:
    principal = await authenticate(request.headers, runtime.authenticator)
    writer = _writer(runtime)
    await writer.flush()  # what was just said is listed too
    sessions = await writer.repo.sessions(principal.org_id or 0, owner_of(principal))
    for entry in sessions:
        for field in ("created_at", "updated_at"):
            entry[field] = entry[field].isoformat()
    return json_response({"object": "list", "data": sessions})


async def read_session(request: Request, runtime: ProxyRuntime) -> Response:
    principal = await authenticate(request.headers, runtime.authenticator)
    writer = _writer(runtime)
    key = session_key(principal, check_session(request.path_params["session"]))
    await writer.flush()
    repo = writer.repo
    turns, facts, summary = await repo.history(key), await repo.facts(key), await repo.summary(key)
    if not turns and not facts and summary is None:
        raise GatewayError(404, f"No memory session named {key.session!r}")
    body = {
        "session": key.session,
        "turns": turns,
        "summary": summary[1] if summary else None,
        "facts": facts,
    }
    return json_response(body)


async def delete_session(request: Request, runtime: ProxyRuntime) -> Response:
    principal = await authenticate(request.headers, runtime.authenticator)
    writer = _writer(runtime)
    key = session_key(principal, check_session(request.path_params["session"]))
    writer.forget(key)
    await writer.settled()  # a flush in progress commits first, then is deleted too
    deleted = await writer.repo.delete(key)
    return json_response({"session": key.session, "deleted": True, "turns": deleted})
