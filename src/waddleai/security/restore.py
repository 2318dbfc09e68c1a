"""Redaction of personal data before the upstream, and its restoration in the answer.

A `Vault` lives for one request: each distinct value gets an indexed placeholder
(`<EMAIL_1>`, `<SECRET_2>`), the same value the same placeholder, so the model can still
refer to "the second address". `restore` puts the values back into a finished answer
(any string in the client's JSON; inside tool-call `arguments`, which are JSON source,
the value is JSON-escaped). `SseRestorer` does the same for a stream of client-bound SSE
bytes, in the client's API, where a placeholder may be split across deltas or network
chunks: a tail that could be the start of a placeholder is held back until the next
delta of the same block, and emitted before that block ends.
"""

from __future__ import annotations

import json
import re
from typing import Any

import orjson

from waddleai.security.pii import Finding, find

_PLACEHOLDER = re.compile(r"<([A-Z]{2,8})_(\d{1,4})>")
_PARTIAL = re.compile(r"<(?:[A-Z]{0,8}(?:_\d{0,4})?)?$")
_HOLD_MAX = 16  # the longest placeholder prefix: "<" + 8 letters + "_" + 4 digits
_JSON_KEYS = frozenset({"arguments", "partial_json"})
_WORD_MAX = 512  # a longer unbroken run is passed on (and masked as far as it is seen)


