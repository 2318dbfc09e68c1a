"""Anthropic tool definitions and tool_choice → OpenAI, including deferred tools.

Tool search (Anthropic's ``tool_search_tool_*`` server tools, or Claude Code's own
ToolSearch tool) marks tools ``defer_loading: true``: the model must not see them
until a search returns a ``tool_reference`` naming them, after which they are ordinary
tools. Anthropic expands references itself; an OpenAI upstream cannot, so deferred
tools are sent only once the conversation has loaded them.
"""

from __future__ import annotations

from typing import Any

from waddleai.translate.errors import TranslationError
from waddleai.translate.tool_names import ToolNameMap

_CUSTOM_TOOL_TYPES = (None, "custom")


def custom_tool_names(tools: Any) -> list[str]:
    """Names of the client-defined (custom) tools, in order."""
    if not isinstance(tools, list):
        return []
    return [
        t["name"]
        for t in tools
        if isinstance(t, dict)
        and t.get("type") in _CUSTOM_TOOL_TYPES
        and isinstance(t.get("name"), str)
    ]


def tool_reference_text(block: dict[str, Any], names: ToolNameMap) -> str:
    """A ``tool_reference`` in a tool result, as text the OpenAI model can act on."""
    name = block.get("tool_name")
    if not isinstance(name, str) or not name:
        return ""
    return f"Tool {names.to_upstream(name)} is now available; call it directly when needed."


def loaded_tools(messages: Any) -> set[str]:
    """Tools the conversation has loaded: referenced by a tool search, or already called."""
    loaded: set[str] = set()
    if not isinstance(messages, list):
        return loaded
    for message in messages:
        content = message.get("content") if isinstance(message, dict) else None
        if isinstance(content, list):
            for block in content:
                if isinstance(block, dict):
                    _collect_loaded(block, loaded)
    return loaded


def _collect_loaded(block: dict[str, Any], loaded: set[str]) -> None:
    kind = block.get("type")
    if kind == "tool_use" and isinstance(block.get("name"), str):
        loaded.add(block["name"])
        return
    if kind == "tool_result":
        inner = block.get("content")
    elif kind == "tool_search_tool_result":  # Anthropic's server-side tool search
        result = block.get("content")
        inner = result.get("tool_references") if isinstance(result, dict) else None
    else:
        return
    for ref in inner if isinstance(inner, list) else ():
        if isinstance(ref, dict) and ref.get("type") == "tool_reference":
            name = ref.get("tool_name")
            if isinstance(name, str):
                loaded.add(name)


def _convert_tool(tool: Any, position: int, names: ToolNameMap) -> dict[str, Any] | None:
    """One Anthropic tool definition → OpenAI function tool (None for server tools)."""
    if not isinstance(tool, dict):
        raise TranslationError(f"tools.{position}: must be an object")
    if tool.get("type") not in _CUSTOM_TOOL_TYPES:
        # Server tools (web_search_*, bash_*, tool_search_tool_*...) run inside
        # Anthropic's platform; an OpenAI upstream cannot execute them.
        return None
    name = tool.get("name")
    if not isinstance(name, str) or not name:
        raise TranslationError(f"tools.{position}.name: field required")
    schema = tool.get("input_schema")
    if not isinstance(schema, dict):
        schema = {"type": "object", "properties": {}}
    function: dict[str, Any] = {"name": names.add(name)}
    if isinstance(tool.get("description"), str):
        function["description"] = tool["description"]
    function["parameters"] = schema
    return {"type": "function", "function": function}


def _deferred(tool: Any) -> bool:
    return isinstance(tool, dict) and tool.get("defer_loading") is True


def _loaded(tools: list[Any], body: dict[str, Any]) -> set[str]:
    """Names of deferred tools the model may see now: loaded, or forced by tool_choice."""
    if not any(_deferred(t) for t in tools):
        return set()
    loaded = loaded_tools(body.get("messages"))
    choice = body.get("tool_choice")
    if isinstance(choice, dict) and isinstance(choice.get("name"), str):
        loaded.add(choice["name"])
    return loaded


def apply_tools(out: dict[str, Any], body: dict[str, Any], names: ToolNameMap) -> None:
    """Convert tools and tool_choice; omit both when no tool survives."""
    tools = body.get("tools")
    if tools is None:
        return
    if not isinstance(tools, list):
        raise TranslationError("tools: must be a list")
    loaded = _loaded(tools, body)
    converted = [
        t
        for i, tool in enumerate(tools)
        if not (_deferred(tool) and tool.get("name") not in loaded)
        and (t := _convert_tool(tool, i, names))
    ]
    if not converted:
        return
    out["tools"] = converted
    choice = body.get("tool_choice")
    if isinstance(choice, dict):
        _apply_choice(out, choice, names)


def _apply_choice(out: dict[str, Any], choice: dict[str, Any], names: ToolNameMap) -> None:
    kind = choice.get("type")
    if kind == "auto":
        out["tool_choice"] = "auto"
    elif kind == "any":
        out["tool_choice"] = "required"
    elif kind == "none":
        out["tool_choice"] = "none"
    elif kind == "tool":
        name = choice.get("name")
        if not isinstance(name, str) or not name:
            raise TranslationError("tool_choice.name: field required")
        out["tool_choice"] = {"type": "function", "function": {"name": names.to_upstream(name)}}
    else:
        raise TranslationError(f"tool_choice.type: unknown value {kind!r}")
    if choice.get("disable_parallel_tool_use") is True:
        out["parallel_tool_calls"] = False
