"""What the gateway knows about models: output limits, context windows, reasoning support.

Used to clamp `max_tokens` (Claude Code asks for 64000; gpt-4o allows 16384) and to
decide whether `thinking` can become `reasoning_effort`. Entries match by longest
prefix; configuration (`models:` in YAML) overrides any field.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TypeVar

from waddleai.config.settings import ModelLimits


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """Limits of one model family.

    `supports_reasoning` means the OpenAI-format API takes `reasoning_effort` and
    `max_completion_tokens` (OpenAI's reasoning families). GLM and DeepSeek reason on
    their own but only honour `max_tokens`, so they are False: sending them
    `max_completion_tokens` would leave Claude Code's 64000 unclamped and unread.
    """

    max_output_tokens: int | None
    context_window: int | None
    supports_reasoning: bool = False


# Longest matching prefix wins. Figures are the providers' published limits.
_CATALOG: dict[str, ModelInfo] = {
    "gpt-4o-mini": ModelInfo(16384, 128000),
    "gpt-4o": ModelInfo(16384, 128000),
    "chatgpt-4o": ModelInfo(16384, 128000),
    "gpt-4.1": ModelInfo(32768, 1047576),
    "gpt-4-turbo": ModelInfo(4096, 128000),
    "gpt-4": ModelInfo(8192, 8192),
    "gpt-3.5-turbo": ModelInfo(4096, 16385),
    "gpt-5": ModelInfo(128000, 400000, True),
    "o1": ModelInfo(100000, 200000, True),
    "o3": ModelInfo(100000, 200000, True),
    "o4-mini": ModelInfo(100000, 200000, True),
    "claude-3-5-haiku": ModelInfo(8192, 200000),
    "claude-3-5-sonnet": ModelInfo(8192, 200000),
    "claude-3-7-sonnet": ModelInfo(64000, 200000, True),
    "claude-3-haiku": ModelInfo(4096, 200000),
    "claude-3-opus": ModelInfo(4096, 200000),
    "claude-haiku-4": ModelInfo(64000, 200000, True),
    "claude-sonnet-4": ModelInfo(64000, 200000, True),
    "claude-opus-4": ModelInfo(32000, 200000, True),
    "glm-4.6": ModelInfo(128000, 200000),
    "glm-4.5": ModelInfo(96000, 128000),
    "glm-4": ModelInfo(4096, 128000),
    "deepseek-reasoner": ModelInfo(64000, 128000),
    "deepseek-chat": ModelInfo(8192, 128000),
    "llama3": ModelInfo(8192, 128000),
    "qwen": ModelInfo(32768, 131072),
    "waddleai-demo": ModelInfo(4096, 8192),
}
_UNKNOWN = ModelInfo(None, None)
T = TypeVar("T")


class ModelCatalog:
    """Looks up model facts, with configuration overrides and a global output cap."""

    def __init__(
        self, overrides: dict[str, ModelLimits] | None = None, global_max_tokens: int | None = None
    ) -> None:
        self._overrides = overrides or {}
        self._global_max = global_max_tokens
        self._cache: dict[str, ModelInfo] = {}

    def info(self, model: str) -> ModelInfo:
        cached = self._cache.get(model)
        if cached is not None:
            return cached
        info = _lookup(model)
        override = self._overrides.get(model)
        if override is not None:
            info = replace(
                info,
                max_output_tokens=override.max_output_tokens or info.max_output_tokens,
                context_window=override.context_window or info.context_window,
                supports_reasoning=(
                    info.supports_reasoning
                    if override.supports_reasoning is None
                    else override.supports_reasoning
                ),
            )
        if self._global_max is not None:
            cap = min(filter(None, (info.max_output_tokens, self._global_max)))
            info = replace(info, max_output_tokens=cap)
        if len(self._cache) < 10000:
            self._cache[model] = info
        return info


def longest_prefix_match(table: dict[str, T], model: str, default: T) -> T:
    """The entry whose key is the longest prefix of the model's base name.

    `openrouter/openai/gpt-4o-mini-2024-07-18` finds `gpt-4o-mini`, not `gpt-4o`.
    """
    name = model.lower().rsplit("/", 1)[-1]
    best = ""
    for prefix in table:
        if name.startswith(prefix) and len(prefix) > len(best):
            best = prefix
    return table[best] if best else default


def _lookup(model: str) -> ModelInfo:
    return longest_prefix_match(_CATALOG, model, _UNKNOWN)
