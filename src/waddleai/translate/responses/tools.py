"""Responses tools and tool_choice → Chat Completions tools.

Function tools map one to one. A custom (freeform) tool, such as Codex's
``apply_patch``, has no Chat Completions equivalent: it becomes a function tool whose
single string parameter ``input`` carries the freeform text, and the tool's name is
remembered as custom so the answer maps back to a ``custom_tool_call``. Hosted tools
(web search, file search, code interpreter...) run inside OpenAI; no other upstream can
run them, so they are refused with a clear error instead of being silently dropped.
"""

from __future__ import annotations

from typing import Any

from waddleai.translate.errors import TranslationError

FUNCTION, CUSTOM = "function", "custom"
CUSTOM_PARAM = "input"
MAX_TOOLS = 512
_MAX_NAME = 128
_MAX_DESCRIPTION = 64_000
_CHOICES = ("auto", "none", "required")

ToolKinds = dict[str, str]


def chat_tools(tools: Any) -> tuple[list[dict[str, Any]], ToolKinds]:
    """Chat tools for a Responses ``tools`` list, and each name's kind."""
    if tools is None:
        return [], {}
    if not isinstance(tools, list):
        raise TranslationError("tools: must be an array")
    if len(tools) > MAX_TOOLS:
        raise TranslationError(f"tools: at most {MAX_TOOLS} tools are allowed")
    out: list[dict[str, Any]] = []
    kinds: ToolKinds = {}
    for index, tool in enumerate(tools):
        where = f"tools[{index}]"
        if not isinstance(tool, dict):
            raise TranslationError(f"{where}: must be an object")
        kind = tool.get("type")
        if kind == FUNCTION:
            out.append(_function_tool(tool, where))
        elif kind == CUSTOM:
            out.append(_custom_tool(tool, where))
        else:
            raise TranslationError(
                f"{where}: the hosted tool type {str(kind)[:40]!r} is not supported by this "
                "model's provider; only 'function' and 'custom' tools can be used",
                error_type="invalid_request_error",
            )
        name = out[-1]["function"]["name"]
        if name in kinds:
            raise TranslationError(f"{where}.name: duplicate tool name {name!r}")
        kinds[name] = kind
    return out, kinds


def _name(tool: dict[str, Any], where: str) -> str:
    name = tool.get("name")
    if not isinstance(name, str) or not name or len(name) > _MAX_NAME:
        raise TranslationError(f"{where}.name: a string of 1 to {_MAX_NAME} characters")
    return name


def _description(tool: dict[str, Any], where: str) -> str | None:
    text = tool.get("description")
    if text is None:
        return None
    if not isinstance(text, str) or len(text) > _MAX_DESCRIPTION:
        raise TranslationError(f"{where}.description: a string of at most {_MAX_DESCRIPTION}")
    return text


def _function_tool(tool: dict[str, Any], where: str) -> dict[str, Any]:
    function: dict[str, Any] = {"name": _name(tool, where)}
    description = _description(tool, where)
    if description:
        function["description"] = description
    parameters = tool.get("parameters")
    if parameters is not None and not isinstance(parameters, dict):
        raise TranslationError(f"{where}.parameters: must be a JSON schema object")
    function["parameters"] = parameters or {"type": "object", "properties": {}}
    if isinstance(tool.get("strict"), bool):
        function["strict"] = tool["strict"]
    return {"type": "function", "function": function}


def _custom_tool(tool: dict[str, Any], where: str) -> dict[str, Any]:
    """A freeform tool as a function taking the raw text in one ``input`` string."""
    name = _name(tool, where)
    lines = [_description(tool, where) or f"The {name} tool."]
    fmt = tool.get("format")
    if isinstance(fmt, dict) and fmt.get("type") == "grammar":
        definition = fmt.get("definition")
        if not isinstance(definition, str) or len(definition) > _MAX_DESCRIPTION:
            raise TranslationError(f"{where}.format.definition: a grammar string is required")
        syntax = str(fmt.get("syntax") or "lark")[:16]
        lines.append(f"The input must match this {syntax} grammar:\n{definition}")
    elif fmt is not None and (not isinstance(fmt, dict) or fmt.get("type") != "text"):
        raise TranslationError(f"{where}.format: must be {{'type': 'text'}} or a grammar")
    parameter = {"type": "string", "description": "The raw freeform input of the tool."}
    schema = {
        "type": "object",
        "properties": {CUSTOM_PARAM: parameter},
        "required": [CUSTOM_PARAM],
        "additionalProperties": False,
    }
    description = "\n\n".join(lines)
    return {
        "type": "function",
        "function": {"name": name, "description": description, "parameters": schema},
    }


def chat_tool_choice(choice: Any, kinds: ToolKinds) -> Any:
    """Responses ``tool_choice`` → Chat ``tool_choice`` (None when not given)."""
    if choice is None or (isinstance(choice, str) and choice in _CHOICES):
        return choice
    if not isinstance(choice, dict):
        raise TranslationError("tool_choice: must be 'auto', 'none', 'required' or an object")
    kind = choice.get("type")
    if kind in (FUNCTION, CUSTOM):
        name = choice.get("name")
        if not isinstance(name, str) or name not in kinds:
            raise TranslationError(f"tool_choice.name: no tool named {str(name)[:_MAX_NAME]!r}")
        return {"type": "function", "function": {"name": name}}
    if kind == "allowed_tools":
        mode = choice.get("mode")
        return "required" if mode == "required" else "auto"
    raise TranslationError(
        f"tool_choice: the hosted tool {str(kind)[:40]!r} is not supported by this model's provider"
    )