class Vault:
    """Placeholder <-> value for one request (see module docstring)."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}  # placeholder -> value
        self._by_value: dict[str, str] = {}
        self._counts: dict[str, int] = {}

    def __bool__(self) -> bool:
        return bool(self.values)

    def placeholder(self, entity: str, value: str) -> str:
        known = self._by_value.get(value)
        if known is not None:
            return known
        label = entity.upper()
        n = self._counts.get(label, 0) + 1
        self._counts[label] = n
        name = f"<{label}_{n}>"
        self.values[name] = value
        self._by_value[value] = name
        return name

    def redact(self, text: str, findings: list[Finding] | tuple[Finding, ...]) -> str:
        """`text` with every finding replaced by its placeholder."""
        out, last = [], 0
        for f in findings:
            out.append(text[last : f.start])
            out.append(self.placeholder(f.entity, f.value))
            last = f.end
        out.append(text[last:])
        return "".join(out)

    def fill(self, text: str, json_source: bool = False) -> str:
        """Placeholders in `text` replaced by their values."""
        if "<" not in text:
            return text

        def value(m: re.Match[str]) -> str:
            found = self.values.get(m.group(0))
            if found is None:
                return m.group(0)
            return json.dumps(found)[1:-1] if json_source else found

        return _PLACEHOLDER.sub(value, text)


def restore(vault: Vault, value: Any, key: Any = None, depth: int = 0) -> Any:
    """A copy-free in-place restoration of every string in a JSON answer."""
    if depth > 32:
        return value
    if isinstance(value, str):
        return vault.fill(value, json_source=key in _JSON_KEYS)
    if isinstance(value, dict):
        for k, item in value.items():
            value[k] = restore(vault, item, k, depth + 1)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            value[i] = restore(vault, item, key, depth + 1)
    return value


class _Holder:
    """Per text stream (one content block / choice / tool call): the held-back tail.

    With `mask` (scan_responses) the last unfinished word is held back too, so a secret
    the upstream writes is masked even when it arrives in pieces."""

    def __init__(self, vault: Vault, json_source: bool, mask: bool = False) -> None:
        self.vault = vault
        self.json_source = json_source
        self.mask = mask
        self.held = ""

    def push(self, piece: str) -> str:
        text = self.held + piece
        self.held = ""
        cut = text.rfind("<", max(0, len(text) - _HOLD_MAX))
        if cut < 0 or not _PARTIAL.match(text, cut):
            cut = len(text)
        if self.mask:
            word = max(text.rfind(c, 0, cut) for c in ' \n\t"')
            if cut - word <= _WORD_MAX:
                cut = word + 1
        text, self.held = text[:cut], text[cut:]
        return self._out(text)

    def drain(self) -> str:
        text, self.held = self.held, ""
        return self._out(text)

    def _out(self, text: str) -> str:
        text = self.vault.fill(text, self.json_source)
        return mask_secrets(text, self.vault) if self.mask else text


def mask_secrets(text: str, vault: Vault) -> str:
    """Secrets in `text` the client did not send itself become `<SECRET>`."""
    found = [f for f in find(text) if f.entity == "secret"]
    known = set(vault.values.values())
    for f in reversed(found):
        if f.value not in known:
            text = text[: f.start] + "<SECRET>" + text[f.end :]
    return text


class SseRestorer:
    """Restores placeholders in client-bound SSE bytes of `api` (see module docstring)."""

    def __init__(self, vault: Vault, api: str, mask_secrets: bool = False) -> None:
        self.vault = vault
        self.api = api
        self.mask = mask_secrets
        self._buffer = b""
        self._holders: dict[tuple[Any, ...], _Holder] = {}

    def feed(self, chunk: bytes) -> bytes:
        self._buffer += chunk
        *events, self._buffer = self._buffer.replace(b"\r\n", b"\n").split(b"\n\n")
        return b"".join(self._event(raw) for raw in events)

    def close(self) -> bytes:
        """What is left at the end of the stream (normally nothing)."""
        rest, self._buffer = self._buffer, b""
        out = self._event(rest) if rest.strip() else rest
        return out + b"".join(self._drain_all())

    def _holder(self, key: tuple[Any, ...], json_source: bool) -> _Holder:
        holder = self._holders.get(key)
        if holder is None:
            holder = self._holders[key] = _Holder(self.vault, json_source, self.mask)
        return holder

    def _event(self, raw: bytes) -> bytes:
        lines = raw.split(b"\n")
        at = next((i for i, ln in enumerate(lines) if ln.startswith(b"data:")), None)
        if at is None:
            return raw + b"\n\n"
        data = lines[at][5:].strip()
        if data == b"[DONE]":
            return b"".join(self._drain_all()) + raw + b"\n\n"
        try:
            payload = orjson.loads(data)
        except orjson.JSONDecodeError:
            return raw + b"\n\n"
        if not isinstance(payload, dict):
            return raw + b"\n\n"
        before = self._before(payload)
        self._restore(payload)
        lines[at] = b"data: " + orjson.dumps(payload)
        return b"".join(before) + b"\n".join(lines) + b"\n\n"

    def _restore(self, p: dict[str, Any]) -> None:
        if self.api == "anthropic":
            self._anthropic(p)
        elif self.api == "responses":
            self._responses(p)
        else:
            self._openai(p)

    # -- per API: which fields are deltas, and which events end a text stream --------

    def _anthropic(self, p: dict[str, Any]) -> None:
        delta = p.get("delta")
        if p.get("type") == "content_block_delta" and isinstance(delta, dict):
            index = p.get("index")
            if isinstance(delta.get("text"), str):
                delta["text"] = self._holder(("a", index), False).push(delta["text"])
            elif isinstance(delta.get("partial_json"), str):
                part = delta["partial_json"]
                delta["partial_json"] = self._holder(("a", index), True).push(part)
        elif p.get("type") in ("content_block_start", "message_start", "message_delta"):
            restore(self.vault, p)

    def _openai(self, p: dict[str, Any]) -> None:
        for choice in p.get("choices") or ():
            if not isinstance(choice, dict):
                continue
            i = choice.get("index", 0)
            delta = choice.get("delta")
            if not isinstance(delta, dict):
                continue
            if isinstance(delta.get("content"), str):
                delta["content"] = self._holder(("o", i), False).push(delta["content"])
            for call in delta.get("tool_calls") or ():
                function = call.get("function") if isinstance(call, dict) else None
                if isinstance(function, dict) and isinstance(function.get("arguments"), str):
                    holder = self._holder(("o", i, call.get("index", 0)), True)
                    function["arguments"] = holder.push(function["arguments"])

    def _responses(self, p: dict[str, Any]) -> None:
        kind = p.get("type", "")
        if kind == "response.output_text.delta" and isinstance(p.get("delta"), str):
            key = ("r", p.get("item_id"), p.get("content_index"))
            p["delta"] = self._holder(key, False).push(p["delta"])
        elif kind == "response.function_call_arguments.delta" and isinstance(p.get("delta"), str):
            p["delta"] = self._holder(("r", p.get("item_id"), "args"), True).push(p["delta"])
        else:
            restore(self.vault, p)

    def _before(self, p: dict[str, Any]) -> list[bytes]:
        """Synthetic deltas carrying held-back text, emitted before a block ends."""
        if self.api == "anthropic":
            if p.get("type") in ("content_block_stop", "message_delta", "message_stop"):
                index = p.get("index")
                keys = [k for k in self._holders if p.get("type") != "content_block_stop"
                        or k == ("a", index)]  # fmt: skip
                return [self._anthropic_delta(k) for k in keys if self._holders[k].held]
            return []
        if self.api == "responses":
            if str(p.get("type", "")).endswith(".done"):
                return [self._responses_delta(k) for k in list(self._holders)
                        if self._holders[k].held and k[1] == p.get("item_id")]  # fmt: skip
            return []
        return self._openai_before(p)

    def _anthropic_delta(self, key: tuple[Any, ...]) -> bytes:
        holder = self._holders[key]
        field = "partial_json" if holder.json_source else "text"
        kind = "input_json_delta" if holder.json_source else "text_delta"
        delta = {"type": kind, field: holder.drain()}
        body = {"type": "content_block_delta", "index": key[1], "delta": delta}
        return b"event: content_block_delta\ndata: " + orjson.dumps(body) + b"\n\n"

    def _responses_delta(self, key: tuple[Any, ...]) -> bytes:
        holder = self._holders[key]
        kind = "function_call_arguments" if key[2] == "args" else "output_text"
        body: dict[str, Any] = {"type": f"response.{kind}.delta", "item_id": key[1]}
        if kind == "output_text":
            body["content_index"] = key[2]
        body["delta"] = holder.drain()
        return f"event: response.{kind}.delta\ndata: ".encode() + orjson.dumps(body) + b"\n\n"

    def _openai_before(self, p: dict[str, Any]) -> list[bytes]:
        finishing = {c.get("index", 0) for c in p.get("choices") or () if isinstance(c, dict)
                     and c.get("finish_reason")}  # fmt: skip
        if not finishing:
            return []
        return [self._openai_delta(k, p) for k in list(self._holders)
                if k[1] in finishing and self._holders[k].held]  # fmt: skip

    def _openai_delta(self, key: tuple[Any, ...], like: dict[str, Any]) -> bytes:
        holder = self._holders[key]
        if len(key) == 3:
            call = {"index": key[2], "function": {"arguments": holder.drain()}}
            delta: dict[str, Any] = {"tool_calls": [call]}
        else:
            delta = {"content": holder.drain()}
        body = {k: like[k] for k in ("id", "object", "created", "model") if k in like}
        body["choices"] = [{"index": key[1], "delta": delta, "finish_reason": None}]
        return b"data: " + orjson.dumps(body) + b"\n\n"

    def _drain_all(self) -> list[bytes]:
        out = []
        for key, holder in self._holders.items():
            if not holder.held:
                continue
            if key[0] == "a":
                out.append(self._anthropic_delta(key))
            elif key[0] == "r":
                out.append(self._responses_delta(key))
            else:
                out.append(self._openai_delta(key, {}))
        return out
