"""Seeing a stream's whole answer without holding it up.

Stages that keep answers (the response cache, conversation memory) need the answer a
stream spells; the client must still get every byte as it arrives. The stream is
relayed untouched and folded on the side (translate/accumulate.py); once it ended
cleanly, the whole answer goes to `done`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from waddleai.pipeline.exchange import Exchange
from waddleai.translate import SSEDecoder
from waddleai.translate.accumulate import accumulator

Done = Callable[[dict[str, Any]], Awaitable[None]]


async def fold_stream(
    ex: Exchange, stream: AsyncIterator[bytes], done: Done
) -> AsyncIterator[bytes]:
    decoder, fold = SSEDecoder(), accumulator(ex.api)
    async for piece in stream:
        for name, data in decoder.feed(piece):
            fold.feed(name, data)
        yield piece
    if fold.complete and ex.usage.status == 200:
        await done(fold.result)
