"""OpenAI ``custom`` tools (free-form text input) carried over Anthropic tool use.

OpenAI lets a tool take one raw string instead of JSON arguments:
``{"type": "custom", "custom": {"name", "description", "format"}}``, called as
``{"type": "custom", "custom": {"name", "input"}}``. Anthropic tools always take a JSON
object, so a custom tool becomes a tool with a single required string ``input``, and
its calls are turned back into ``custom`` calls on the way out.
"""

from __future__ import annotations

from typing import Any

from waddleai.translate._common import dumps_text
from waddleai.translate.errors import TranslationError

INPUT_KEY = "input"
CUSTOM_INPUT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {INPUT_KEY: {"type": "string", "description": "The tool's whole input"}},
    "required": [INPUT_KEY],
}


def openai_custom_tools(body: Any) -> frozenset[str]:
    """Names of the ``custom`` tools an OpenAI request defines (to map calls back)."""
    tools = body.get("tools") if isinstance(body, dict) else None
    if not isinstance(tools, list):
        return frozenset()
    return frozenset(
        t["custom"]["name"]
        for t in tools
        if isinstance(t, dict)
        and t.get("type") == "custom"
        and isinstance(t.get("custom"), dict)
        and isinstance(t["custom"].get("name"), str)
    )


def anthropic_tool(tool: dict[str, Any], position: int) -> dict[str, Any]:
    """An OpenAI custom tool → an Anthropic tool taking one string ``input``."""
    spec = tool.get("custom")
    if not isinstance(spec, dict) or not isinstance(spec.get("name"), str) or not spec["name"]:
        raise TranslationError(f"tools.{position}.custom.name: field required")
    description = spec.get("description") if isinstance(spec.get("description"), str) else ""
    grammar = _grammar_note(spec.get("format"))
    out: dict[str, Any] = {"name": spec["name"]}
    text = "\n\n".join(t for t in (description, grammar) if t)
    if text:
        out["description"] = text
    out["input_schema"] = CUSTOM_INPUT_SCHEMA
    return out


def _grammar_note(fmt: Any) -> str:
    """A grammar format cannot be enforced by Anthropic; tell the model instead."""
    if not isinstance(fmt, dict) or fmt.get("type") != "grammar":
        return ""
    grammar = fmt.get("grammar")
    if not isinstance(grammar, dict) or not isinstance(grammar.get("definition"), str):
        return ""
    syntax = grammar.get("syntax") if isinstance(grammar.get("syntax"), str) else "lark"
    return f"The input must match this {syntax} grammar:\n{grammar['definition']}"


def tool_use_block(call: dict[str, Any], where: str) -> dict[str, Any]:
    """A history ``custom`` tool call → a ``tool_use`` block with ``{"input": text}``."""
    spec = call.get("custom")
    if not isinstance(spec, dict) or not isinstance(spec.get("name"), str):
        raise TranslationError(f"{where}.custom.name: field required")
    call_id = call.get("id")
    if not isinstance(call_id, str) or not call_id:
        raise TranslationError(f"{where}.id: field required")
    text = spec.get("input")
    return {
        "type": "tool_use",
        "id": call_id,
        "name": spec["name"],
        "input": {INPUT_KEY: text if isinstance(text, str) else ""},
    }


def custom_input(tool_input: Any) -> str:
    """The raw text a model gave a custom tool (anything else kept visible as JSON)."""
    if isinstance(tool_input, dict):
        value = tool_input.get(INPUT_KEY)
        if isinstance(value, str) and len(tool_input) == 1:
            return value
    if isinstance(tool_input, str):
        return tool_input
    return dumps_text(tool_input if tool_input is not None else {})


def openai_custom_call(block: dict[str, Any]) -> dict[str, Any]:
    """A ``tool_use`` block for a custom tool → an OpenAI ``custom`` tool call."""
    custom = {"name": block.get("name") or "", "input": custom_input(block.get("input"))}
    return {"id": block.get("id") or "", "type": "custom", "custom": custom}
