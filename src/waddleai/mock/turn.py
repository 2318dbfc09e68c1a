"""The API-neutral answer to one chat request.

Both dialects render the same :class:`Turn`, which is what lets a scripted
response be consumed by either API and keeps token accounting identical
across them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from waddleai.mock.options import MockOptions
from waddleai.mock.script import Reply, ToolCall
from waddleai.mock.tokens import count_tokens, last_message_is_user, last_user_text, truncate_tokens

# A word with its leading whitespace, so concatenating the pieces gives back
# the text exactly (trailing whitespace is glued to the last piece).
_WORD = re.compile(r"\s*\S+(?:\s+$)?|\s+$")
TOOL_TRIGGER = "[[tool]]"


@dataclass(slots=True)
class Turn:
    """What the assistant says, in neutral form, with its token counts."""

    model: str
    text: str | None
    reasoning: str | None = None
    tool_calls: list[ToolCall] = field(default_factory=list)
    finish: str = "stop"  # OpenAI vocabulary; dialects map it
    finish_override: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    reasoning_tokens: int = 0
    usage_override: dict[str, Any] | None = None
    no_usage: bool = False
    stream_chunks: int | None = None
    argument_chunk_size: int = 7
    same_tool_index: bool = False  # OpenAI streams: every call at index 0 (Kimi-style)

    def pieces(self, text: str) -> list[str]:
        """Split ``text`` into stream chunks (per word or N equal slices)."""
        return split_text(text, self.stream_chunks)


def split_text(text: str, chunks: int | None) -> list[str]:
    """Pieces whose concatenation is ``text``; never empty for non-empty text.

    ``chunks=None``: one piece per word (with its leading space), like a
    model emitting about a token at a time. ``chunks=N``: N pieces of whole
    words, or of characters when the text has fewer than N words.
    """
    if not text:
        return []
    words = _WORD.findall(text) or [text]
    if chunks is None or chunks <= 0:
        return words
    if len(words) >= chunks:
        # Whole words per chunk, spread as evenly as possible.
        size, extra = divmod(len(words), chunks)
        out, start = [], 0
        for index in range(chunks):
            end = start + size + (1 if index < extra else 0)
            out.append("".join(words[start:end]))
            start = end
        return out
    chunks = min(chunks, len(text))
    size, extra = divmod(len(text), chunks)
    out, start = [], 0
    for index in range(chunks):
        end = start + size + (1 if index < extra else 0)
        out.append(text[start:end])
        start = end
    return out


def fragments(text: str, size: int) -> list[str]:
    """Tool-call argument fragments of ``size`` characters."""
    size = max(size, 1)
    return [text[i : i + size] for i in range(0, len(text), size)]


def _default_tool_call(body: dict[str, Any], tools: list[Any]) -> ToolCall | None:
    """Unscripted tool use: call the first tool with ``{}`` on ``[[tool]]``."""
    if not tools or not last_message_is_user(body) or TOOL_TRIGGER not in last_user_text(body):
        return None
    first = tools[0] if isinstance(tools[0], dict) else {}
    name = (first.get("function") or {}).get("name") or first.get("name")
    return ToolCall(name=str(name), arguments="{}") if name else None


def build_turn(
    *,
    model: str,
    body: dict[str, Any],
    reply: Reply | None,
    options: MockOptions,
    prompt_tokens: int,
    max_tokens: Any,
) -> Turn:
    """Decide text, reasoning and tool calls for a request and count tokens.

    The default reply honours ``max_tokens`` like a real model (truncated,
    finish ``length``); scripted text is sent verbatim because the test
    asked for exactly that.
    """
    turn = Turn(
        model=model,
        text=None,
        prompt_tokens=prompt_tokens,
        stream_chunks=options.stream_chunks,
        argument_chunk_size=options.argument_chunk_size,
    )
    if reply is not None:
        turn.text = reply.text
        turn.reasoning = reply.reasoning
        turn.tool_calls = list(reply.tool_calls)
        turn.finish_override = reply.finish_reason
        turn.usage_override = reply.usage
        turn.no_usage = reply.no_usage
        if reply.argument_chunk_size:
            turn.argument_chunk_size = reply.argument_chunk_size
        turn.same_tool_index = reply.same_tool_index
    else:
        call = _default_tool_call(body, body.get("tools") or [])
        if call is not None:
            turn.tool_calls = [call]
    if turn.text is None and not turn.tool_calls:
        turn.text = options.reply
        limited = isinstance(max_tokens, int) and not isinstance(max_tokens, bool)
        if limited and count_tokens(turn.text) > max_tokens:
            turn.text = truncate_tokens(turn.text, max_tokens)
            turn.finish = "length"
    if turn.tool_calls:
        turn.finish = "tool_calls"
    turn.reasoning_tokens = count_tokens(turn.reasoning or "")
    turn.completion_tokens = (
        count_tokens(turn.text or "")
        + turn.reasoning_tokens
        + sum(count_tokens(c.name) + count_tokens(c.arguments) for c in turn.tool_calls)
    )
    return turn
