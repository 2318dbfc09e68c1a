"""The gateway's own token counts, for upstreams that report no usage.

What is counted is the payload actually sent upstream (system, messages, tools, in that
provider's wire format) - not the client's body, which may differ after translation -
and exactly: the BPE tables are loaded and the count runs in a worker thread, so the
event loop never blocks on it.
"""

from __future__ import annotations

import asyncio

from waddleai.accounting.tokenizer import count_payload_tokens, count_text_tokens, ensure_loaded
from waddleai.pipeline.exchange import Exchange


async def count_sent(ex: Exchange) -> int:
    """Exact prompt tokens of what was sent upstream for this exchange."""
    if ex.payload is None or ex.route is None:
        return 0
    await ensure_loaded()
    wire = ex.route.provider.wire_api
    return await asyncio.to_thread(count_payload_tokens, ex.payload, wire, ex.usage.upstream_model)


async def count_text(text: str, model: str) -> int:
    if not text:
        return 0
    await ensure_loaded()
    return await asyncio.to_thread(count_text_tokens, text, model)
