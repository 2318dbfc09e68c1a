"""Request translation: Anthropic Messages request → OpenAI Chat Completions request.

Used when an Anthropic client (e.g. Claude Code) talks to an OpenAI-format upstream.
Unknown top-level fields are ignored on purpose: Anthropic keeps adding beta fields
(``context_management``, ``container``...) that an OpenAI upstream cannot honour, and
failing on them would break clients for no benefit. Those with an OpenAI equivalent
(``output_config`` format and effort) are carried across (see ``options``).
"""

from __future__ import annotations

import hashlib
from typing import Any

from waddleai.translate._common import dumps_text, positive_int
from waddleai.translate.anthropic_parts import document_parts, image_part
from waddleai.translate.anthropic_tools import apply_tools, custom_tool_names, tool_reference_text
from waddleai.translate.errors import TranslationError
from waddleai.translate.options import openai_reasoning_effort, openai_response_format
from waddleai.translate.tool_names import ToolNameMap

DEFAULT_MAX_TOKENS = 4096
_MAX_USER_LENGTH = 64
_ROLES = ("user", "assistant", "system")
_DOCS_UNSUPPORTED = "documents are not supported by this upstream; send the content as text"


def anthropic_request_to_openai(
    body: dict[str, Any],
    *,
    model: str,
    max_output_tokens: int | None = None,
    supports_reasoning: bool = False,
    accepts_documents: bool = True,
) -> tuple[dict[str, Any], ToolNameMap]:
    """Translate an Anthropic Messages request body into an OpenAI chat request.

    Returns the OpenAI body and the tool-name map needed to restore long tool names
    in the response. Raises :class:`TranslationError` (400) for malformed input.
    ``accepts_documents=False`` is for an upstream known to take no file input:
    document blocks are then refused with a 400 that says so.
    """
    if not isinstance(body, dict):
        raise TranslationError("request body must be a JSON object")
    messages = body.get("messages")
    if messages is None:
        raise TranslationError("messages: field required")
    if not isinstance(messages, list):
        raise TranslationError("messages: must be a list of message objects")
    if not messages:
        raise TranslationError("messages: at least one message is required")

    names = ToolNameMap(custom_tool_names(body.get("tools")))
    ctx = _Context(names=names, accepts_documents=accepts_documents)
    out_messages: list[dict[str, Any]] = []
    system = _system_text(body.get("system"), "system")
    if system:
        out_messages.append({"role": "system", "content": system})
    for position, message in enumerate(messages):
        out_messages.extend(_convert_message(message, position, ctx))

    out: dict[str, Any] = {"model": model, "messages": out_messages}
    _apply_max_tokens(out, body, max_output_tokens, supports_reasoning)
    _apply_sampling(out, body, supports_reasoning)
    apply_tools(out, body, names)
    return out, names


class _Context:
    """Per-request conversion settings passed down to the block converters."""

    __slots__ = ("accepts_documents", "names")

    def __init__(self, *, names: ToolNameMap, accepts_documents: bool) -> None:
        self.names = names
        self.accepts_documents = accepts_documents


# --------------------------------------------------------------------------- system


def _system_text(system: Any, where: str) -> str:
    """Flatten an Anthropic system prompt (string or text blocks) to one string.

    Blocks are joined with a blank line; ``cache_control`` has no OpenAI equivalent
    (OpenAI caches prefixes automatically) and is dropped.
    """
    if system is None:
        return ""
    if isinstance(system, str):
        return system
    if not isinstance(system, list):
        raise TranslationError(f"{where}: must be a string or a list of text blocks")
    parts = []
    for block in system:
        if isinstance(block, str):
            parts.append(block)
        elif isinstance(block, dict) and block.get("type", "text") == "text":
            text = block.get("text")
            if isinstance(text, str) and text:
                parts.append(text)
        else:
            raise TranslationError(f"{where}: only text blocks are allowed")
    return "\n\n".join(parts)


# ------------------------------------------------------------------------- messages


