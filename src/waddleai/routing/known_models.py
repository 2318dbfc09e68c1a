"""Concrete model names the gateway lists for providers configured by pattern or tier.

A provider configured as `claude-*` serves every Claude model but names none, and a
Claude tier (haiku / sonnet / opus) maps Claude's names onto another model; `/v1/models`
would list nothing for either. These are the current public names SDKs and Claude Code
ask for; listing them is only a hint - any name the resolver accepts works.
"""

from __future__ import annotations

KNOWN_MODELS: tuple[str, ...] = (
    "claude-opus-4-1-20250805",
    "claude-opus-4-20250514",
    "claude-sonnet-4-5-20250929",
    "claude-sonnet-4-20250514",
    "claude-3-7-sonnet-20250219",
    "claude-haiku-4-5-20251001",
    "claude-3-5-haiku-20241022",
    "gpt-4o",
    "gpt-4o-mini",
    "gpt-4.1",
    "gpt-4.1-mini",
    "gpt-5",
    "gpt-5-mini",
    "o3",
    "o4-mini",
    "text-embedding-3-small",
    "text-embedding-3-large",
)
