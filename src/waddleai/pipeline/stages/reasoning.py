"""Reasoning injection: models that reason better when told to (GLM on Cerebras, …) get
the reasoning prompt as system text, and what they reason comes back where clients look
for it.

The prompt (`reasoning_injection.prompt`, by default the one users of the Claude Code
cooldown proxies know) goes before the client's own system text, so a client's prompt
cache still sees one stable prefix. Upstreams that send `reasoning_content` are already
translated into Anthropic thinking blocks (translate/); a model that instead writes its
reasoning inline in `<reasoning_content>` tags, as the prompt asks, has it moved out of
the text: into `reasoning_content` for OpenAI clients, a thinking block for Anthropic
clients (non-streamed answers; streams are relayed as they come).
"""

from __future__ import annotations

import fnmatch
import re
from typing import Any, ClassVar

from waddleai.config.settings import ReasoningInjection
from waddleai.pipeline.exchange import Exchange
from waddleai.pipeline.stage import Stage

_TAGGED = re.compile(r"<reasoning_content>(.*?)</reasoning_content>\s*", re.DOTALL)


class Reasoning(Stage):
    name: ClassVar[str] = "reasoning"

    def __init__(self, config: ReasoningInjection) -> None:
        self._patterns = tuple(config.models)
        self._prompt = config.prompt

    def matches(self, *models: str) -> bool:
        return any(fnmatch.fnmatchcase(m, p) for m in models if m for p in self._patterns)

    async def enter(self, ex: Exchange) -> None:
        if ex.operation.name != "chat":
            return
        upstream = ex.routes[0].upstream_model if ex.routes else ""
        if not self.matches(ex.model, upstream):
            return
        ex.state[self.name] = True
        if ex.api == "anthropic":
            ex.body["system"] = _with_system(ex.body.get("system"), self._prompt)
        else:
            messages = ex.body.get("messages")
            if isinstance(messages, list):
                ex.body["messages"] = [{"role": "system", "content": self._prompt}, *messages]

    async def leave(self, ex: Exchange) -> None:
        if not ex.state.get(self.name) or not isinstance(ex.answer, dict):
            return
        if ex.api == "anthropic":
            _split_anthropic(ex.answer)
        else:
            _split_openai(ex.answer)


def _with_system(system: Any, prompt: str) -> Any:
    if isinstance(system, list):
        return [{"type": "text", "text": prompt}, *system]
    if isinstance(system, str) and system:
        return f"{prompt}\n\n{system}"
    return prompt


def split_reasoning(text: str) -> tuple[str, str]:
    """(reasoning found in <reasoning_content> tags, the text without them)."""
    found = [m.strip() for m in _TAGGED.findall(text)]
    if not found:
        return "", text
    return "\n\n".join(found), _TAGGED.sub("", text).strip()


def _split_openai(answer: dict[str, Any]) -> None:
    for choice in answer.get("choices") or ():
        message = choice.get("message") if isinstance(choice, dict) else None
        if not isinstance(message, dict) or not isinstance(message.get("content"), str):
            continue
        reasoning, text = split_reasoning(message["content"])
        if reasoning:
            earlier = message.get("reasoning_content")
            message["reasoning_content"] = f"{earlier}\n\n{reasoning}" if earlier else reasoning
            message["content"] = text


def _split_anthropic(answer: dict[str, Any]) -> None:
    content = answer.get("content")
    if not isinstance(content, list):
        return
    out: list[Any] = []
    for block in content:
        if isinstance(block, dict) and block.get("type") == "text":
            reasoning, text = split_reasoning(str(block.get("text") or ""))
            if reasoning:
                out.append({"type": "thinking", "thinking": reasoning, "signature": ""})
                if text:
                    out.append({**block, "text": text})
                continue
        out.append(block)
    answer["content"] = out


def reasoning_stage(runtime: Any) -> Stage | None:
    """The stage when `reasoning_injection.enabled`, else None (absent, not skipped)."""
    config = runtime.settings.reasoning_injection
    return Reasoning(config) if config.enabled else None