def _convert_message(message: Any, position: int, ctx: _Context) -> list[dict[str, Any]]:
    """Convert one Anthropic message into zero or more OpenAI messages."""
    where = f"messages.{position}"
    if not isinstance(message, dict):
        raise TranslationError(f"{where}: must be an object")
    role = message.get("role")
    if role not in _ROLES:
        raise TranslationError(f"{where}.role: must be one of 'user', 'assistant', 'system'")
    content = message.get("content")
    if content is None:
        raise TranslationError(f"{where}.content: field required")
    if role == "system":
        text = _system_text(content, f"{where}.content")
        return [{"role": "system", "content": text}] if text else []
    if isinstance(content, str):
        return [{"role": role, "content": content}] if content else []
    if not isinstance(content, list):
        raise TranslationError(f"{where}.content: must be a string or a list of blocks")
    if role == "assistant":
        return _convert_assistant(content, where, ctx)
    return _convert_user(content, where, ctx)


def _convert_assistant(blocks: list[Any], where: str, ctx: _Context) -> list[dict[str, Any]]:
    """Assistant blocks → one message with joined text and ``tool_calls``.

    Thinking blocks are dropped: their signatures are meaningless to another provider.
    """
    texts: list[str] = []
    tool_calls: list[dict[str, Any]] = []
    for i, block in enumerate(blocks):
        if not isinstance(block, dict):
            raise TranslationError(f"{where}.content.{i}: must be an object")
        kind = block.get("type")
        if kind == "text":
            text = block.get("text")
            if isinstance(text, str) and text:
                texts.append(text)
        elif kind == "tool_use":
            tool_calls.append(_tool_call(block, f"{where}.content.{i}", ctx))
    if not texts and not tool_calls:
        return []
    out: dict[str, Any] = {"role": "assistant", "content": "\n\n".join(texts) or None}
    if tool_calls:
        out["tool_calls"] = tool_calls
    return [out]


def _tool_call(block: dict[str, Any], where: str, ctx: _Context) -> dict[str, Any]:
    """A history ``tool_use`` block → an OpenAI ``tool_calls`` entry."""
    name = block.get("name")
    call_id = block.get("id")
    if not isinstance(name, str) or not name:
        raise TranslationError(f"{where}.name: field required")
    if not isinstance(call_id, str) or not call_id:
        raise TranslationError(f"{where}.id: field required")
    arguments = block.get("input")
    return {
        "id": call_id,
        "type": "function",
        "function": {
            "name": ctx.names.add(name),
            "arguments": dumps_text(arguments if arguments is not None else {}),
        },
    }


def _convert_user(blocks: list[Any], where: str, ctx: _Context) -> list[dict[str, Any]]:
    """User blocks → ``tool`` messages first, then one user message.

    OpenAI requires tool results to directly follow the assistant tool calls, so they
    go before the user's own text. Images returned by tools cannot live in a ``tool``
    message; they are placed at the start of the follow-up user message.
    """
    tool_messages: list[dict[str, Any]] = []
    tool_images: list[dict[str, Any]] = []
    parts: list[dict[str, Any]] = []
    for i, block in enumerate(blocks):
        at = f"{where}.content.{i}"
        if not isinstance(block, dict):
            raise TranslationError(f"{at}: must be an object")
        if block.get("type") == "tool_result":
            message, images = _tool_result(block, at, ctx)
            tool_messages.append(message)
            tool_images.extend(images)
        else:
            parts.extend(_user_parts(block, at, ctx))
    out = list(tool_messages)
    parts = tool_images + parts
    if parts:
        if len(parts) == 1 and parts[0]["type"] == "text":
            out.append({"role": "user", "content": parts[0]["text"]})
        else:
            out.append({"role": "user", "content": parts})
    return out


def _user_parts(block: dict[str, Any], where: str, ctx: _Context) -> list[dict[str, Any]]:
    """One user content block → OpenAI content parts (empty when dropped)."""
    kind = block.get("type")
    if kind == "text":
        text = block.get("text")
        return [{"type": "text", "text": text}] if isinstance(text, str) and text else []
    if kind == "image":
        return [image_part(block, where)]
    if kind == "document":
        return _document(block, where, ctx)
    # thinking, redacted_thinking, server-tool results, unknown future blocks: no
    # OpenAI equivalent, and rejecting them would break long-running conversations.
    return []


