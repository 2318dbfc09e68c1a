"""Legacy text completions (``POST /v1/completions``) served by any chat upstream.

Like the Responses adapter: the body becomes a chat body when it is read, the chat
machinery serves it (any provider, failover included), and the answer or stream is
turned back into ``text_completion`` objects (translate/completions.py).
"""

from __future__ import annotations

from typing import Any, ClassVar

from waddleai.core.errors import GatewayError
from waddleai.pipeline.exchange import Exchange
from waddleai.pipeline.operations.attempts import attempt
from waddleai.pipeline.operations.base import Operation
from waddleai.pipeline.operations.chat import complete as complete_chat
from waddleai.pipeline.operations.chat import window_tokens
from waddleai.pipeline.operations.plan import plan_for
from waddleai.pipeline.operations.streaming import open_stream
from waddleai.proxy.errors import from_translation
from waddleai.routing.keys import Lease
from waddleai.routing.resolver import Route
from waddleai.translate import TranslationError
from waddleai.translate.completions import (
    ChatSSEToCompletions,
    chat_to_completion,
    completion_request_to_chat,
)


class Completions(Operation):
    name: ClassVar[str] = "completions"

    def validate(self, ex: Exchange) -> None:
        try:
            chat = completion_request_to_chat(ex.body)
        except TranslationError as exc:
            raise from_translation(exc) from None
        echo = ex.body.get("echo") is True
        ex.state["completions"] = (ex.body, chat["messages"][0]["content"] if echo else "")
        ex.body = chat

    async def call(self, ex: Exchange) -> None:
        original, echo = ex.state["completions"]

        async def one(route: Route, lease: Lease) -> Any:
            plan = plan_for(ex, route)
            ex.payload = plan.payload
            if ex.usage.stream:
                headers = await open_stream(ex, plan, lease.spec.secret)
                assert ex.stream is not None
                ex.stream = _stream(ex.stream, _translator(ex, original, echo))
                return headers
            headers = await complete_chat(ex, plan, lease.spec.secret)
            ex.answer = _answer(ex.answer or {}, ex.model, echo)
            return headers

        await attempt(ex, one, window_tokens(ex))


def _answer(chat: dict[str, Any], model: str, echo: str) -> dict[str, Any]:
    try:
        return chat_to_completion(chat, model, echo)
    except TranslationError as exc:
        raise GatewayError(502, f"upstream answer could not be translated: {exc.message}") from None


def _translator(ex: Exchange, original: dict[str, Any], echo: str) -> ChatSSEToCompletions:
    options = original.get("stream_options")
    wants = isinstance(options, dict) and options.get("include_usage") is True
    return ChatSSEToCompletions(ex.model, include_usage=wants, echo=echo)


async def _stream(chat: Any, translator: ChatSSEToCompletions) -> Any:
    async for piece in chat:
        out = translator.feed(piece)
        if out:
            yield out
