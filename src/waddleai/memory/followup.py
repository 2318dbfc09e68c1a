"""Work after a turn is stored, for summary and facts modes: one background worker.

The stage only enqueues (bounded; when full the job is dropped and logged, the request
never waits). The worker first flushes the writer, so the turn is in the table, then
calls the small model: facts are extracted from the turn, or turns past the window are
folded into the running summary. A failure is logged and forgotten: memory is a help,
never a reason for a request, or the worker, to fail.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from typing import Any

from waddleai.memory.facts import EXTRACT_INSTRUCTION, exchange_text, parse_facts
from waddleai.memory.model import SmallModel
from waddleai.memory.scope import SessionKey
from waddleai.memory.summary import MAX_SUMMARY_CHARS, SUMMARY_INSTRUCTION, fold_prompt, to_fold
from waddleai.memory.window import select
from waddleai.memory.writer import MemoryWriter

log = logging.getLogger("waddleai.memory")


@dataclass(frozen=True, slots=True)
class Job:
    kind: str  # "facts" | "summary"
    key: SessionKey
    principal: Any
    user_text: str = ""
    answer: str = ""


class FollowUps:
    def __init__(
        self, writer: MemoryWriter, model: SmallModel, budget: int, max_queue: int = 1000
    ) -> None:
        self.writer = writer
        self.model = model
        self.budget = budget
        self.queue: asyncio.Queue[Job] = asyncio.Queue(maxsize=max_queue)
        self._task: asyncio.Task[None] | None = None
        self.done = 0

    def add(self, job: Job) -> None:
        try:
            self.queue.put_nowait(job)
        except asyncio.QueueFull:
            log.warning("memory follow-up queue full: a %s update was skipped", job.kind)

    async def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._loop(), name="waddleai-memory-followups")

    async def _loop(self) -> None:
        while True:
            job = await self.queue.get()
            try:
                await self.writer.flush()
                await (self._facts(job) if job.kind == "facts" else self._summary(job))
            except Exception as exc:
                log.warning("memory %s update failed: %s", job.kind, exc)
            self.done += 1
            self.queue.task_done()

    async def _facts(self, job: Job) -> None:
        text = exchange_text(job.user_text, job.answer)
        reply = await self.model.complete(job.principal, EXTRACT_INSTRUCTION, text, 300)
        facts = parse_facts(reply)
        if facts:
            await self.writer.repo.add_facts(job.key, facts)

    async def _summary(self, job: Job) -> None:
        repo = self.writer.repo
        turns = await repo.turns(job.key)
        through, previous = await repo.summary(job.key) or (0, "")
        old = to_fold(turns, select(turns, self.budget), through)
        if not old:
            return
        prompt = fold_prompt(previous, old)
        text = await self.model.complete(job.principal, SUMMARY_INSTRUCTION, prompt, 600)
        if text.strip():
            await repo.save_summary(job.key, old[-1].seq, text.strip()[:MAX_SUMMARY_CHARS])

    async def close(self) -> None:
        if not self.queue.empty():
            log.info("memory follow-ups skipped at shutdown: %d", self.queue.qsize())
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