def _document(block: dict[str, Any], where: str, ctx: _Context) -> list[dict[str, Any]]:
    if not ctx.accepts_documents:
        raise TranslationError(f"{where}: {_DOCS_UNSUPPORTED}")
    return document_parts(block, where)


def _tool_result(
    block: dict[str, Any], where: str, ctx: _Context
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A ``tool_result`` block → an OpenAI ``tool`` message plus any image parts."""
    call_id = block.get("tool_use_id")
    if not isinstance(call_id, str) or not call_id:
        raise TranslationError(f"{where}.tool_use_id: field required")
    content = block.get("content")
    texts: list[str] = []
    images: list[dict[str, Any]] = []
    if isinstance(content, str):
        texts.append(content)
    elif isinstance(content, list):
        for j, inner in enumerate(content):
            if not isinstance(inner, dict):
                continue
            kind = inner.get("type")
            if kind == "text" and isinstance(inner.get("text"), str) and inner["text"]:
                texts.append(inner["text"])
            elif kind == "image":
                images.append(image_part(inner, f"{where}.content.{j}"))
            elif kind == "document":
                for part in _document(inner, f"{where}.content.{j}", ctx):
                    if part["type"] == "text":
                        texts.append(part["text"])
                    else:
                        images.append(part)
            elif kind == "tool_reference":  # Claude Code's ToolSearch loaded a tool
                texts.append(tool_reference_text(inner, ctx.names))
    text = "\n".join(texts)
    if not text and images:
        text = "(the tool returned attachments; they follow in the next user message)"
    if block.get("is_error"):
        text = "Error: " + text
    return {"role": "tool", "tool_call_id": call_id, "content": text}, images


# --------------------------------------------------------------------- parameters


def _apply_max_tokens(
    out: dict[str, Any],
    body: dict[str, Any],
    max_output_tokens: int | None,
    supports_reasoning: bool,
) -> None:
    """``max_tokens`` (default 4096) clamped to the model cap.

    Reasoning (o-series) models reject ``max_tokens`` and need
    ``max_completion_tokens`` instead.
    """
    value = positive_int(body.get("max_tokens"), "max_tokens", DEFAULT_MAX_TOKENS)
    if max_output_tokens is not None and max_output_tokens > 0:
        value = min(value, max_output_tokens)
    out["max_completion_tokens" if supports_reasoning else "max_tokens"] = value


def _openai_user(user_id: str) -> str:
    """A ``user`` value OpenAI-format upstreams accept.

    Claude Code sends a ~170-character JSON blob as ``user_id``; OpenAI rejects a
    ``user`` over 64 characters (OpenRouter over 128). A long id becomes its SHA-256 hex
    (64 characters), which still identifies the same end user consistently.
    """
    if len(user_id) <= _MAX_USER_LENGTH:
        return user_id
    return hashlib.sha256(user_id.encode("utf-8")).hexdigest()


def _apply_sampling(out: dict[str, Any], body: dict[str, Any], supports_reasoning: bool) -> None:
    """Copy sampling, stop, user, reasoning, structured-output and streaming options.

    ``top_k`` has no OpenAI equivalent and is dropped.
    """
    for key in ("temperature", "top_p"):
        if body.get(key) is not None:
            out[key] = body[key]
    stop = body.get("stop_sequences")
    if isinstance(stop, list) and stop:
        out["stop"] = [s for s in stop if isinstance(s, str)]
    elif isinstance(stop, str) and stop:
        out["stop"] = [stop]
    metadata = body.get("metadata")
    if isinstance(metadata, dict) and isinstance(metadata.get("user_id"), str):
        out["user"] = _openai_user(metadata["user_id"])
    if supports_reasoning:
        effort = openai_reasoning_effort(body)
        if effort is not None:
            out["reasoning_effort"] = effort
    response_format = openai_response_format(body)
    if response_format is not None:
        out["response_format"] = response_format
    if body.get("stream") is not None:
        out["stream"] = bool(body["stream"])
        if out["stream"]:
            out["stream_options"] = {"include_usage": True}
