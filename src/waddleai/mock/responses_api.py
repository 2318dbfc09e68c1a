"""OpenAI Responses wire format (``POST /v1/responses``), JSON and SSE.

Written independently of the gateway's converters so that a gateway passing the
Responses API through is tested against a second, separate reading of the format.
Event grammar as api.openai.com streams it: ``response.created``, ``response.in_progress``,
per output item ``output_item.added`` / deltas / ``output_item.done``, then
``response.completed`` with usage. A scripted tool call whose name the request declares
as a ``custom`` tool renders as a ``custom_tool_call`` with the raw arguments as input.
"""

from __future__ import annotations

import time
from typing import Any

import orjson

from waddleai.mock import openai_api
from waddleai.mock.script import random_id
from waddleai.mock.turn import Turn, fragments


def _id(prefix: str) -> str:
    return f"{prefix}_{random_id(40)}"


def _custom_names(body: dict[str, Any]) -> set[str]:
    return {
        str(tool.get("name"))
        for tool in body.get("tools") or ()
        if isinstance(tool, dict) and tool.get("type") == "custom"
    }


def usage(turn: Turn) -> dict[str, Any]:
    """Responses usage from the same counts the chat dialect reports."""
    chat = openai_api.usage(turn)
    return {
        "input_tokens": chat["prompt_tokens"],
        "input_tokens_details": {"cached_tokens": 0},
        "output_tokens": chat["completion_tokens"],
        "output_tokens_details": {"reasoning_tokens": turn.reasoning_tokens},
        "total_tokens": chat["total_tokens"],
    }


def output_items(turn: Turn, body: dict[str, Any]) -> list[dict[str, Any]]:
    """Completed output items: reasoning, message, then calls."""
    items: list[dict[str, Any]] = []
    if turn.reasoning:
        summary = [{"type": "summary_text", "text": turn.reasoning}]
        items.append({"id": _id("rs"), "type": "reasoning", "summary": summary})
    if turn.text:
        part = {"type": "output_text", "text": turn.text, "annotations": [], "logprobs": []}
        items.append(
            {
                "id": _id("msg"),
                "type": "message",
                "status": "completed",
                "role": "assistant",
                "content": [part],
            }
        )
    custom = _custom_names(body)
    for call in turn.tool_calls:
        item: dict[str, Any] = {"id": _id("fc"), "status": "completed", "name": call.name}
        item["call_id"] = call.id or _id("call")
        if call.name in custom:
            item.update(type="custom_tool_call", input=call.arguments)
        else:
            item.update(type="function_call", arguments=call.arguments)
        items.append(item)
    return items


def response_object(
    turn: Turn, body: dict[str, Any], status: str, output: list[dict[str, Any]]
) -> dict[str, Any]:
    """The ``response`` object (echoing the request's settings)."""
    finish = openai_api.finish_reason(turn)
    incomplete = status == "incomplete" or (status == "completed" and finish == "length")
    return {
        "id": body.get("_mock_id") or _id("resp"),
        "object": "response",
        "created_at": int(time.time()),
        "status": "incomplete" if incomplete else status,
        "error": None,
        "incomplete_details": {"reason": "max_output_tokens"} if incomplete else None,
        "instructions": body.get("instructions"),
        "max_output_tokens": body.get("max_output_tokens"),
        "model": turn.model,
        "output": output,
        "parallel_tool_calls": body.get("parallel_tool_calls", True),
        "previous_response_id": body.get("previous_response_id"),
        "reasoning": body.get("reasoning") or {"effort": None, "summary": None},
        "store": body.get("store", True),
        "temperature": body.get("temperature", 1.0),
        "text": body.get("text") or {"format": {"type": "text"}},
        "tool_choice": body.get("tool_choice", "auto"),
        "tools": body.get("tools") or [],
        "top_p": body.get("top_p", 1.0),
        "truncation": "disabled",
        "usage": usage(turn) if status != "in_progress" else None,
        "metadata": body.get("metadata") or {},
    }


def response_json(turn: Turn, body: dict[str, Any]) -> bytes:
    """Non-streamed ``POST /v1/responses`` body."""
    return orjson.dumps(response_object(turn, body, "completed", output_items(turn, body)))


