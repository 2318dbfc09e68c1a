"""Playground: chat with any model the user may use, through the proxy, with one of the
user's own keys, streamed.

The browser talks only to the management server (no CORS needed): it posts the key
and conversation here, and this handler checks the key belongs to the logged-in user,
then relays the proxy's answer (an SSE stream when the browser asks for one, a whole
answer for forms posted without JavaScript). The proxy applies the key's model list,
rate limit, quotas and accounting exactly as for any client. The proxy's address is
PORTAL_PROXY_URL, by default this host's PROXY_PORT.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import orjson
from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response, StreamingResponse
from markupsafe import escape

from waddleai.mgmt.errors import ApiError
from waddleai.mgmt.policy import Actor, authorize
from waddleai.portal.app import Post, page_actor, posted
from waddleai.portal.forms import FormError
from waddleai.portal.render import render

router = APIRouter()
MAX_MESSAGES = 100
MAX_TOKENS = 1024
TIMEOUT = aiohttp.ClientTimeout(total=300, sock_connect=5)


def proxy_url(settings: Any) -> str:
    configured = getattr(settings, "portal_proxy_url", None)
    if configured:
        return str(configured).rstrip("/")
    host = settings.proxy_host
    host = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
    host = f"[{host}]" if ":" in host else host
    return f"http://{host}:{settings.proxy_port}"


async def check_key(ctx: Any, actor: Actor, raw: str) -> None:
    """The key must be one of the caller's own live keys (the portal is no open relay)."""
    if not raw.startswith("wa-") or len(raw) > 200:
        raise FormError("Paste one of your API keys (it starts with wa-).")
    async with ctx.store.transaction() as tx:
        found = await tx.keys.lookup(ctx.store.secrets.hash_api_key(raw))
    if found is None or found[0].user_id != actor.user_id:
        raise FormError("That is not one of your live API keys.")


@router.get("/playground", response_class=HTMLResponse)
async def playground(request: Request, actor: Actor = Depends(page_actor)) -> HTMLResponse:
    authorize(actor, "api_key.list")
    return render(request, "playground.html", actor, title="Playground", answer=None, form=None)


@router.post("/playground/models", response_class=HTMLResponse)
async def models(post: Post = Depends(posted)) -> HTMLResponse:
    """`<option>`s of the models the key may use (the proxy's /v1/models for that key)."""
    raw = post.form.get("key")
    try:
        await check_key(post.ctx, post.actor, raw)
    except FormError as exc:
        return HTMLResponse(f'<option value="" disabled>{escape(str(exc))}</option>')
    url = proxy_url(post.ctx.settings) + "/v1/models"
    try:
        async with (
            aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as http,
            http.get(url, headers={"Authorization": f"Bearer {raw}"}) as answer,
        ):
            data = await answer.json(content_type=None) if answer.status == 200 else {}
    except (aiohttp.ClientError, TimeoutError, ValueError):
        data = {}
    names = sorted({str(m.get("id")) for m in data.get("data", []) if isinstance(m, dict)})
    return HTMLResponse("".join(f'<option value="{escape(n)}"></option>' for n in names[:500]))


def _conversation(post: Post) -> list[dict[str, str]]:
    form = post.form
    history: list[dict[str, str]] = []
    if form.get("messages"):
        try:
            parsed = orjson.loads(form.get("messages"))
        except orjson.JSONDecodeError:
            raise FormError("the conversation could not be read") from None
        if not isinstance(parsed, list):
            raise FormError("the conversation could not be read")
        for item in parsed[-MAX_MESSAGES:]:
            if isinstance(item, dict) and item.get("role") in ("user", "assistant", "system"):
                history.append({"role": item["role"], "content": str(item.get("content", ""))})
    elif form.get("message"):
        if form.get("system"):
            history.append({"role": "system", "content": form.get("system")})
        history.append({"role": "user", "content": form.get("message")})
    if not history or history[-1]["role"] != "user":
        raise FormError("Write a message first.")
    return history


@router.post("/playground")
async def chat(request: Request, post: Post = Depends(posted)) -> Response:
    form = post.form
    streamed = "text/event-stream" in request.headers.get("accept", "")
    try:
        authorize(post.actor, "api_key.list")
        await check_key(post.ctx, post.actor, form.get("key"))
        if not form.get("model"):
            raise FormError("Choose a model.")
        body = {"model": form.get("model")[:200], "messages": _conversation(post)}
    except (FormError, ApiError) as exc:
        message = exc.message if isinstance(exc, ApiError) else str(exc)
        if streamed:
            return Response(_sse_error(message), media_type="text/event-stream", status_code=200)
        return _page(request, post, error=message, status=422)
    body["max_tokens"] = MAX_TOKENS
    headers = {"Authorization": f"Bearer {form.get('key')}", "Content-Type": "application/json"}
    url = proxy_url(post.ctx.settings) + "/v1/chat/completions"
    if streamed:
        body["stream"] = True
        return StreamingResponse(
            _relay(url, headers, body),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
        )
    answer, error = await _whole(url, headers, body)
    return _page(request, post, answer=answer, error=error)


def _page(request: Request, post: Post, **extra: Any) -> HTMLResponse:
    status = extra.pop("status", 200)
    return render(
        request, "playground.html", post.actor, title="Playground", form=post.form,
        status=status, **{"answer": None, **extra},
    )  # fmt: skip


def _sse_error(message: str) -> bytes:
    return b"data: " + orjson.dumps({"error": {"message": message}}) + b"\n\ndata: [DONE]\n\n"


async def _relay(url: str, headers: dict[str, str], body: dict[str, Any]) -> AsyncIterator[bytes]:
    """The proxy's SSE bytes as they come; a refusal becomes one error event."""
    try:
        async with (
            aiohttp.ClientSession(timeout=TIMEOUT) as http,
            http.post(url, headers=headers, data=orjson.dumps(body)) as answer,
        ):
            if answer.status != 200:
                yield _sse_error(_error_text(await answer.read(), answer.status))
                return
            async for chunk in answer.content.iter_any():
                yield chunk
    except (aiohttp.ClientError, TimeoutError) as exc:
        yield _sse_error(f"the proxy at {url} could not be reached ({type(exc).__name__})")


async def _whole(url: str, headers: dict[str, str], body: dict[str, Any]) -> tuple[str, str]:
    try:
        async with (
            aiohttp.ClientSession(timeout=TIMEOUT) as http,
            http.post(url, headers=headers, data=orjson.dumps(body)) as answer,
        ):
            raw = await answer.read()
            if answer.status != 200:
                return "", _error_text(raw, answer.status)
    except (aiohttp.ClientError, TimeoutError) as exc:
        return "", f"the proxy at {url} could not be reached ({type(exc).__name__})"
    try:
        return str(orjson.loads(raw)["choices"][0]["message"].get("content") or ""), ""
    except (orjson.JSONDecodeError, KeyError, IndexError, TypeError):
        return "", "the proxy sent an answer the playground cannot read"


def _error_text(raw: bytes, status: int) -> str:
    try:
        error = orjson.loads(raw).get("error", {})
        return f"{status}: {error.get('message') or error}"
    except (orjson.JSONDecodeError, AttributeError):
        return f"the proxy answered {status}"
