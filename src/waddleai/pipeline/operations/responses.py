"""The Responses API (``POST /v1/responses``): a client-API adapter over chat.

The body is converted to a Chat Completions request as soon as it is read (so rate
limits, guards and quota see an ordinary chat body), the stored history of
``previous_response_id`` is loaded (owner-checked) before the call, and each route is
served either natively (an upstream that speaks the Responses API gets the body as is,
responses_native.py) or through the chat machinery, whose answer or stream is converted
back with the pure converters of ``translate.responses``. A response is stored before
the client sees it complete, so a follow-up works at once on any replica.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar

from waddleai.core.errors import GatewayError, bad_request
from waddleai.history import ResponseRecord
from waddleai.pipeline.exchange import Exchange
from waddleai.pipeline.operations.attempts import attempt
from waddleai.pipeline.operations.base import Operation
from waddleai.pipeline.operations.chat import complete as complete_chat
from waddleai.pipeline.operations.chat import window_tokens
from waddleai.pipeline.operations.plan import plan_for
from waddleai.pipeline.operations.responses_native import call_native
from waddleai.pipeline.operations.streaming import open_stream
from waddleai.proxy.errors import from_translation
from waddleai.routing.keys import Lease
from waddleai.routing.resolver import Route
from waddleai.translate import TranslationError
from waddleai.translate.responses import (
    ChatRequest,
    ChatSSEToResponses,
    ResponseFrame,
    chat_response_to_responses,
    is_response_id,
    responses_request_to_chat,
)

log = logging.getLogger("waddleai.proxy")


@dataclass(slots=True)
class ResponsesCall:
    """The client's Responses body, its chat form, and the history it continues."""

    original: dict[str, Any]
    chat: ChatRequest
    history: list[dict[str, Any]] | None = None

    @property
    def input_items(self) -> list[dict[str, Any]]:
        """Everything the response answered: the history, then this request's input."""
        return [*(self.history or []), *self.chat.items]

    @property
    def stored(self) -> bool:
        return self.original.get("store") is not False


def _convert(body: dict[str, Any], history: list[dict[str, Any]] | None) -> ChatRequest:
    try:
        return responses_request_to_chat(
            body, model=str(body.get("model") or ""), history=history, supports_reasoning=True
        )
    except TranslationError as exc:
        raise from_translation(exc) from None


class Responses(Operation):
    """``POST /v1/responses`` on any provider (see module docstring)."""

    name: ClassVar[str] = "responses"

    def validate(self, ex: Exchange) -> None:
        body = ex.body
        previous = body.get("previous_response_id")
        if previous is not None and not is_response_id(previous):
            raise bad_request("previous_response_id: must be a response id ('resp_...')")
        call = ResponsesCall(body, _convert(body, [] if previous else None))
        ex.state["responses"] = call
        if previous:  # known here already: guards and the quota estimate see the history
            record = _local_record(ex, previous)
            if record is not None:
                call.history = record.history
                call.chat = _convert(body, call.history)
        ex.body = call.chat.body  # what the later stages (guards, quota, plan) see

    async def call(self, ex: Exchange) -> None:
        call: ResponsesCall = ex.state["responses"]
        await _load_history(ex, call)
        frame = ResponseFrame(request=call.original, model=ex.model, kinds=call.chat.kinds)

        async def one(route: Route, lease: Lease) -> Any:
            if getattr(route.provider, "native_responses", False):
                return await call_native(ex, route, call, save, lease.spec.secret)
            return await _via_chat(ex, route, call, frame, lease.spec.secret)

        await attempt(ex, one, window_tokens(ex))


def _local_record(ex: Exchange, previous: str) -> ResponseRecord | None:
    """previous_response_id from this connection or this process's cache, if owned."""
    if ex.principal is None:
        return None
    memory = ex.scope.get("waddleai.ws_memory")  # a WebSocket connection's own responses
    record = memory.get(previous) if memory is not None else None
    if record is None:
        record = ex.runtime.history.cache.get(previous)
        if record is not None and record.expires_at <= datetime.now(UTC):
            return None
    if record is None or record.key_id != ex.principal.key_id:
        return None
    return record


async def _load_history(ex: Exchange, call: ResponsesCall) -> None:
    """The stored input + output of previous_response_id, or a 404 like OpenAI's."""
    previous = call.original.get("previous_response_id")
    if not previous or call.history is not None:
        return
    assert ex.principal is not None
    record = await ex.runtime.history.get(previous, ex.principal.key_id)
    if record is None:
        raise GatewayError(
            404,
            f"Previous response with id '{previous}' not found.",
            code="previous_response_not_found",
        )
    call.history = record.history
    call.chat = _convert(call.original, call.history)
    ex.body = call.chat.body


async def _via_chat(
    ex: Exchange, route: Route, call: ResponsesCall, frame: ResponseFrame, key: str
) -> Any:
    info = ex.runtime.catalog.info(route.upstream_model)
    ex.body = call.chat.body
    if not info.supports_reasoning and "reasoning_effort" in ex.body:
        ex.body = {k: v for k, v in ex.body.items() if k != "reasoning_effort"}
    plan = plan_for(ex, route)
    ex.payload = plan.payload
    if ex.usage.stream:
        headers = await open_stream(ex, plan, key)
        assert ex.stream is not None
        ex.stream = _to_responses_stream(ex, ex.stream, ChatSSEToResponses(frame), call)
        return headers
    headers = await complete_chat(ex, plan, key)
    assert ex.answer is not None
    try:
        ex.answer = chat_response_to_responses(ex.answer, frame)
    except TranslationError as exc:
        raise GatewayError(502, f"upstream answer could not be translated: {exc.message}") from None
    await save(ex, call, ex.answer)
    return headers


async def _to_responses_stream(
    ex: Exchange, chat: AsyncIterator[bytes], relay: ChatSSEToResponses, call: ResponsesCall
) -> AsyncIterator[bytes]:
    """Chat SSE → Responses SSE as it arrives; stored before ``response.completed``."""
    async for piece in chat:
        out = relay.feed(piece)
        if out:
            yield out
    tail = relay.finish()
    if relay.response is not None and relay.response.get("status") != "failed":
        await save(ex, call, relay.response)
    if tail:
        yield tail


async def save(ex: Exchange, call: ResponsesCall, response: dict[str, Any]) -> None:
    """Store the response unless the client said ``store: false``; never fails the answer.

    On a WebSocket connection it is also remembered by the connection, stored or not.
    """
    history = ex.runtime.history
    if ex.principal is None:
        return
    record: ResponseRecord = history.new_record(
        response=response,
        input_items=call.input_items,
        key_id=ex.principal.key_id,
        user_id=ex.principal.user_id,
    )
    memory = ex.scope.get("waddleai.ws_memory")
    if memory is not None:
        memory.remember(record)
    if not call.stored or not history.enabled:
        return
    try:
        await history.save(record)
    except Exception as exc:  # the answer is good; only the follow-up will miss it
        log.warning("storing response %s failed: %s", record.id, exc)