class _Events:
    """Numbers events as the service does (one ``sequence_number`` per stream)."""

    def __init__(self) -> None:
        self.out: list[bytes] = []

    def add(self, kind: str, **fields: Any) -> None:
        data = {"type": kind, "sequence_number": len(self.out), **fields}
        self.out.append(b"event: " + kind.encode() + b"\ndata: " + orjson.dumps(data) + b"\n\n")


def response_events(turn: Turn, body: dict[str, Any]) -> list[bytes]:
    """SSE events of a streamed response."""
    body = {**body, "_mock_id": _id("resp")}
    events = _Events()
    started = response_object(turn, body, "in_progress", [])
    events.add("response.created", response=started)
    events.add("response.in_progress", response=started)
    items = output_items(turn, body)
    for index, item in enumerate(items):
        _item_events(events, turn, index, item)
    final = response_object(turn, body, "completed", items)
    events.add(f"response.{final['status']}", response=final)
    return events.out


def _item_events(events: _Events, turn: Turn, index: int, item: dict[str, Any]) -> None:
    where = {"item_id": item["id"], "output_index": index}
    kind = item["type"]
    empty = {**item, "status": "in_progress"}
    if kind == "message":
        empty["content"] = []
    elif kind == "reasoning":
        empty["summary"] = []
    elif kind == "function_call":
        empty["arguments"] = ""
    else:
        empty["input"] = ""
    events.add("response.output_item.added", output_index=index, item=empty)
    if kind == "message":
        part = item["content"][0]
        events.add(
            "response.content_part.added", **where, content_index=0, part={**part, "text": ""}
        )
        for piece in turn.pieces(part["text"]):
            events.add(
                "response.output_text.delta", **where, content_index=0, delta=piece, logprobs=[]
            )
        events.add(
            "response.output_text.done", **where, content_index=0, text=part["text"], logprobs=[]
        )
        events.add("response.content_part.done", **where, content_index=0, part=part)
    elif kind == "reasoning":
        text = item["summary"][0]["text"]
        part = {"type": "summary_text", "text": text}
        events.add(
            "response.reasoning_summary_part.added",
            **where,
            summary_index=0,
            part={**part, "text": ""},
        )
        for piece in turn.pieces(text):
            events.add(
                "response.reasoning_summary_text.delta", **where, summary_index=0, delta=piece
            )
        events.add("response.reasoning_summary_text.done", **where, summary_index=0, text=text)
        events.add("response.reasoning_summary_part.done", **where, summary_index=0, part=part)
    else:
        field, verb = ("arguments", "function_call_arguments")
        if kind == "custom_tool_call":
            field, verb = ("input", "custom_tool_call_input")
        for piece in fragments(item[field], turn.argument_chunk_size):
            events.add(f"response.{verb}.delta", **where, delta=piece)
        events.add(f"response.{verb}.done", **where, **{field: item[field]})
    events.add("response.output_item.done", output_index=index, item=item)


def prompt_texts(body: dict[str, Any]) -> list[str]:
    """Text pieces of a Responses request (instructions, items, call arguments, outputs)."""
    out = [body["instructions"]] if isinstance(body.get("instructions"), str) else []
    raw = body.get("input")
    if isinstance(raw, str):
        return [*out, raw]
    for item in raw if isinstance(raw, list) else ():
        if not isinstance(item, dict):
            continue
        content = item.get("content")
        if isinstance(content, str):
            out.append(content)
        for part in content if isinstance(content, list) else ():
            if isinstance(part, dict) and isinstance(part.get("text"), str):
                out.append(part["text"])
        for field in ("arguments", "input", "output"):
            if isinstance(item.get(field), str):
                out.append(item[field])
    return out


def validate(
    body: dict[str, Any], has_deployment: bool
) -> tuple[int, str, str | None, str | None] | None:
    """A missing model or input is a 400 as the service answers it."""
    if not has_deployment and not isinstance(body.get("model"), str):
        return 400, "Missing required parameter: 'model'.", "missing_required_parameter", "model"
    if not isinstance(body.get("input"), str | list):
        return 400, "Missing required parameter: 'input'.", "missing_required_parameter", "input"
    return None


def malformed_events(turn: Turn) -> list[bytes]:
    """A stream whose second event is not JSON."""
    good = response_events(turn, {})[0]
    return [good, b'event: response.output_text.delta\ndata: {"type":"response.out\n\n']
