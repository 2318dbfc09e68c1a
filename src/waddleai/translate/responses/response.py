"""Chat Completions answer → Responses ``response`` object (non-streamed).

Output items in the order a Responses model emits them: reasoning (from
``reasoning_content``), the message, then the calls. A call to a tool declared as custom
becomes a ``custom_tool_call`` carrying the freeform text back out of ``{"input": ...}``.
"""

from __future__ import annotations

from typing import Any

import orjson

from waddleai.translate.errors import TranslationError
from waddleai.translate.responses.envelope import ResponseFrame, usage_from_chat
from waddleai.translate.responses.ids import new_id
from waddleai.translate.responses.tools import CUSTOM, CUSTOM_PARAM, ToolKinds

INCOMPLETE = {"length": "max_output_tokens", "content_filter": "content_filter"}


def chat_response_to_responses(chat: dict[str, Any], frame: ResponseFrame) -> dict[str, Any]:
    """The ``response`` object for a chat completion served to a Responses client."""
    choices = chat.get("choices") if isinstance(chat, dict) else None
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        raise TranslationError("upstream answer has no choices", 502, "api_error")
    choice = choices[0]
    message = choice.get("message") if isinstance(choice.get("message"), dict) else {}
    output: list[dict[str, Any]] = []
    reasoning = message.get("reasoning_content") or message.get("reasoning")
    if isinstance(reasoning, str) and reasoning:
        output.append(reasoning_item(new_id("rs"), reasoning))
    if isinstance(message.get("content"), str) and message["content"]:
        output.append(message_item(new_id("msg"), message["content"], "completed"))
    elif isinstance(message.get("refusal"), str) and message["refusal"]:
        item = message_item(new_id("msg"), "", "completed")
        item["content"] = [{"type": "refusal", "refusal": message["refusal"]}]
        output.append(item)
    for call in message.get("tool_calls") or ():
        if isinstance(call, dict) and isinstance(call.get("function"), dict):
            function = call["function"]
            output.append(
                call_item(
                    new_id("fc"),
                    str(call.get("id") or new_id("call")),
                    str(function.get("name") or ""),
                    str(function.get("arguments") or ""),
                    frame.kinds,
                )
            )
    incomplete = INCOMPLETE.get(str(choice.get("finish_reason")))
    status = "incomplete" if incomplete else "completed"
    return frame.envelope(status, output, usage_from_chat(chat.get("usage")), incomplete=incomplete)


def reasoning_item(item_id: str, text: str) -> dict[str, Any]:
    """A reasoning item whose summary is the upstream's visible reasoning text."""
    summary = [{"type": "summary_text", "text": text}] if text else []
    return {"id": item_id, "type": "reasoning", "summary": summary}


def message_item(item_id: str, text: str, status: str) -> dict[str, Any]:
    """An assistant message with one ``output_text`` part."""
    part = {"type": "output_text", "text": text, "annotations": [], "logprobs": []}
    return {
        "id": item_id,
        "type": "message",
        "status": status,
        "role": "assistant",
        "content": [part],
    }


def call_item(
    item_id: str, call_id: str, name: str, arguments: str, kinds: ToolKinds
) -> dict[str, Any]:
    """A ``function_call``, or a ``custom_tool_call`` when ``name`` is a custom tool."""
    space, short = kinds.split(name)
    item: dict[str, Any] = {"id": item_id, "status": "completed", "call_id": call_id}
    if kinds.get(name) == CUSTOM:
        item.update(type="custom_tool_call", name=short, input=custom_input(arguments))
    else:
        item.update(type="function_call", name=short, arguments=arguments)
    if space:
        item["namespace"] = space
    return item


def custom_input(arguments: str) -> str:
    """The freeform text of a custom call: ``{"input": text}``'s text, else the raw string.

    A model that ignored the schema and wrote the text bare still gets it through.
    """
    try:
        parsed = orjson.loads(arguments) if arguments else {}
    except orjson.JSONDecodeError:
        return arguments
    if isinstance(parsed, dict) and isinstance(parsed.get(CUSTOM_PARAM), str):
        return parsed[CUSTOM_PARAM]
    if isinstance(parsed, str):
        return parsed
    return arguments
