"""Responses input items → Chat Completions messages.

Calls and their outputs become assistant ``tool_calls`` and ``tool`` messages; a custom
tool call becomes a function call whose arguments are ``{"input": <text>}``, the shape
the custom tool was declared with upstream (see :mod:`tools`). ``developer`` becomes
``system`` because most non-OpenAI chat upstreams reject the newer role. Reasoning items
are the model's own notes, usable only by the model that wrote them (encrypted content):
they are not sent to a translated upstream.
"""

from __future__ import annotations

from typing import Any

from waddleai.translate._common import dumps_text
from waddleai.translate.errors import TranslationError
from waddleai.translate.responses.tools import CUSTOM_PARAM, flat_name


def items_to_messages(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Chat messages for normalised items, consecutive calls folded into one message."""
    out: list[dict[str, Any]] = []
    for index, item in enumerate(items):
        kind = item.get("type")
        if kind == "message":
            message = _message(item, f"input[{index}]")
            if message is not None:
                out.append(message)
        elif kind in ("function_call", "custom_tool_call"):
            _append_call(out, _tool_call(item))
        elif kind in ("function_call_output", "custom_tool_call_output"):
            content = _output_text(item.get("output"))
            out.append({"role": "tool", "tool_call_id": item["call_id"], "content": content})
    return out


def _message(item: dict[str, Any], where: str) -> dict[str, Any] | None:
    role = item["role"]
    parts = item.get("content") or []
    if role in ("system", "developer", "assistant"):
        text = "".join(_text_of(part, where) for part in parts)
        if role == "assistant":
            return {"role": "assistant", "content": text} if text else None
        return {"role": "system", "content": text} if text else None
    content = [_user_part(part, f"{where}.content[{i}]") for i, part in enumerate(parts)]
    content = [part for part in content if part is not None]
    if not content:
        return None
    if all(part["type"] == "text" for part in content):
        return {"role": "user", "content": "".join(part["text"] for part in content)}
    return {"role": "user", "content": content}


def _text_of(part: Any, where: str) -> str:
    if not isinstance(part, dict):
        raise TranslationError(f"{where}.content: parts must be objects")
    kind = part.get("type")
    if kind in ("input_text", "output_text", "text"):
        return str(part.get("text") or "")
    if kind == "refusal":
        return str(part.get("refusal") or "")
    raise TranslationError(f"{where}.content: only text parts are allowed in this role")


def _user_part(part: Any, where: str) -> dict[str, Any] | None:
    if not isinstance(part, dict):
        raise TranslationError(f"{where}: must be an object")
    kind = part.get("type")
    if kind in ("input_text", "text", "output_text"):
        text = part.get("text")
        return {"type": "text", "text": text} if isinstance(text, str) and text else None
    if kind == "input_image":
        return _image(part, where)
    if kind == "input_file":
        return _file(part, where)
    raise TranslationError(f"{where}.type: unsupported content part {str(kind)[:40]!r}")


def _image(part: dict[str, Any], where: str) -> dict[str, Any]:
    url = part.get("image_url")
    if not isinstance(url, str) or not url:
        if part.get("file_id"):
            raise TranslationError(f"{where}.file_id: uploaded files are not supported here")
        raise TranslationError(f"{where}.image_url: field required")
    image: dict[str, Any] = {"url": url}
    if part.get("detail") in ("low", "high", "auto"):
        image["detail"] = part["detail"]
    return {"type": "image_url", "image_url": image}


def _file(part: dict[str, Any], where: str) -> dict[str, Any]:
    file: dict[str, Any] = {}
    if isinstance(part.get("file_data"), str):
        file["file_data"] = part["file_data"]
        file["filename"] = str(part.get("filename") or "file")[:256]
    elif isinstance(part.get("file_id"), str):
        file["file_id"] = part["file_id"]
    else:
        raise TranslationError(f"{where}: file_data or file_id is required")
    return {"type": "file", "file": file}


def _tool_call(item: dict[str, Any]) -> dict[str, Any]:
    if item["type"] == "custom_tool_call":
        arguments = dumps_text({CUSTOM_PARAM: item["input"]})
    else:
        arguments = item["arguments"]
    function = {"name": flat_name(item.get("namespace"), item["name"]), "arguments": arguments}
    return {"id": item["call_id"], "type": "function", "function": function}


def _append_call(out: list[dict[str, Any]], call: dict[str, Any]) -> None:
    """A call joins the assistant message right before it (parallel calls, or text+calls)."""
    last = out[-1] if out else None
    if last is not None and last["role"] == "assistant":
        last.setdefault("tool_calls", []).append(call)
        return
    out.append({"role": "assistant", "content": None, "tool_calls": [call]})


def _output_text(output: Any) -> str | list[dict[str, Any]]:
    """A tool output as chat tool content: text, or text parts joined."""
    if isinstance(output, str):
        return output
    texts = [
        str(part.get("text") or "")
        for part in output
        if isinstance(part, dict) and part.get("type") in ("input_text", "output_text", "text")
    ]
    return "".join(texts)
