"""Request translation: OpenAI Chat Completions request → Anthropic Messages request.

Used when an OpenAI client talks to an Anthropic upstream. Anthropic is stricter than
OpenAI (strict user/assistant alternation, non-empty text blocks, one system prompt),
so this direction normalises rather than copies.

System and developer messages are hoisted into the top-level ``system`` string, even
when they appear mid-conversation: Anthropic has no in-conversation system role, and
keeping their instructions is better than dropping them.
"""

from __future__ import annotations

from typing import Any

from waddleai.translate._common import parse_tool_arguments, positive_int
from waddleai.translate.custom_tools import anthropic_tool as custom_anthropic_tool
from waddleai.translate.custom_tools import tool_use_block as custom_tool_use_block
from waddleai.translate.errors import TranslationError
from waddleai.translate.options import (
    anthropic_output_format,
    anthropic_thinking,
    wants_json_object,
)

DEFAULT_MAX_TOKENS = 4096
_EMPTY_SCHEMA: dict[str, Any] = {"type": "object", "properties": {}}
_JSON_ONLY = "Respond with a single valid JSON object and nothing else."


def openai_request_to_anthropic(
    body: dict[str, Any],
    *,
    model: str,
    max_output_tokens: int | None = None,
    supports_reasoning: bool = False,
) -> dict[str, Any]:
    """Translate an OpenAI chat request body into an Anthropic Messages request body.

    ``supports_reasoning``: the model takes extended thinking, so ``reasoning_effort``
    becomes a ``thinking`` budget (older Claude models reject ``thinking``).
    """
    if not isinstance(body, dict):
        raise TranslationError("request body must be a JSON object")
    messages = body.get("messages")
    if messages is None:
        raise TranslationError("messages: field required")
    if not isinstance(messages, list) or not messages:
        raise TranslationError("messages: must be a non-empty list of message objects")
    n = body.get("n")
    if n is not None and n != 1:
        raise TranslationError("n>1 is not supported by Anthropic upstreams")

    system: list[str] = []
    turns: list[dict[str, Any]] = []
    for position, message in enumerate(messages):
        _add_message(message, position, system, turns)

    if not turns:
        raise TranslationError(
            "messages: at least one non-empty user or assistant message is required"
        )
    out: dict[str, Any] = {"model": model, "messages": turns}
    if system:
        out["system"] = "\n\n".join(system)
    value = body.get("max_completion_tokens")
    if value is None:
        value = body.get("max_tokens")
    max_tokens = positive_int(value, "max_tokens", DEFAULT_MAX_TOKENS)
    if max_output_tokens is not None and max_output_tokens > 0:
        max_tokens = min(max_tokens, max_output_tokens)
    out["max_tokens"] = max_tokens
    _apply_options(out, body)
    _apply_tools(out, body)
    _apply_output_format(out, body.get("response_format"))
    if supports_reasoning:
        _apply_thinking(out, body.get("reasoning_effort"))
    return out


# ------------------------------------------------------------------------ messages


def _add_message(
    message: Any, position: int, system: list[str], turns: list[dict[str, Any]]
) -> None:
    """Convert one OpenAI message and append it, merging same-role neighbours."""
    where = f"messages.{position}"
    if not isinstance(message, dict):
        raise TranslationError(f"{where}: must be an object")
    role = message.get("role")
    content = message.get("content")
    if role in ("system", "developer"):
        text = _text_of(content, f"{where}.content")
        if text:
            system.append(text)
        return
    if role == "user":
        blocks = _content_blocks(content, f"{where}.content")
        _append(turns, "user", blocks)
    elif role == "assistant":
        blocks = _content_blocks(content, f"{where}.content", assistant=True)
        blocks.extend(_tool_use_blocks(message.get("tool_calls"), f"{where}.tool_calls"))
        _append(turns, "assistant", blocks)
    elif role == "tool":
        _append(turns, "user", [_tool_result(message, where)])
    else:
        raise TranslationError(
            f"{where}.role: must be one of 'system', 'developer', 'user', 'assistant', 'tool'"
        )


def _append(turns: list[dict[str, Any]], role: str, blocks: list[dict[str, Any]]) -> None:
    """Append blocks as a turn; Anthropic requires alternation, so merge same roles.

    A user turn that follows tool results is merged after them, which also keeps the
    ``tool_result`` blocks first as Anthropic requires. Empty turns are dropped.
    """
    if not blocks:
        return
    if turns and turns[-1]["role"] == role:
        turns[-1]["content"].extend(blocks)
    else:
        turns.append({"role": role, "content": blocks})


