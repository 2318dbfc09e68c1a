"""Structured output and reasoning options, mapped between the two APIs.

Both APIs can ask for JSON matching a schema and for more or less reasoning, in
different words: Anthropic ``output_config.format`` ↔ OpenAI ``response_format``,
Anthropic ``output_config.effort`` / ``thinking`` ↔ OpenAI ``reasoning_effort``.
Dropping them silently breaks clients that rely on them (Claude Code asks for a JSON
session title), so each is carried across where the other side has an equivalent.
"""

from __future__ import annotations

import re
from typing import Any

# Anthropic effort → OpenAI reasoning_effort ("max" has no OpenAI word above "high").
_EFFORTS = {"low": "low", "medium": "medium", "high": "high", "max": "high", "xhigh": "high"}
# OpenAI reasoning_effort → Anthropic thinking budget (tokens); absent: no thinking.
THINKING_BUDGETS = {"low": 1024, "medium": 4096, "high": 16384, "xhigh": 32768}
MIN_THINKING_BUDGET = 1024  # Anthropic rejects smaller budgets
_NAME_CHARS = re.compile(r"[^a-zA-Z0-9_-]")


# ------------------------------------------------------------- Anthropic → OpenAI


def openai_response_format(body: dict[str, Any]) -> dict[str, Any] | None:
    """``output_config.format`` (or the beta top-level ``output_format``) → ``response_format``."""
    config = body.get("output_config")
    fmt = config.get("format") if isinstance(config, dict) else None
    if fmt is None:
        fmt = body.get("output_format")
    if not isinstance(fmt, dict) or fmt.get("type") != "json_schema":
        return None
    schema = fmt.get("schema")
    if not isinstance(schema, dict):
        return None
    name = _NAME_CHARS.sub("_", str(schema.get("title") or "response"))[:64] or "response"
    spec = {"name": name, "schema": schema, "strict": strict_compatible(schema)}
    return {"type": "json_schema", "json_schema": spec}


def strict_compatible(schema: Any, depth: int = 0) -> bool:
    """Whether OpenAI's strict mode takes ``schema``: every object closed
    (``additionalProperties: false``) with all its properties required.

    Anthropic always enforces the schema; OpenAI answers 400 to ``strict: true`` on a
    schema outside that subset, so such a schema is sent non-strict instead.
    """
    if depth > 32:
        return False
    if not isinstance(schema, dict):
        return True
    props = schema.get("properties") or {}
    if not isinstance(props, dict):
        return False
    if schema.get("type") == "object" or props:
        if schema.get("additionalProperties") is not False:
            return False
        if sorted(schema.get("required") or []) != sorted(props):
            return False
    return all(strict_compatible(child, depth + 1) for child in _children(schema, props))


def _children(schema: dict[str, Any], props: dict[str, Any]) -> list[Any]:
    children = list(props.values())
    items = schema.get("items")
    children += items if isinstance(items, list) else [items]
    for key in ("anyOf", "allOf"):
        if isinstance(schema.get(key), list):
            children += schema[key]
    for key in ("$defs", "definitions"):
        if isinstance(schema.get(key), dict):
            children += list(schema[key].values())
    return children


def openai_reasoning_effort(body: dict[str, Any]) -> str | None:
    """``output_config.effort`` wins; otherwise the ``thinking`` budget, coarsened."""
    config = body.get("output_config")
    effort = config.get("effort") if isinstance(config, dict) else None
    if isinstance(effort, str) and effort in _EFFORTS:
        return _EFFORTS[effort]
    return _effort_from_thinking(body.get("thinking"))


def _effort_from_thinking(thinking: Any) -> str | None:
    """Map an Anthropic thinking budget onto OpenAI's coarse ``reasoning_effort``."""
    if not isinstance(thinking, dict):
        return None
    kind = thinking.get("type")
    if kind == "adaptive":
        return "medium"
    if kind != "enabled":
        return None
    budget = thinking.get("budget_tokens")
    if not isinstance(budget, int) or isinstance(budget, bool):
        return "medium"
    if budget < THINKING_BUDGETS["medium"]:
        return "low"
    return "medium" if budget < THINKING_BUDGETS["high"] else "high"


# ------------------------------------------------------------- OpenAI → Anthropic


def anthropic_output_format(response_format: Any) -> dict[str, Any] | None:
    """``response_format`` json_schema → Anthropic ``output_config.format``."""
    if not isinstance(response_format, dict) or response_format.get("type") != "json_schema":
        return None
    spec = response_format.get("json_schema")
    schema = spec.get("schema") if isinstance(spec, dict) else None
    if not isinstance(schema, dict):
        return None
    return {"type": "json_schema", "schema": schema}


def wants_json_object(response_format: Any) -> bool:
    """``{"type": "json_object"}``: JSON without a schema, which Anthropic cannot enforce."""
    return isinstance(response_format, dict) and response_format.get("type") == "json_object"


def anthropic_thinking(effort: Any, max_tokens: int) -> dict[str, Any] | None:
    """``reasoning_effort`` → ``thinking`` with a budget below ``max_tokens``.

    None for no reasoning (``minimal``, ``none``, unknown words) and when
    ``max_tokens`` leaves no room for Anthropic's minimum budget.
    """
    budget = THINKING_BUDGETS.get(effort) if isinstance(effort, str) else None
    if budget is None:
        return None
    budget = min(budget, max_tokens - 1)
    if budget < MIN_THINKING_BUDGET:
        return None
    return {"type": "enabled", "budget_tokens": budget}
