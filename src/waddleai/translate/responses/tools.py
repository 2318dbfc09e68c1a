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

NAMESPACE_SEPARATOR = "__"


class ToolKinds(dict[str, str]):
    """Upstream tool name → ``function`` or ``custom``, plus namespaced names.

    A ``namespace`` tool groups tools under a shared name; upstream each becomes one
    flat function ``<namespace>__<name>`` and its calls are given back with ``namespace``.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.spaces: dict[str, tuple[str, str]] = {}

    def split(self, flat: str) -> tuple[str | None, str]:
        """(namespace, name) of an upstream tool name."""
        found = self.spaces.get(flat)
        return found if found is not None else (None, flat)


def flat_name(namespace: str | None, name: str) -> str:
    """The upstream name of a (possibly namespaced) tool."""
    return f"{namespace}{NAMESPACE_SEPARATOR}{name}" if namespace else name


def chat_tools(tools: Any) -> tuple[list[dict[str, Any]], ToolKinds]:
    """Chat tools for a Responses ``tools`` list, and each name's kind."""
    if tools is None:
        return [], {}
    if not isinstance(tools, list):
        raise TranslationError("tools: must be an array")
    if len(tools) > MAX_TOOLS:
        raise TranslationError(f"tools: at most {MAX_TOOLS} tools are allowed")
    out: list[dict[str, Any]] = []
    kinds = ToolKinds()
    for index, tool in enumerate(tools):
        where = f"tools[{index}]"
        if isinstance(tool, dict) and tool.get("type") == "namespace":
            _namespace(tool, where, out, kinds)
        else:
            _add(tool, where, None, out, kinds)
    return out, kinds


def _add(
    tool: Any, where: str, space: str | None, out: list[dict[str, Any]], kinds: ToolKinds
) -> None:
    if not isinstance(tool, dict):
        raise TranslationError(f"{where}: must be an object")
    kind = tool.get("type")
    if kind == FUNCTION:
        converted = _function_tool(tool, where)
    elif kind == CUSTOM:
        converted = _custom_tool(tool, where)
    else:
        raise TranslationError(
            f"{where}: the hosted tool type {str(kind)[:40]!r} is not supported by this "
            "model's provider; only 'function', 'custom' and 'namespace' tools can be used "
            '(Codex CLI: set web_search = "disabled" in config.toml)'
        )
    name = converted["function"]["name"]
    if space:
        converted["function"]["name"] = flat = flat_name(space, name)
        kinds.spaces[flat] = (space, name)
        name = flat
    if name in kinds:
        raise TranslationError(f"{where}.name: duplicate tool name {name!r}")
    kinds[name] = kind
    out.append(converted)


def _namespace(
    tool: dict[str, Any], where: str, out: list[dict[str, Any]], kinds: ToolKinds
) -> None:
    space = _name(tool, where)
    inner = tool.get("tools")
    if not isinstance(inner, list) or len(inner) > MAX_TOOLS:
        raise TranslationError(f"{where}.tools: an array of at most {MAX_TOOLS} tools")
    for index, member in enumerate(inner):
        _add(member, f"{where}.tools[{index}]", space, out, kinds)


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
        name = flat_name(choice.get("namespace"), str(choice.get("name")))
        if name not in kinds:
            raise TranslationError(f"tool_choice.name: no tool named {str(name)[:_MAX_NAME]!r}")
        return {"type": "function", "function": {"name": name}}
    if kind == "allowed_tools":
        mode = choice.get("mode")
        return "required" if mode == "required" else "auto"
    raise TranslationError(
        f"tool_choice: the hosted tool {str(kind)[:40]!r} is not supported by this model's provider"
    )
