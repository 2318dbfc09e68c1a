"""Conversation memory: a request naming a session gets that session's earlier turns.

`X-WaddleAI-Memory: <session>` (and optionally `X-WaddleAI-Memory-Type`) on a chat
request, in either API. On the way in, the session's stored turns that fit
MEMORY_BUDGET_TOKENS are added after the system prompt (one indexed query plus the
writer's not-yet-committed turns); they are then part of the prompt like any other
tokens, so they are counted, charged and cached as such. On the way out, the new user
message and the answer - a stream folded as it passes - are handed to the writer,
which stores them off the request path. A memory failure never fails the request.
Answers carry `X-WaddleAI-Memory-Turns: <turns added>`.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any, ClassVar

from waddleai.memory.inject import inject, last_user_text
from waddleai.memory.redact import redact
from waddleai.memory.scope import (
    SESSION_HEADER,
    TYPE_HEADER,
    SessionKey,
    check_session,
    memory_type,
    session_key,
)
from waddleai.memory.window import MAX_TURN_CHARS, select, turn_tokens
from waddleai.memory.writer import MemoryWriter, merged
from waddleai.pipeline.exchange import Exchange
from waddleai.pipeline.stage import Stage
from waddleai.translate import SSEDecoder
from waddleai.translate.accumulate import accumulator, answer_text

log = logging.getLogger("waddleai.memory")
HEADER = "X-WaddleAI-Memory-Turns"


class Memory(Stage):
    name: ClassVar[str] = "memory"

    def __init__(self, writer: MemoryWriter, budget: int) -> None:
        self.writer = writer
        self.budget = budget

    async def enter(self, ex: Exchange) -> None:
        raw = ex.request.headers.get(SESSION_HEADER)
        if raw is None or ex.operation.name != "chat" or ex.principal is None:
            return
        key = session_key(ex.principal, check_session(raw.strip()))
        memory_type(ex.request.headers.get(TYPE_HEADER))
        user_text = last_user_text(ex.api, ex.body)
        added = 0
        try:
            stored = await self.writer.repo.turns(key)
        except Exception as exc:  # the request goes on without its history
            log.warning("memory load failed for a session: %s", exc)
        else:
            turns = merged(stored, *self.writer.pending(key))
            added = inject(ex.api, ex.body, select(turns, self.budget)) // 2
        ex.response_headers[HEADER] = str(added)
        if user_text:
            ex.state["memory"] = (key, user_text)

    async def leave(self, ex: Exchange) -> None:
        found = ex.state.pop("memory", None)
        if found is None or ex.usage.status != 200:
            return
        key, user_text = found
        if ex.answer is not None:
            self._keep(key, user_text, answer_text(ex.api, ex.answer))
        elif ex.stream is not None:
            ex.stream = self._folding(ex, ex.stream, key, user_text)

    async def _folding(
        self, ex: Exchange, stream: AsyncIterator[bytes], key: SessionKey, user_text: str
    ) -> AsyncIterator[bytes]:
        """Relay the stream untouched; keep the turn once the answer is complete."""
        decoder, fold = SSEDecoder(), accumulator(ex.api)
        async for piece in stream:
            for name, data in decoder.feed(piece):
                fold.feed(name, data)
            yield piece
        if fold.complete and ex.usage.status == 200:
            self._keep(key, user_text, answer_text(ex.api, fold.result))

    def _keep(self, key: SessionKey, user_text: str, answer: str) -> None:
        if not answer:
            return  # a tool call or an empty answer is not a turn worth replaying
        try:
            question = redact(user_text[:MAX_TURN_CHARS])
            reply = redact(answer[:MAX_TURN_CHARS])
            self.writer.add(key, question, reply, turn_tokens(question, reply))
        except Exception as exc:  # storing never fails the request
            log.warning("memory store failed: %s", exc)


def memory_stage(runtime: Any) -> Memory | None:
    """The stage, when the store (and so the memory writer) exists."""
    writer = getattr(runtime, "memory", None)
    if writer is None:
        return None
    return Memory(writer, runtime.settings.memory_budget_tokens)
