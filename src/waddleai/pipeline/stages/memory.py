"""Conversation memory: a request naming a session gets that session's earlier turns.

`X-WaddleAI-Memory: <session>` and `X-WaddleAI-Memory-Type: conversation` (default) |
`summary` | `facts` on a chat request, in either API. On the way in, the session's
stored turns that fit MEMORY_BUDGET_TOKENS are added after the system prompt (one
indexed query plus the writer's not-yet-committed turns), after the running summary in
summary mode; facts mode adds only the stored facts most relevant to the new message.
They are then part of the prompt like any other tokens: counted, charged and cached.
On the way out, the new user message and the answer - a stream folded as it passes -
go to the writer, which stores them off the request path (then, in summary and facts
modes, the follow-up worker calls the small model). A memory failure never fails the request.
Answers carry `X-WaddleAI-Memory-Turns: <turns added>`.
"""

from __future__ import annotations

import logging
from typing import Any, ClassVar

from waddleai.memory.facts import facts_note, rank
from waddleai.memory.followup import FollowUps, Job
from waddleai.memory.inject import inject, last_user_text, sent_user_texts
from waddleai.memory.redact import redact
from waddleai.memory.scope import (
    SESSION_HEADER,
    TYPE_HEADER,
    SessionKey,
    check_session,
    memory_type,
    session_key,
)
from waddleai.memory.summary import summary_note
from waddleai.memory.window import MAX_TURN_CHARS, Turn, select, turn_tokens
from waddleai.memory.writer import MemoryWriter, merged
from waddleai.pipeline.exchange import Exchange
from waddleai.pipeline.folding import fold_stream
from waddleai.pipeline.stage import Stage
from waddleai.translate.accumulate import answer_text

log = logging.getLogger("waddleai.memory")
HEADER = "X-WaddleAI-Memory-Turns"


class Memory(Stage):
    name: ClassVar[str] = "memory"

    def __init__(self, writer: MemoryWriter, budget: int, followups: FollowUps | None) -> None:
        self.writer = writer
        self.budget = budget
        self.followups = followups

    async def enter(self, ex: Exchange) -> None:
        raw = ex.request.headers.get(SESSION_HEADER)
        if raw is None or ex.operation.name != "chat" or ex.principal is None:
            return
        key = session_key(ex.principal, check_session(raw.strip()))
        kind = memory_type(ex.request.headers.get(TYPE_HEADER))
        user_text = last_user_text(ex.api, ex.body)
        added = 0
        try:
            window, note = await self._recall(key, kind, user_text)
        except Exception as exc:  # the request goes on without its history
            log.warning("memory load failed for a session: %s", exc)
        else:
            sent = sent_user_texts(ex.body)
            window = [t for t in window if t.user_text not in sent]
            added = inject(ex.api, ex.body, window, note) and len(window)
        ex.response_headers[HEADER] = str(added)
        if user_text:
            ex.state["memory"] = (key, user_text, kind)

    async def _recall(self, key: SessionKey, kind: str, text: str) -> tuple[list[Turn], str]:
        """The turns and the note (summary, or relevant facts) this request gets."""
        repo = self.writer.repo
        if kind == "facts":
            chosen = rank(text, await repo.facts(key))
            return [], facts_note(chosen) if chosen else ""
        turns = merged(await repo.turns(key), *self.writer.pending(key))
        window = select(turns, self.budget)
        if kind == "summary":
            found = await repo.summary(key)
            if found is not None:
                return window, summary_note(found[1])
        return window, ""

    async def leave(self, ex: Exchange) -> None:
        found = ex.state.pop("memory", None)
        if found is None or ex.usage.status != 200:
            return
        if ex.answer is not None:
            self._keep(ex, found, answer_text(ex.api, ex.answer))
        elif ex.stream is not None:

            async def keep(answer: dict[str, Any]) -> None:
                self._keep(ex, found, answer_text(ex.api, answer))

            ex.stream = fold_stream(ex, ex.stream, keep)

    def _keep(self, ex: Exchange, found: tuple[SessionKey, str, str], answer: str) -> None:
        key, user_text, kind = found
        if not answer:
            return  # a tool call or an empty answer is not a turn worth replaying
        try:
            question = redact(user_text[:MAX_TURN_CHARS])
            reply = redact(answer[:MAX_TURN_CHARS])
            self.writer.add(key, question, reply, turn_tokens(question, reply))
            if kind != "conversation" and self.followups is not None:
                self.followups.add(Job(kind, key, ex.principal, question, reply))
        except Exception as exc:  # storing never fails the request
            log.warning("memory store failed: %s", exc)


def memory_stage(runtime: Any) -> Memory | None:
    """The stage, when the store (and so the memory writer) exists."""
    writer = getattr(runtime, "memory", None)
    if writer is None:
        return None
    budget = runtime.settings.memory_budget_tokens
    return Memory(writer, budget, getattr(writer, "followups", None))