def _text_of(content: Any, where: str) -> str:
    """Text of string-or-parts content (only text parts allowed, e.g. system)."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        raise TranslationError(f"{where}: must be a string or a list of parts")
    texts = []
    for part in content:
        if isinstance(part, str):
            texts.append(part)
        elif isinstance(part, dict) and isinstance(part.get("text"), str):
            texts.append(part["text"])
    return "\n".join(t for t in texts if t)


def _content_blocks(content: Any, where: str, *, assistant: bool = False) -> list[dict[str, Any]]:
    """OpenAI message content → Anthropic blocks (empty text dropped: Anthropic rejects it)."""
    if content is None:
        return []
    if isinstance(content, str):
        return [{"type": "text", "text": content}] if content else []
    if not isinstance(content, list):
        raise TranslationError(f"{where}: must be a string or a list of parts")
    blocks = []
    for i, part in enumerate(content):
        block = _part_block(part, f"{where}.{i}", assistant)
        if block is not None:
            blocks.append(block)
    return blocks


def _part_block(part: Any, where: str, assistant: bool) -> dict[str, Any] | None:
    """One OpenAI content part → one Anthropic block (None when dropped)."""
    if isinstance(part, str):
        return {"type": "text", "text": part} if part else None
    if not isinstance(part, dict):
        raise TranslationError(f"{where}: must be an object")
    kind = part.get("type")
    if kind in ("text", "refusal"):
        text = part.get(kind)
        return {"type": "text", "text": text} if isinstance(text, str) and text else None
    if kind == "image_url" and not assistant:
        return _image_block(part.get("image_url"), where)
    if kind == "file" and not assistant:
        return _file_block(part.get("file"), where)
    raise TranslationError(f"{where}.type: content part {kind!r} is not supported")


def _image_block(image_url: Any, where: str) -> dict[str, Any]:
    """``image_url`` part → image block (data URLs become base64 sources)."""
    url = image_url.get("url") if isinstance(image_url, dict) else image_url
    if not isinstance(url, str) or not url:
        raise TranslationError(f"{where}.image_url.url: field required")
    if url.startswith("data:"):
        return {"type": "image", "source": _base64_source(url, where)}
    if url.startswith(("http://", "https://")):
        return {"type": "image", "source": {"type": "url", "url": url}}
    raise TranslationError(f"{where}.image_url.url: must be an http(s) or data URL")


def _file_block(file: Any, where: str) -> dict[str, Any]:
    """``file`` part with inline PDF data → document block."""
    data = file.get("file_data") if isinstance(file, dict) else None
    if not isinstance(data, str) or not data.startswith("data:"):
        raise TranslationError(f"{where}.file: only inline file_data (data URL) is supported")
    block: dict[str, Any] = {"type": "document", "source": _base64_source(data, where)}
    return block


def _base64_source(url: str, where: str) -> dict[str, Any]:
    """Split ``data:<type>;base64,<data>`` into an Anthropic base64 source."""
    header, sep, data = url[5:].partition(",")
    media_type, _, encoding = header.partition(";")
    if not sep or encoding != "base64" or not media_type:
        raise TranslationError(f"{where}: data URL must be of the form data:<type>;base64,...")
    return {"type": "base64", "media_type": media_type, "data": data}


def _tool_use_blocks(calls: Any, where: str) -> list[dict[str, Any]]:
    """Assistant ``tool_calls`` → ``tool_use`` blocks (bad JSON kept as raw_arguments)."""
    if calls is None:
        return []
    if not isinstance(calls, list):
        raise TranslationError(f"{where}: must be a list")
    blocks = []
    for i, call in enumerate(calls):
        if isinstance(call, dict) and call.get("type") == "custom":
            blocks.append(custom_tool_use_block(call, f"{where}.{i}"))
            continue
        function = call.get("function") if isinstance(call, dict) else None
        if not isinstance(function, dict) or not isinstance(function.get("name"), str):
            raise TranslationError(f"{where}.{i}.function.name: field required")
        call_id = call.get("id")
        if not isinstance(call_id, str) or not call_id:
            raise TranslationError(f"{where}.{i}.id: field required")
        blocks.append(
            {
                "type": "tool_use",
                "id": call_id,
                "name": function["name"],
                "input": parse_tool_arguments(function.get("arguments")),
            }
        )
    return blocks


def _tool_result(message: dict[str, Any], where: str) -> dict[str, Any]:
    """A ``role: tool`` message → a ``tool_result`` block."""
    call_id = message.get("tool_call_id")
    if not isinstance(call_id, str) or not call_id:
        raise TranslationError(f"{where}.tool_call_id: field required")
    block: dict[str, Any] = {"type": "tool_result", "tool_use_id": call_id}
    text = _text_of(message.get("content"), f"{where}.content")
    if text:
        block["content"] = text
    return block


# ---------------------------------------------------------------- parameters/tools


def _apply_options(out: dict[str, Any], body: dict[str, Any]) -> None:
    """Stop sequences, sampling, user and stream flags."""
    stop = body.get("stop")
    if isinstance(stop, str):
        stop = [stop]
    if isinstance(stop, list):
        # Anthropic rejects empty / whitespace-only stop sequences.
        sequences = [s for s in stop if isinstance(s, str) and s.strip()]
        if sequences:
            out["stop_sequences"] = sequences
    temperature = body.get("temperature")
    if isinstance(temperature, int | float) and not isinstance(temperature, bool):
        # OpenAI allows 0..2, Anthropic 0..1.
        out["temperature"] = min(max(float(temperature), 0.0), 1.0)
    if body.get("top_p") is not None:
        out["top_p"] = body["top_p"]
    if isinstance(body.get("user"), str) and body["user"]:
        out["metadata"] = {"user_id": body["user"]}
    if body.get("stream") is not None:
        out["stream"] = bool(body["stream"])


def _apply_output_format(out: dict[str, Any], response_format: Any) -> None:
    """``response_format``: a schema becomes ``output_config.format``; plain JSON mode,
    which Anthropic cannot enforce, becomes an instruction in the system prompt."""
    fmt = anthropic_output_format(response_format)
    if fmt is not None:
        out["output_config"] = {"format": fmt}
    elif wants_json_object(response_format):
        system = out.get("system")
        out["system"] = f"{system}\n\n{_JSON_ONLY}" if system else _JSON_ONLY


def _apply_thinking(out: dict[str, Any], effort: Any) -> None:
    """``reasoning_effort`` → a ``thinking`` budget, honouring Anthropic's thinking rules.

    With thinking on Anthropic refuses a forced tool choice (then thinking is left
    off), a temperature other than 1 and a top_p below 0.95 (those are dropped).
    """
    choice = out.get("tool_choice")
    if isinstance(choice, dict) and choice.get("type") in ("any", "tool"):
        return
    thinking = anthropic_thinking(effort, out["max_tokens"])
    if thinking is None:
        return
    out["thinking"] = thinking
    if out.get("temperature") not in (None, 1, 1.0):
        del out["temperature"]
    top_p = out.get("top_p")
    if isinstance(top_p, int | float) and top_p < 0.95:
        del out["top_p"]


def _convert_tool(tool: Any, position: int) -> dict[str, Any] | None:
    """OpenAI function or custom tool → Anthropic tool (other tool types skipped)."""
    if isinstance(tool, dict) and tool.get("type") == "custom":
        return custom_anthropic_tool(tool, position)
    if not isinstance(tool, dict) or tool.get("type", "function") != "function":
        return None
    function = tool.get("function")
    if not isinstance(function, dict) or not isinstance(function.get("name"), str):
        raise TranslationError(f"tools.{position}.function.name: field required")
    out: dict[str, Any] = {"name": function["name"]}
    if isinstance(function.get("description"), str):
        out["description"] = function["description"]
    schema = function.get("parameters")
    out["input_schema"] = schema if isinstance(schema, dict) else dict(_EMPTY_SCHEMA)
    return out


def _tool_choice(choice: Any) -> dict[str, Any] | None:
    """OpenAI ``tool_choice`` → Anthropic ``tool_choice``."""
    if choice == "auto":
        return {"type": "auto"}
    if choice == "required":
        return {"type": "any"}
    if choice == "none":
        return {"type": "none"}
    if isinstance(choice, dict) and choice.get("type") == "custom":
        custom = choice.get("custom")
        if isinstance(custom, dict) and isinstance(custom.get("name"), str):
            return {"type": "tool", "name": custom["name"]}
        raise TranslationError("tool_choice.custom.name: field required")
    if isinstance(choice, dict):
        function = choice.get("function")
        if isinstance(function, dict) and isinstance(function.get("name"), str):
            return {"type": "tool", "name": function["name"]}
        raise TranslationError("tool_choice.function.name: field required")
    if choice is None:
        return None
    raise TranslationError(f"tool_choice: unknown value {choice!r}")


def _apply_tools(out: dict[str, Any], body: dict[str, Any]) -> None:
    """Tools, tool_choice and parallel_tool_calls (omitted when there are no tools)."""
    tools = body.get("tools")
    if not isinstance(tools, list):
        return
    converted = [t for i, tool in enumerate(tools) if (t := _convert_tool(tool, i))]
    if not converted:
        return
    out["tools"] = converted
    choice = _tool_choice(body.get("tool_choice"))
    if body.get("parallel_tool_calls") is False:
        choice = choice or {"type": "auto"}
        if choice["type"] != "none":
            choice["disable_parallel_tool_use"] = True
    if choice is not None:
        out["tool_choice"] = choice
